import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { connect, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const articleSlugs = readdirSync('content/articles')
  .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
  .map((file) => file.replace(/\.mdx$/, ''));

describe('page types render without errors', () => {
  test('home page links to the articles and the directory', async () => {
    const { page, problems } = await openPage(browser, '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('h1').textContent()).toContain('クラウドSTARナビ');
    expect(await page.locator('main a[href="/providers/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="/articles/"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('the 404 page answers unknown URLs in Japanese', async () => {
    const { page, problems } = await openPage(browser, '/no-such-page/');
    expect(await page.locator('h1').textContent()).toContain('ページが見つかりません');
    // The document's own 404 status is logged by Chromium; anything else is a real problem.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  });

  test('the skip link moves focus to the main content', async () => {
    const { page } = await openPage(browser, '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('本文へ移動');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
  });

  test('the header search box leads to /search/?q=…', async () => {
    const { page } = await openPage(browser, '/articles/', { javaScript: false });
    await page.fill('#header-q', '鍵管理');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('鍵管理');
  });
});

describe('every article', () => {
  test('there are articles', () => expect(articleSlugs.length).toBeGreaterThan(0));

  test.each(articleSlugs)(
    '%s shows its heading, figure captions and 出典, with no script and no errors',
    async (slug) => {
      const { page, problems } = await openPage(browser, `/articles/${slug}/`);
      expect((await page.locator('main h1').textContent())?.trim().length).toBeGreaterThan(0);
      await expect(page.locator('#sources-heading').textContent()).resolves.toBe('出典');
      expect(await page.locator('.sources li a[href^="https://"]').count()).toBeGreaterThan(0);
      const figures = page.locator('main figure');
      for (let index = 0; index < (await figures.count()); index += 1) {
        expect((await figures.nth(index).locator('figcaption').textContent())?.trim().length).toBeGreaterThan(0);
      }
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(problems).toEqual([]);
    },
  );
});
