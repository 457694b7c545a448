// Measures the site search on the built dist/: bytes a cold first search downloads from /pagefind/, and the time
// from submitting a query to its first result, cold (new browser context) and warm (a second query, same page).
// Not a test: figures vary by machine. `node scripts/bench-search.ts [query…]`; a later `npm run bench` can call benchSearch().
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts';

export const DEFAULT_QUERIES = ['鍵管理', 'caiq', 'ゼロトラスト', 'トレンドマイクロ', 'サプライチェーンリスク管理'];

export interface SearchBench {
  query: string;
  /** Bytes of /pagefind/ responses during the first, cold search (the static server sends them uncompressed). */
  coldBytes: number;
  coldFiles: number;
  coldMs: number;
  /** Time for a second query (the next one in the list) on the same, already loaded page. */
  warmQuery: string;
  warmMs: number;
}

/** Submits with Enter (no debounce) and times until the live region reports a result for this query. */
async function timeQuery(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'キーワード' });
  await box.fill(query);
  const start = Date.now();
  await box.press('Enter');
  await page.waitForFunction(
    (q) =>
      document.querySelector('[data-status]')?.textContent?.startsWith(`「${q}」`) &&
      document.querySelector('[data-results] li a'),
    query,
  );
  return Date.now() - start;
}

export async function benchSearch(options: { dist?: string; queries?: string[] } = {}): Promise<SearchBench[]> {
  const dist = options.dist ?? 'dist';
  const queries = options.queries ?? DEFAULT_QUERIES;
  if (!existsSync(`${dist}/pagefind/pagefind.js`))
    throw new Error(`${dist}/pagefind がありません。先に \`npm run build\` を実行してください。`);
  const { server, url } = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const results: SearchBench[] = [];
  try {
    for (const [index, query] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/search/`, { waitUntil: 'load' });
      const sizes: Promise<number>[] = [];
      // Context-wide, so requests from Pagefind's web worker are counted too.
      context.on('response', (response) => {
        if (new URL(response.url()).pathname.startsWith('/pagefind/'))
          sizes.push(
            response.body().then(
              (body) => body.length,
              () => 0,
            ),
          );
      });
      const coldMs = await timeQuery(page, query);
      const bytes = await Promise.all(sizes);
      const warmQuery = queries[(index + 1) % queries.length]!;
      const warmMs = await timeQuery(page, warmQuery);
      results.push({
        query,
        coldBytes: bytes.reduce((sum, size) => sum + size, 0),
        coldFiles: bytes.length,
        coldMs,
        warmQuery,
        warmMs,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  return results;
}

export function formatBench(results: SearchBench[]): string {
  const rows = results.map(
    (r) =>
      `${r.query}\t${(r.coldBytes / 1024).toFixed(1)} KiB (${r.coldFiles}件)\t${r.coldMs} ms\t${r.warmQuery}\t${r.warmMs} ms`,
  );
  return ['クエリ\t初回の転送量\t初回（cold）\t2回目のクエリ\t2回目（warm）', ...rows].join('\n');
}

if (import.meta.main) {
  const queries = process.argv.slice(2);
  console.log(formatBench(await benchSearch({ queries: queries.length > 0 ? queries : undefined })));
}
