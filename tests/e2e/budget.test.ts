// Performance budgets, read from dist/: articles ship no JavaScript, every page loads under 40 KB gzipped
// (HTML + CSS + JS, fonts and images aside), and the directory's JavaScript stays under 5 KB gzipped.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageJavaScript, pageWeight, staticImports } from '../../scripts/lib/page-weight.ts';
import { htmlFilesIn } from '../../scripts/lib/dist-files.ts';

const KB = 1024;
const PAGE_BUDGET = 40 * KB;
const DIRECTORY_JS_BUDGET = 5 * KB;

const htmlFiles = htmlFilesIn('dist');
const articleFiles = htmlFiles.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));

describe('articles ship no JavaScript', () => {
  test('there are article pages', () => expect(articleFiles.length).toBeGreaterThan(0));

  test.each(articleFiles)('%s', (file) => {
    const html = readFileSync(join('dist', file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map(([tag, attributes]) => ({
      tag,
      attributes: attributes!,
    }));
    const executable = scripts.filter(({ attributes }) => !/type\s*=\s*["']?application\/ld\+json/i.test(attributes));
    expect(executable.map(({ tag }) => tag)).toEqual([]);
    expect(pageJavaScript('dist', file).bytes).toBe(0);
  });
});

describe('every page loads under 40 KB gzipped (HTML + CSS + JS)', () => {
  test.each(htmlFiles)('%s', (file) => {
    const weight = pageWeight('dist', file);
    expect(weight.html).toBeGreaterThan(0);
    expect(weight.css, 'every page has its stylesheet').toBeGreaterThan(0);
    expect(weight.total, `${file}: HTML ${weight.html} + CSS ${weight.css} + JS ${weight.js} bytes`).toBeLessThan(
      PAGE_BUDGET,
    );
  });
});

describe('the directory JavaScript', () => {
  test('/providers/ runs under 5 KB gzipped, imports included', () => {
    const { bytes, files } = pageJavaScript('dist', 'providers/index.html');
    expect(files.length, 'the directory has a script').toBeGreaterThan(0);
    expect(bytes, files.join(', ')).toBeLessThan(DIRECTORY_JS_BUDGET);
  });

  test('static imports are followed (the measure can grow)', () => {
    expect(
      staticImports('import{a as b}from"./x.js";import "./y.js";export{c}from"./z.js";await import("./lazy.js")'),
    ).toEqual(['./x.js', './y.js', './z.js']);
  });
});
