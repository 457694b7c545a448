import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { connect, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const providerCount = readdirSync('content/providers').filter((file) => /^[^_].*\.yaml$/.test(file)).length;

async function visibleCards(page: Page) {
  return page.locator('.provider-card:visible').all();
}

/** Every visible card must have a listing matching `predicate`, judged from the facets the page carries. */
async function everyVisibleCard(page: Page, predicate: string): Promise<boolean> {
  return page.evaluate((source) => {
    const test = new Function('listing', `return ${source};`) as (listing: Record<string, unknown>) => boolean;
    return [...document.querySelectorAll<HTMLElement>('.provider-card')]
      .filter((card) => !card.hidden)
      .every((card) => (JSON.parse(card.dataset.facets!).listings as Record<string, unknown>[]).some(test));
  }, predicate);
}

describe('provider directory', () => {
  test('without JavaScript every provider is listed and the filtered views are reachable', async () => {
    const { page } = await openPage(browser, '/providers/', { javaScript: false });
    expect(await page.locator('.provider-card').count()).toBe(providerCount);
    expect(await visibleCards(page)).toHaveLength(providerCount);
    await page.click('a[href="/providers/level/2/"]');
    const shown = await visibleCards(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(providerCount);
    expect(await everyVisibleCard(page, 'listing.level === 2')).toBe(true);
  });

  test('level 2, then gold, mirrored in the URL; reload keeps it; Back restores; reset shows all', async () => {
    const { page, problems } = await openPage(browser, '/providers/');
    expect(await visibleCards(page)).toHaveLength(providerCount);

    await page.getByRole('checkbox', { name: /^レベル2/ }).check();
    await page.waitForURL(/level=2/);
    const level2 = (await visibleCards(page)).length;
    expect(level2).toBeGreaterThan(0);
    expect(level2).toBeLessThan(providerCount);
    expect(await everyVisibleCard(page, 'listing.level === 2')).toBe(true);
    expect(await page.locator('[data-result-count]').textContent()).toContain(`${level2}社が該当`);

    await page.getByRole('checkbox', { name: /^ゴールド/ }).check();
    await page.waitForURL(/maturity=gold/);
    expect(new URL(page.url()).searchParams.get('level')).toBe('2');
    const gold = (await visibleCards(page)).length;
    expect(gold).toBeGreaterThan(0);
    expect(gold).toBeLessThanOrEqual(level2);
    expect(await everyVisibleCard(page, "listing.level === 2 && listing.maturity === 'gold'")).toBe(true);

    await page.reload();
    expect(await page.getByRole('checkbox', { name: /^ゴールド/ }).isChecked()).toBe(true);
    expect(await visibleCards(page)).toHaveLength(gold);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('maturity') === null);
    expect(await visibleCards(page)).toHaveLength(level2);
    expect(await page.getByRole('checkbox', { name: /^ゴールド/ }).isChecked()).toBe(false);

    await page.getByRole('button', { name: '条件をリセット' }).click();
    expect(await visibleCards(page)).toHaveLength(providerCount);
    // The history entry is recorded just after the view is painted.
    await page.waitForURL((url) => url.search === '');
    expect(problems).toEqual([]);
  });

  test('a combination with no result says 該当なし and offers a way back', async () => {
    const { page } = await openPage(browser, '/providers/?level=3&maturity=gold');
    expect(await visibleCards(page)).toHaveLength(0);
    await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
    await page.click('[data-reset-link]');
    expect(await visibleCards(page)).toHaveLength(providerCount);
  });

  test('sort by newest puts dated providers first, newest on top', async () => {
    const { page } = await openPage(browser, '/providers/?sort=newest');
    const dates = await page.$$eval('.provider-card', (cards) =>
      cards.map((card) => (card as HTMLElement).dataset.newest ?? ''),
    );
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(0, dated.length)).toEqual(dated);
  });

  test('filters work from the keyboard alone', async () => {
    const { page } = await openPage(browser, '/providers/');
    await page.getByRole('checkbox', { name: /^レベル1/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/level=1/);
    expect(await everyVisibleCard(page, 'listing.level === 1')).toBe(true);
  });

  test('provider pages show listings, sources and mark external links', async () => {
    const { page, problems } = await openPage(browser, '/providers/microsoft/');
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('main h2', { hasText: '出典' }).count()).toBe(1);
    const external = page.locator('main a.external');
    expect(await external.count()).toBeGreaterThan(0);
    for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute('rel')))) {
      expect(rel).toBe('noopener noreferrer');
    }
    expect(problems).toEqual([]);
  });
});
