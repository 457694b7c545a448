// The provider schema refuses script-carrying URLs, so they never reach an href.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { providerSchema } from '../../src/schemas/provider.ts';
import { makeProvider } from './factories.ts';

const URL_PAYLOADS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  '"><img src=x onerror=alert(1)>',
  'data:text/html,<script>alert(1)</script>',
];

describe('URL payloads are rejected by the schema', () => {
  test('the fixture with URL payloads fails on every URL field', () => {
    const fixture = parse(readFileSync('tests/fixtures/escaping/xss-url-payloads.yaml', 'utf8'));
    const result = providerSchema.safeParse(fixture);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'website',
        'registryUrl',
        'services.0.assessments.0.reportUrl',
        'sources.0.url',
        'japaneseMaterials.0',
      ]),
    );
  });

  test.each(URL_PAYLOADS)('website %s is rejected', (payload) => {
    const result = providerSchema.safeParse(makeProvider({ website: payload }));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['website']);
  });

  test.each(URL_PAYLOADS)('source url %s is rejected', (payload) => {
    const result = providerSchema.safeParse(
      makeProvider({ sources: [{ url: payload, kind: 'provider', note: 'n', checked: '2026-12-03' }] }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['sources', 0, 'url']);
  });

  test('the text payload fixture is a valid provider (so the build test really renders it)', () => {
    const fixture = parse(readFileSync('tests/fixtures/escaping/xss-text-payloads.yaml', 'utf8'));
    expect(providerSchema.safeParse(fixture).success).toBe(true);
  });
});
