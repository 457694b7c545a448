// One page of every type loads in Chromium with no CSP violation and no console error; every page's CSP meta is strict;
// public/_headers carries the headers a meta tag cannot.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { connect, openPage } from './browser.ts';
import { htmlFilesIn } from '../../scripts/lib/dist-files.ts';

const firstArticle = readdirSync('content/articles')
  .find((file) => /^[^_].*\.mdx$/.test(file))!
  .replace(/\.mdx$/, '');
const firstTag = readdirSync('dist/tags')[0]!;
const firstProvider = readdirSync('content/providers')
  .find((file) => /^[^_].*\.ya?ml$/.test(file))!
  .replace(/\.ya?ml$/, '');

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['article', `/articles/${firstArticle}/`],
  ['articles list', '/articles/'],
  ['tag', `/tags/${encodeURIComponent(firstTag)}/`],
  ['glossary', '/glossary/'],
  ['directory', '/providers/'],
  ['directory with filters in the URL', '/providers/?level=2&maturity=gold'],
  ['pre-rendered level view', '/providers/level/2/'],
  ['provider detail', `/providers/${firstProvider}/`],
  ['search with a query', '/search/?q=STAR'],
  ['404', '/404.html'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

describe('every page type runs clean under its CSP', () => {
  test.each(PAGE_TYPES)('%s (%s): no CSP violation, no console error', async (_type, path) => {
    const { page, problems } = await openPage(browser, path);
    // Let deferred work (search index, filters) run before judging.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('an inline script the CSP does not list is blocked and reported (the check can fail)', async () => {
    const { page, problems } = await openPage(browser, '/404.html');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(problems.some((problem) => problem.includes('CSP violation'))).toBe(true);
  });
});

const htmlFiles = htmlFilesIn('dist');

function cspOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return new Map();
  return new Map(
    content
      .replaceAll('&#39;', "'")
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the CSP meta of every built page', () => {
  test('there are pages', () => expect(htmlFiles.length).toBeGreaterThan(10));

  test.each(htmlFiles)('%s', (file) => {
    const csp = cspOf(readFileSync(join('dist', file), 'utf8'));
    expect(csp.size, 'CSP meta present').toBeGreaterThan(0);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const scriptSrc = csp.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    // Nothing broader than our own origin and the hashes of our inline scripts.
    expect(
      scriptSrc.filter(
        (source) =>
          !["'self'", "'wasm-unsafe-eval'"].includes(source) && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source),
      ),
    ).toEqual([]);
  });
});

describe('public/_headers', () => {
  const headers = readFileSync('public/_headers', 'utf8');
  const forAll = headers.split(/^\/\*\s*$/m)[1] ?? '';
  test.each([
    ['X-Content-Type-Options', /^nosniff$/],
    ['Referrer-Policy', /^strict-origin-when-cross-origin$/],
    ['Permissions-Policy', /camera=\(\).*microphone=\(\).*geolocation=\(\).*(interest-cohort|browsing-topics)=\(\)/],
    ['X-Frame-Options', /^DENY$/],
    ['Content-Security-Policy', /^frame-ancestors 'none'$/],
    ['Strict-Transport-Security', /^max-age=63072000; includeSubDomains; preload$/],
  ])('/* sets %s', (name, value) => {
    const line = new RegExp(`^\\s+${name}:\\s*(.+)$`, 'm').exec(forAll);
    expect(line?.[1]?.trim()).toMatch(value);
  });

  test('is copied into dist/', () => expect(readFileSync('dist/_headers', 'utf8')).toBe(headers));
});
