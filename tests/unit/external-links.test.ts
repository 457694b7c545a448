import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { collectExternalLinks, urlsInText } from '../../src/lib/external-links.ts';

test('URLs in prose end where Japanese text or punctuation begins', () => {
  expect(
    urlsInText(
      '公式（https://a.example/x）を参照。[資料](https://b.example/y). "https://c.example/z"、http://d.example/',
    ),
  ).toEqual(['https://a.example/x', 'https://b.example/y', 'https://c.example/z']);
});

test('collects https URLs from provider values and article text, skipping _ files, with the files using each', () => {
  const content = mkdtempSync(join(tmpdir(), 'links-'));
  try {
    mkdirSync(join(content, 'providers'));
    mkdirSync(join(content, 'articles'));
    writeFileSync(
      join(content, 'providers', 'a.yaml'),
      'website: https://a.example/\nsources:\n  - url: https://shared.example/\n    note: see https://inline.example/\n',
    );
    writeFileSync(join(content, 'providers', '_template.yaml'), 'website: https://template.example/\n');
    writeFileSync(
      join(content, 'articles', 'b.mdx'),
      '---\nsources:\n  - url: https://shared.example/\n---\n本文（https://b.example/page）。\n',
    );
    expect(collectExternalLinks(content)).toEqual([
      { url: 'https://a.example/', files: [join(content, 'providers', 'a.yaml')] },
      { url: 'https://b.example/page', files: [join(content, 'articles', 'b.mdx')] },
      {
        url: 'https://shared.example/',
        files: [join(content, 'providers', 'a.yaml'), join(content, 'articles', 'b.mdx')],
      },
    ]);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});
