import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connect, openPage } from './browser.ts';
import { levelOf } from '../../src/lib/status.ts';
import type { AssessmentType } from '../../src/schemas/vocabulary.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const providerIds = readdirSync('content/providers')
  .filter((file) => /^[^_].*\.yaml$/.test(file))
  .map((file) => file.replace(/\.yaml$/, ''));
const articleSlugs = readdirSync('content/articles')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

/** Real queries a reader might type → a page that must be among the first five results. */
const CASES: [query: string, target: string][] = [
  // Providers: names in several scripts and widths, and words from their summaries.
  ['トレンドマイクロ', '/providers/trend-micro/'],
  ['ﾄﾚﾝﾄﾞﾏｲｸﾛ', '/providers/trend-micro/'],
  ['Microsoft', '/providers/microsoft/'],
  ['microsoft', '/providers/microsoft/'],
  ['ＧｉｔＨｕｂ', '/providers/github/'],
  ['Tencent', '/providers/tencent-cloud/'],
  ['alibaba', '/providers/alibaba-cloud/'],
  ['Atlassian', '/providers/atlassian/'],
  ['Bluemix', '/providers/ibm/'],
  ['モチベイジ', '/providers/motivage/'],
  ['GraphQL Hive', '/providers/the-guild/'],
  ['Salesforce', '/providers/movedata/'],
  ['AIエージェント', '/providers/aegisgate-security/'],
  ['caiq', '/providers/alibaba-cloud/'],
  ['分贝通', '/providers/fenbeitong/'],
  // Articles: compounds, widths, long vowels, Latin case.
  ['鍵管理', '/articles/hyok-byok-customer-key-management/'],
  ['利用者鍵管理', '/articles/hyok-byok-customer-key-management/'],
  ['エンベロープ暗号化', '/articles/hyok-byok-customer-key-management/'],
  ['ＣＡＩＱ', '/articles/japanese-caiq-star-level1/'],
  ['日本語CAIQレポート', '/articles/japanese-caiq-star-level1/'],
  ['ｾﾞﾛﾄﾗｽﾄ', '/articles/log4shell-zero-trust/'],
  ['サーバ', '/articles/log4shell-zero-trust/'],
  ['log4shell', '/articles/log4shell-zero-trust/'],
  ['成熟度モデル', '/articles/csa-star-program-overview/'],
  ['trusted cloud principles', '/articles/trusted-cloud-principles/'],
  ['政府のデータ要求', '/articles/trusted-cloud-principles/'],
  ['ランサムウェア　前編', '/articles/healthcare-ransomware-part1/'],
  ['NIST CSF', '/articles/healthcare-ransomware-part2/'],
  ['サプライチェーンリスク管理', '/articles/healthcare-supply-chain-risk-management/'],
  ['医療ビッグデータ', '/articles/healthcare-big-data-cloud/'],
  ['医療機器', '/articles/cloud-connected-medical-devices/'],
];

const pageExists = (target: string): boolean => {
  const [, section, slug] = target.split('/');
  return section === 'providers' ? providerIds.includes(slug!) : articleSlugs.includes(slug!);
};
// Every case's target must exist: a renamed or removed page fails here instead of quietly shrinking the table.
const liveCases = CASES;

/** Waits for the live region to report on `query`, then returns the result links in order. */
async function resultUrls(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    /件|見つかりません|読み込めません/.test(document.querySelector('[data-status]')?.textContent ?? ''),
  );
  return page
    .locator('[data-results] li a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const levelTwoProviders = providerIds.filter((id) => {
  const data = parse(readFileSync(`content/providers/${id}.yaml`, 'utf8')) as {
    services: { assessments: { type: AssessmentType }[] }[];
  };
  return data.services.some((service) => service.assessments.some((assessment) => levelOf(assessment.type) === 2));
});

