// `npm run bench`: what each page type downloads, how fast the directory filters at 5,000 providers, what a build costs
// per provider, and Lighthouse scores. Synthetic providers live only in temporary copies of the site, never in content/.
// The default run takes a few minutes; `--quick` skips the 10,000-provider build (which alone may take several minutes)
// and Lighthouse. Needs a built dist/ (`npm run build`) and Chromium (see tests/e2e/chromium.ts).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { benchSearch } from './bench-search.ts';
import { buildSite, copySite, removeSite } from './lib/temp-site.ts';
import { gzipSize } from './lib/page-weight.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts';

const quick = process.argv.includes('--quick');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => [...row[column]!].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(cells[0]!));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
  console.log();
}

function pageTypes(dist: string): [string, string][] {
  const article = readdirSync(join(dist, 'articles')).find((name) =>
    existsSync(join(dist, 'articles', name, 'index.html')),
  )!;
  const tag = readdirSync(join(dist, 'tags'))[0]!;
  const provider = readdirSync(join(dist, 'providers')).find(
    (name) => !['level', 'maturity'].includes(name) && existsSync(join(dist, 'providers', name, 'index.html')),
  )!;
  return [
    ['ホーム', '/'],
    ['記事', `/articles/${article}/`],
    ['記事一覧', '/articles/'],
    ['タグ', `/tags/${encodeURIComponent(tag)}/`],
    ['用語集', '/glossary/'],
    ['ディレクトリ', '/providers/'],
    ['レベル別', '/providers/level/2/'],
    ['プロバイダー詳細', `/providers/${provider}/`],
    ['検索（?q=STAR）', '/search/?q=STAR'],
    ['404', '/404.html'],
  ];
}

/** Bytes (gzipped, as a compressing host would serve them) and requests on load, from Chromium's response events. */
async function downloads(browser: Browser, baseUrl: string, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ type: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    bodies.push(
      response.body().then(
        (body) => ({ type, bytes: gzipSize(body) }),
        () => ({ type, bytes: 0 }),
      ),
    );
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  const seen = await Promise.all(bodies);
  await context.close();
  const sum = (types: string[]) =>
    seen.filter(({ type }) => types.includes(type)).reduce((total, { bytes }) => total + bytes, 0);
  return {
    html: sum(['document']),
    css: sum(['stylesheet']),
    js: sum(['script']),
    other: sum(['fetch', 'xhr', 'font', 'image', 'other']),
    requests: seen.length,
  };
}

function syntheticProvider(index: number): string {
  const level = index % 3;
  const maturity = ['gold', 'silver', 'bronze'][index % 3];
  const assessments = [
    '      - type: self-assessment',
    ...(level >= 1
      ? [
          '      - type: certification',
          `        maturity: ${maturity}`,
          '        date: 2025-0' + ((index % 9) + 1) + '-01',
        ]
      : []),
    ...(level === 2 ? ['      - type: continuous'] : []),
  ];
  return [
    `name: Synthetic Cloud ${String(index).padStart(5, '0')}`,
    `country: ${['US', 'JP', 'DE', 'CN'][index % 4]}`,
    `summary: ベンチマーク用の架空のプロバイダー ${index}`,
    'services:',
    `  - name: Synthetic Service ${index}`,
    index % 2 ? '    models: [SaaS]' : '    models: [IaaS, PaaS]',
    '    assessments:',
    ...assessments,
    'sources:',
    `  - url: https://example.com/synthetic/${index}`,
    '    kind: provider',
    '    note: ベンチマーク用',
    '    checked: 2026-12-01',
    '',
  ].join('\n');
}

/** A temporary copy of the site with `count` synthetic providers added. */
function syntheticSite(count: number): string {
  const site = copySite(`caiq-bench-${count}-`);
  const dir = join(site, 'content/providers');
  mkdirSync(dir, { recursive: true });
  for (let index = 1; index <= count; index += 1)
    writeFileSync(join(dir, `synthetic-${String(index).padStart(5, '0')}.yaml`), syntheticProvider(index));
  return site;
}

/**
 * One filter change at a time, alternating options, each a real (trusted) click: the script's own work (the
 * page's `directory:render` User Timing measure) and the interaction's time to the next paint from the Event
 * Timing API (what INP reports), i.e. until the reader sees the filtered view. Medians of 12 changes after two
 * warm-up changes.
 */
