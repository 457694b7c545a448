// axe-core on every built page (light and dark), on the directory after filtering, and on search results;
// plus a keyboard walk-through of the directory filters.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, connect, openPage } from './browser.ts';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page in the sitemap, as a local path, plus the 404 page (which the sitemap leaves out). */
const sitemapPaths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  ([, loc]) => new URL(loc!).pathname,
);
const pagePaths = [...sitemapPaths, '/404.html'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let browser: Browser;
// The page's CSP (script-src 'self' + hashes) refuses an injected axe script: only these contexts bypass it.
const axeContexts = new Map<'light' | 'dark', BrowserContext>();

beforeAll(async () => {
  browser = await connect();
  for (const colorScheme of ['light', 'dark'] as const) {
    axeContexts.set(colorScheme, await browser.newContext({ bypassCSP: true, colorScheme }));
  }
});
afterAll(async () => {
  await browser.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations as AxeViolation[];
  }, WCAG_TAGS);
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`,
    ),
  );
}

async function openForAxe(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await axeContexts.get(colorScheme)!.newPage();
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
  return page;
}

// Pages are independent and axe is slow on long Japanese pages: run a few at a time.
describe.concurrent('axe: every built page has no WCAG 2.2 AA violations', () => {
  test('the sitemap lists the pages', () => expect(sitemapPaths.length).toBeGreaterThan(10));

  test('the harness reports a known violation (an image without alt text)', async () => {
    const page = await openForAxe('/404.html', 'light');
    await page.evaluate(() =>
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">'),
    );
    expect((await axeViolations(page)).some((line) => line.startsWith('image-alt'))).toBe(true);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(pagePaths)(`%s (${colorScheme})`, async (path) => {
      const page = await openForAxe(path, colorScheme);
      try {
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('axe: states reached by interaction', () => {
  test.each(['light', 'dark'] as const)('/providers/ with level 2 + gold applied (%s)', async (colorScheme) => {
    const page = await openForAxe('/providers/', colorScheme);
    await page.getByRole('checkbox', { name: /^レベル2/ }).check();
    await page.getByRole('checkbox', { name: /^ゴールド/ }).check();
    await page.waitForURL(/level=2.*maturity=gold|maturity=gold.*level=2/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('/search/?q=STAR with results shown (%s)', async (colorScheme) => {
    const page = await openForAxe('/search/?q=STAR', colorScheme);
    await page
      .locator('main ol li')
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .catch(() => {
        throw new Error(
          '/search/?q=STAR に検索結果（main ol li）が表示されません。検索UIが未実装か、結果を描画できていません。',
        );
      });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard walk-through of the directory filters', () => {
  test('Tab reaches every checkbox, Space toggles it, and focus is visibly outlined', async () => {
    const { page, problems } = await openPage(browser, '/providers/');
    const checkboxIds = await page.$$eval('main input[type="checkbox"]', (boxes) =>
      boxes.map((box, index) => {
        if (!box.id) box.id = `kbd-check-${index}`;
        return box.id;
      }),
    );
    expect(checkboxIds.length).toBeGreaterThan(3);

    const reached = new Set<string>();
    // Tab from the top of the document until every checkbox has had focus (bounded so a trap fails).
    for (let step = 0; step < 300 && reached.size < checkboxIds.length; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        if (!element || element.type !== 'checkbox') return null;
        const style = getComputedStyle(element);
        return {
          id: element.id,
          focusVisible: element.matches(':focus-visible'),
          outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
          checked: element.checked,
        };
      });
      if (!focused || reached.has(focused.id)) continue;
      reached.add(focused.id);
      expect(focused.focusVisible, `${focused.id} is :focus-visible`).toBe(true);
      expect(focused.outlineStyle, `${focused.id} outline`).not.toBe('none');
      expect(focused.outlineWidth, `${focused.id} outline width`).toBeGreaterThanOrEqual(2);

      await page.keyboard.press('Space');
      expect(await page.evaluate((id) => (document.getElementById(id) as HTMLInputElement).checked, focused.id)).toBe(
        !focused.checked,
      );
      await page.keyboard.press('Space');
      expect(await page.evaluate((id) => (document.getElementById(id) as HTMLInputElement).checked, focused.id)).toBe(
        focused.checked,
      );
    }
    expect([...reached].sort()).toEqual([...checkboxIds].sort());
    expect(problems).toEqual([]);
  });

  test('after Space the URL carries the filter and the list is filtered', async () => {
    const { page } = await openPage(browser, '/providers/');
    const total = await page.locator('.provider-card').count();
    await page.getByRole('checkbox', { name: /^レベル3/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/level=3/);
    const visible = await page.locator('.provider-card:visible').count();
    expect(visible).toBeLessThan(total);
  });
});
