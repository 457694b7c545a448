// Builds a temporary copy of the site with a provider whose text fields carry XSS payloads, and checks that the
// built pages carry them only as inert, escaped text, and that Chromium fires no dialog on those pages.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { parse } from 'yaml';
import { buildSite, copySite, removeSite } from '../../scripts/lib/temp-site.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium.ts';

const FIXTURE = 'tests/fixtures/escaping/xss-text-payloads.yaml';
const ID = 'xss-text-payloads';
const payload = parse(readFileSync(FIXTURE, 'utf8')) as { name: string; summary: string };

let site: string;
let dist: string;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  site = copySite('caiq-escaping-');
  copyFileSync(FIXTURE, join(site, 'content/providers', `${ID}.yaml`));
  await buildSite(site);
  dist = join(site, 'dist');
  ({ server, url: baseUrl } = await startStaticServer(dist));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((done) => server.close(done));
  if (site) removeSite(site);
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** Start tags, read the way an HTML tokenizer does: quoted attribute values may hold `<` and `>` as plain text. */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
function startTags(html: string): { name: string; attributes: [string, string][] }[] {
  // Text inside <script>/<style> is not markup: drop it so JSON-LD strings are not read as tags.
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  return [...markup.matchAll(START_TAG)].map(([, name, attributes]) => ({
    name: name!.toLowerCase(),
    attributes: [...attributes!.matchAll(ATTRIBUTE)].map((match) => [
      match[1]!.toLowerCase(),
      match[2] ?? match[3] ?? match[4] ?? '',
    ]),
  }));
}
/** Elements or attributes the payloads would have created if they had escaped. */
const liveInjection = (html: string) =>
  startTags(html).flatMap(({ name, attributes }) => [
    ...attributes.filter(([key]) => key.startsWith('on')).map(([key, value]) => `<${name} ${key}="${value}">`),
    ...attributes
      .filter(([key, value]) => ['href', 'src', 'action', 'formaction'].includes(key) && /^\s*javascript:/i.test(value))
      .map(([key, value]) => `<${name} ${key}="${value}">`),
    ...(name === 'img' && attributes.some(([key, value]) => key === 'src' && value === 'x') ? ['<img src=x>'] : []),
  ]);
const scriptTags = (html: string) => startTags(html).filter(({ name }) => name === 'script').length;

describe('text payloads in a provider file stay inert', () => {
  test.each([`providers/${ID}/index.html`, 'providers/index.html', 'providers/level/1/index.html'])(
    '%s escapes them',
    (path) => {
      const html = read(path);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(liveInjection(html)).toEqual([]);
    },
  );

  test('the provider page has no more <script> elements than an ordinary provider page', () => {
    expect(scriptTags(read(`providers/${ID}/index.html`))).toBe(scriptTags(read('providers/github/index.html')));
  });

  test('JSON-LD cannot be closed early by the payload', () => {
    const html = read(`providers/${ID}/index.html`);
    for (const [, body] of html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(body).not.toMatch(/<\/script|<!--/i);
      expect(() => JSON.parse(body!)).not.toThrow();
    }
  });

  test('providers.json carries the payload as data, unchanged', () => {
    const text = read('providers.json');
    expect(text).toContain('alert(1)');
    expect(JSON.stringify(JSON.parse(text))).toContain(JSON.stringify(payload.name).slice(1, -1));
  });

  test('providers.csv quotes the payload (doubled quotes, no broken row)', () => {
    const row = read('providers.csv')
      .split(/\r?\n/)
      .find((line) => line.includes('alert(1)'));
    expect(row).toBeDefined();
    expect(row).toContain(`"${payload.name.replaceAll('"', '""')}"`);
  });

  test.each([`/providers/${ID}/`, '/providers/', '/providers/?level=1'])(
    'Chromium opens %s without a dialog',
    async (path) => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      expect(await page.getByText('<script>alert(1)</script>', { exact: false }).count()).toBeGreaterThan(0);
      // The live DOM, not only the HTML text: no handler attributes, no payload image, no script the page did not ship.
      expect(await page.locator('[onerror], img[src="x"], a[href^="javascript:" i]').count()).toBe(0);
      expect(
        await page.evaluate(
          () =>
            [...document.scripts].filter(
              (script) => script.textContent?.includes('alert(1)') && script.type !== 'application/ld+json',
            ).length,
        ),
      ).toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    },
  );
});