async function filterLatency(browser: Browser, baseUrl: string) {
  const page = await browser.newPage();
  await page.goto(new URL('/providers/', baseUrl).href, { waitUntil: 'load', timeout: 180_000 });
  await page.evaluate(() => {
    const slowest: number[] = [];
    (window as unknown as { __interactions: number[] }).__interactions = slowest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'click') slowest.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  const cards = await page.locator('.provider-card').count();
  const labels = [
    'レベル2',
    'ゴールド',
    'レベル2',
    'ゴールド',
    'レベル1',
    'シルバー',
    'レベル1',
    'シルバー',
    'レベル3',
    'レベル3',
    'ブロンズ',
    'ブロンズ',
    'レベル2',
    'レベル2',
  ];
  const samples: { script: number; settled: number }[] = [];
  for (const label of labels) {
    await page.evaluate(() => {
      performance.clearMeasures('directory:render');
      (window as unknown as { __interactions: number[] }).__interactions.length = 0;
    });
    await page.getByRole('checkbox', { name: new RegExp(`^${label}`) }).click();
    // Event Timing entries arrive after the next paint; interactions faster than 16 ms are not reported.
    await page.waitForTimeout(300);
    samples.push(
      await page.evaluate(() => ({
        script: performance.getEntriesByName('directory:render').at(-1)?.duration ?? Number.NaN,
        settled: Math.max(16, ...(window as unknown as { __interactions: number[] }).__interactions),
      })),
    );
  }
  await page.close();
  const measured = samples.slice(2);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { cards, script: median(measured.map((s) => s.script)), settled: median(measured.map((s) => s.settled)) };
}

/** Lighthouse in a child process. Asynchronous on purpose: this process also serves the pages being audited. */
async function lighthouse(url: string): Promise<Record<string, number> | string> {
  const cli = 'node_modules/lighthouse/cli/index.js';
  if (!existsSync(cli)) return 'lighthouse がインストールされていません（npm install -D lighthouse@12.2.3）';
  const args = [
    cli,
    url,
    `--chrome-path=${chromiumPath()}`,
    // The same quiet flags as the tests: this machine's closed network refuses Chromium's background connections.
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    '--output=json',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--preset=desktop',
  ];
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromiumPath() } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
  if (result.code !== 0) return `lighthouse が失敗しました: ${result.stderr.split('\n').slice(-3).join(' ')}`;
  const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number | null }> };
  return Object.fromEntries(
    Object.entries(report.categories).map(([id, { score }]) => [id, Math.round((score ?? 0) * 100)]),
  );
}

if (!existsSync('dist/index.html')) {
  console.error('dist/ がありません。先に `npm run build` を実行してください。');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const { server, url } = await startStaticServer('dist');
try {
  console.log('## ページ種別ごとのダウンロード量（読み込み時、gzip後。other は fetch・画像・フォント）\n');
  const rows: (string | number)[][] = [];
  for (const [label, path] of pageTypes('dist')) {
    const d = await downloads(browser, url, path);
    rows.push([
      label,
      path,
      kb(d.html),
      kb(d.css),
      kb(d.js),
      kb(d.other),
      kb(d.html + d.css + d.js + d.other),
      d.requests,
    ]);
  }
  table(['種別', 'パス', 'HTML', 'CSS', 'JS', 'other', '合計', 'リクエスト'], rows);

  console.log('## ビルド時間とピークメモリ（一時コピーで astro build、/usr/bin/time -v の最大RSS）\n');
  const sizes = quick ? [0, 1000, 5000] : [0, 1000, 5000, 10000];
  const buildRows: (string | number)[][] = [];
  let filterRow: Awaited<ReturnType<typeof filterLatency>> | undefined;
  for (const count of sizes) {
    const site = count === 0 ? copySite('caiq-bench-real-') : syntheticSite(count);
    try {
      const total = readdirSync(join(site, 'content/providers')).filter((file) => /^[^_].*\.ya?ml$/.test(file)).length;
      const build = await buildSite(site, undefined, { measureMemory: existsSync('/usr/bin/time') });
      buildRows.push([
        count === 0 ? '実サイト' : `合成 +${count}`,
        total,
        `${(build.ms / 1000).toFixed(1)} 秒`,
        build.maxRssKiB ? `${(build.maxRssKiB / 1024).toFixed(0)} MB` : '不明',
        count === 0 ? '—' : `${(build.ms / count).toFixed(2)} ms`,
      ]);
      if (count === 5000) {
        const synthetic = await startStaticServer(join(site, 'dist'));
        filterRow = await filterLatency(browser, synthetic.url);
        await new Promise((done) => synthetic.server.close(done));
      }
    } finally {
      removeSite(site);
    }
  }
  table(['サイト', 'プロバイダー数', 'ビルド時間', '最大RSS', '1件あたり'], buildRows);

  if (filterRow) {
    console.log(
      '## ディレクトリの絞り込み（5,000件の合成サイト、絞り込みの変更12回の中央値。目標: 処理 16 ms 未満、描画完了 100 ms 以内）\n',
    );
    table(
      ['カード数', 'スクリプト処理（directory:render）', '表示の更新まで（クリック→次の描画、Event Timing）'],
      [[filterRow.cards, `${filterRow.script.toFixed(1)} ms`, `${filterRow.settled.toFixed(1)} ms`]],
    );
  }

  console.log('## Lighthouse（デスクトップ設定、システムの Chromium）\n');
  if (quick) console.log('--quick のため省略しました。\n');
  else {
    const lighthouseRows: (string | number)[][] = [];
    for (const [label, path] of pageTypes('dist').filter(([label]) =>
      ['ホーム', '記事', 'ディレクトリ', '検索（?q=STAR）'].includes(label),
    )) {
      const scores = await lighthouse(new URL(path, url).href);
      if (typeof scores === 'string') lighthouseRows.push([label, scores, '', '', '']);
      else
        lighthouseRows.push([
          label,
          scores.performance ?? '',
          scores.accessibility ?? '',
          scores['best-practices'] ?? '',
          scores.seo ?? '',
        ]);
    }
    table(['ページ', 'Performance', 'Accessibility', 'Best Practices', 'SEO'], lighthouseRows);
  }

  console.log('## 検索（最初の検索でダウンロードする量と、Enter から最初の結果までの時間）\n');
  const searches = await benchSearch();
  table(
    ['検索語', '初回のダウンロード', '初回（コールド）', '続けて検索した語', '2回目（ウォーム）'],
    searches.map((r) => [
      r.query,
      `${kb(r.coldBytes)}（${r.coldFiles}ファイル）`,
      `${r.coldMs} ms`,
      r.warmQuery,
      `${r.warmMs} ms`,
    ]),
  );
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