describe('search index', () => {
  test('only articles and providers, each with 種別, a date sort key, a title and a description', async () => {
    const { page } = await openPage(browser, '/search/');
    // A string, so Vitest's transform leaves the browser's own dynamic import alone.
    const index = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const all = await pagefind.search(null);
      const sorted = await pagefind.search(null, { sort: { date: 'desc' } });
      const pages = await Promise.all(all.results.map((result) => result.data()));
      return { sortedCount: sorted.results.length, pages };
    })()`)) as {
      sortedCount: number;
      pages: { url: string; meta: Record<string, string>; filters: Record<string, string[]> }[];
    };
    const expected = [
      ...articleSlugs.map((slug) => `/articles/${slug}/`),
      ...providerIds.map((id) => `/providers/${id}/`),
    ].sort();
    expect(index.pages.map((entry) => entry.url).sort()).toEqual(expected);
    // Pagefind leaves pages without the sort key out of sorted results.
    expect(index.sortedCount).toBe(expected.length);
    for (const entry of index.pages) {
      expect(entry.filters['種別'], entry.url).toEqual([entry.url.startsWith('/articles/') ? '記事' : 'プロバイダー']);
      expect(entry.meta.title, entry.url).toBeTruthy();
      expect(entry.meta.description, entry.url).toBeTruthy();
    }
  });
});

describe('search queries', () => {
  test('enough cases to mean something, all pointing at pages that exist', () => {
    expect(CASES.filter(([, target]) => !pageExists(target))).toEqual([]);
    expect(liveCases.filter(([, target]) => target.startsWith('/providers/')).length).toBeGreaterThanOrEqual(8);
    expect(liveCases.length).toBeGreaterThanOrEqual(15);
  });

  // One context for the table: the index is cached after the first query, as for a reader.
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context.close();
  });

  test.each(liveCases)('%s → %s in the first five', async (query, target) => {
    const { page, problems } = await openPage(context, `/search/?q=${encodeURIComponent(query)}`);
    const urls = await resultUrls(page);
    expect(urls.slice(0, 5)).toContain(target);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search page', () => {
  test('results: an ordered list of links with type and highlighted excerpt, announced in a live region', async () => {
    const { page, problems } = await openPage(browser, '/search/?q=%E9%8D%B5%E7%AE%A1%E7%90%86');
    const urls = await resultUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    expect(await page.locator('main ol[data-results] > li').count()).toBe(urls.length);
    expect(await page.locator('[data-results] li').first().locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-results] .result-kind').first().textContent()).toMatch(/^(記事|プロバイダー)$/);
    expect(await page.getByRole('status').textContent()).toBe(`「鍵管理」の検索結果：${urls.length}件`);
    expect(await page.getByRole('searchbox', { name: 'キーワード' }).inputValue()).toBe('鍵管理');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('STARレベル filter narrows a provider query to providers with a level 2 listing; reload keeps it; Back undoes it', async () => {
    const { page, problems } = await openPage(browser, '/search/?q=STAR&kind=provider');
    // Every provider page says STAR; the first ten are shown, the rest behind さらに表示.
    await resultUrls(page);
    expect(await page.getByRole('status').textContent()).toBe(`「STAR」の検索結果：${providerIds.length}件`);
    await page.getByRole('button', { name: 'さらに表示' }).click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-results] li').length === count,
      providerIds.length,
    );
    expect((await resultUrls(page)).sort()).toEqual(providerIds.map((id) => `/providers/${id}/`).sort());
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('li') === document.querySelectorAll('[data-results] li')[10],
      ),
    ).toBe(true);
    expect(await page.locator('[data-count-for="level:2"]').textContent()).toBe(`（${levelTwoProviders.length}）`);

    await page.getByRole('checkbox', { name: /^レベル2/ }).check();
    await page.waitForURL(/level=2/);
    await page.waitForFunction(
      (count) => document.querySelector('[data-status]')?.textContent?.includes(`${count}件`),
      levelTwoProviders.length,
    );
    expect((await resultUrls(page)).sort()).toEqual(levelTwoProviders.map((id) => `/providers/${id}/`).sort());

    await page.reload();
    expect(await page.getByRole('checkbox', { name: /^レベル2/ }).isChecked()).toBe(true);
    expect((await resultUrls(page)).sort()).toEqual(levelTwoProviders.map((id) => `/providers/${id}/`).sort());

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('level') === null);
    expect(await page.getByRole('checkbox', { name: /^レベル2/ }).isChecked()).toBe(false);
    await page.waitForFunction(
      (count) => document.querySelector('[data-status]')?.textContent?.includes(`${count}件`),
      providerIds.length,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('keyboard: type in the box, results appear, Tab reaches the first result; the URL follows the query', async () => {
    const { page, problems } = await openPage(browser, '/search/');
    const box = page.getByRole('searchbox', { name: 'キーワード' });
    await box.focus();
    await page.keyboard.type('ゼロトラスト');
    await page.waitForFunction(() =>
      document.querySelector('[data-status]')?.textContent?.includes('「ゼロトラスト」の検索結果'),
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('ゼロトラスト');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
    );
    expect(focused).toBe(await page.locator('[data-results] li a').first().getAttribute('href'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('no result: a clear message with a way on', async () => {
    const { page, problems } = await openPage(browser, '/search/?q=zzqqxxyy');
    expect(await resultUrls(page)).toEqual([]);
    expect(await page.getByRole('status').textContent()).toContain('見つかりませんでした');
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a search that fails to load says so', async () => {
    const context = await browser.newContext();
    await context.route('**/pagefind/pagefind.js', (route) => route.abort());
    const { page } = await openPage(context, '/search/?q=caiq');
    await resultUrls(page);
    expect(await page.getByRole('status').textContent()).toBe('検索を読み込めませんでした。');
    expect(await page.locator('[data-error]').isVisible()).toBe(true);
    await context.close();
  });

  test('without JavaScript the page explains and links to the lists', async () => {
    const { page } = await openPage(browser, '/search/?q=caiq', { javaScript: false });
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    const text = await page.locator('main').textContent();
    expect(text).toContain('検索にはJavaScriptが必要です');
    expect(await page.locator('main a[href="/articles/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/providers/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  test('no page but the search page loads Pagefind or any script of ours', async () => {
    const { page } = await openPage(browser, `/articles/${articleSlugs[0]}/`);
    expect(await page.locator('script[src]').count()).toBe(0);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.filter((url) => /pagefind|\.js$/.test(url))).toEqual([]);
    await page.context().close();
  });
});

describe('OpenSearch description', () => {
  test('well-formed, with the name, encoding and the search URL template', async () => {
    expect(existsSync('dist/opensearch.xml')).toBe(true);
    const xml = readFileSync('dist/opensearch.xml', 'utf8');
    const { page } = await openPage(browser, '/search/', { javaScript: true });
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const ns = 'http://a9.com/-/spec/opensearch/1.1/';
      const text = (name: string) => doc.getElementsByTagNameNS(ns, name)[0]?.textContent;
      return {
        error: doc.querySelector('parsererror') !== null,
        root: doc.documentElement.localName,
        shortName: text('ShortName'),
        encoding: text('InputEncoding'),
        template: doc.getElementsByTagNameNS(ns, 'Url')[0]?.getAttribute('template'),
      };
    }, xml);
    expect(parsed).toMatchObject({
      error: false,
      root: 'OpenSearchDescription',
      shortName: 'クラウドSTARナビ',
      encoding: 'UTF-8',
    });
    expect(parsed.template).toMatch(/^https?:\/\/[^/]+\/search\/\?q=\{searchTerms\}$/);
    expect(await page.locator('link[rel="search"][href="/opensearch.xml"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('search page quality', () => {
  test('axe finds no WCAG 2.2 A/AA violation with results and counts shown, in light and dark', async () => {
    const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, '/search/?q=STAR&level=2', { colorScheme });
      await resultUrls(page);
      // Evaluated, not injected as a <script>: the CSP rightly refuses inline scripts.
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(
        `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
      )) as string[];
      expect(violations, colorScheme).toEqual([]);
      await page.context().close();
    }
  });

  test('the built page is valid HTML', async () => {
    const { HtmlValidate } = await import('html-validate');
    // No submit button on purpose: results follow typing and Enter, and Tab goes from the box straight to the results.
    const config = { extends: ['html-validate:recommended'], rules: { 'wcag/h32': 'off' as const } };
    const report = await new HtmlValidate(config).validateFile('dist/search/index.html');
    expect(
      report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`)),
    ).toEqual([]);
  });
});
