// Checks, offline, that every internal reference in dist/ resolves: <a href>, <link href>, <script src>, <img src>,
// srcset, <source src>, #anchors (the id must exist on the target page) and the sitemap's URLs.
// Each failure names the page it was found on and the source file that produced that page. External URLs are not fetched.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFilesIn } from './lib/dist-files.ts';

export interface LinkFailure {
  /** The built file the reference is in (dist-relative). */
  page: string;
  /** The content or page file that produced it. */
  source: string;
  reference: string;
  reason: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decodeEntities = (value: string) =>
  value.replace(
    /&(amp|lt|gt|quot|#39|apos|#x([0-9a-f]+)|#(\d+));/gi,
    (whole, name: string, hex?: string, dec?: string) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : (ENTITIES[name.toLowerCase()] ?? whole),
  );

const TAG = /<(a|link|script|img|source|iframe|area)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE))
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  return attributes;
}

/** The references an HTML page makes, as written. */
export function referencesIn(html: string): string[] {
  const references: string[] = [];
  // Templates and comments are not live markup.
  const live = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, tag, text] of live.matchAll(TAG)) {
    const attributes = attributesOf(text!);
    const name = tag!.toLowerCase();
    if (name === 'a' || name === 'link' || name === 'area') {
      const href = attributes.get('href');
      if (href !== undefined) references.push(href);
    }
    if (name === 'script' || name === 'img' || name === 'source' || name === 'iframe') {
      const src = attributes.get('src');
      if (src !== undefined) references.push(src);
    }
    const srcset = attributes.get('srcset');
    if (srcset)
      references.push(
        ...srcset
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
  }
  return references;
}

export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    ids.add(decodeEntities(match[1] ?? match[2] ?? ''));
  return ids;
}

/** dist-relative built file → the file a contributor edits. */
export function sourceFileFor(builtFile: string, root = '.'): string {
  const path = builtFile.replace(/\\/g, '/');
  const article = /^articles\/([^/]+)\/index\.html$/.exec(path);
  if (article && existsSync(join(root, `content/articles/${article[1]}.mdx`)))
    return `content/articles/${article[1]}.mdx`;
  const provider = /^providers\/([^/]+)\/index\.html$/.exec(path);
  if (provider) {
    for (const extension of ['yaml', 'yml']) {
      if (existsSync(join(root, `content/providers/${provider[1]}.${extension}`)))
        return `content/providers/${provider[1]}.${extension}`;
    }
  }
  return pageFileFor(path, root);
}

/** Matches the route a built file came from against src/pages, static routes before dynamic ones. */
function pageFileFor(builtFile: string, root: string): string {
  const route = builtFile.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  const pagesDir = join(root, 'src/pages');
  if (!existsSync(pagesDir)) return 'src/pages/?';
  const candidates = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => /\.(astro|md|mdx|ts|js)$/.test(file))
    .map((file) => {
      const pattern = file
        .replace(/\.(astro|md|mdx|ts|js)$/, '')
        .replace(/(^|\/)index$/, '')
        .split('/')
        .map((segment) =>
          segment.startsWith('[...')
            ? '.*'
            : segment
                .split(/(\[[^\]]+\])/)
                .map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
                .join(''),
        )
        .join('/');
      return { file, dynamic: (file.match(/\[/g) ?? []).length, regex: new RegExp(`^${pattern}$`) };
    })
    .sort((a, b) => a.dynamic - b.dynamic);
  const match = candidates.find((candidate) => candidate.regex.test(route));
  return match ? `src/pages/${match.file}` : 'src/pages/?';
}

/** The built file a site path resolves to, as a static host serves it; undefined if none. */
export function resolveInDist(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = join(dist, decoded);
  if (!candidate.startsWith(dist)) return undefined;
  const tries = decoded.endsWith('/') ? [join(candidate, 'index.html')] : [candidate];
  for (const path of tries) if (existsSync(path) && statSync(path).isFile()) return path;
  return undefined;
}

function siteOrigin(dist: string): string | undefined {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return undefined;
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'));
  return loc ? new URL(loc[1]!).origin : undefined;
}

export function checkLinks(dist = 'dist', root = '.'): { pages: number; references: number; failures: LinkFailure[] } {
  const distDir = join(root, dist);
  const origin = siteOrigin(distDir);
  const htmlFiles = htmlFilesIn(distDir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  const failures: LinkFailure[] = [];
  let references = 0;

  const check = (page: string, pageUrl: URL, reference: string) => {
    const fail = (reason: string) => failures.push({ page, source: sourceFileFor(page, root), reference, reason });
    if (reference.trim() === '') return fail('空のURL');
    let url: URL;
    try {
      url = new URL(reference, pageUrl);
    } catch {
      return fail('URLとして解釈できません');
    }
    if (url.protocol === 'javascript:') return fail('javascript: のURL');
    const internal = url.origin === pageUrl.origin || (origin !== undefined && url.origin === origin);
    if (!internal) return; // external: not fetched (offline, deterministic)
    references += 1;
    const target = resolveInDist(distDir, url.pathname);
    if (!target) {
      const asFolder = !url.pathname.endsWith('/') && resolveInDist(distDir, `${url.pathname}/`);
      return fail(
        asFolder ? `末尾の / がありません（${url.pathname}/ が正しいURL）` : 'リンク先のファイルが dist/ にありません',
      );
    }
    if (url.hash && url.hash !== '#' && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(target).has(id)) fail(`アンカー #${id} が ${relative(distDir, target)} にありません`);
    }
  };

  const base = origin ?? 'https://site.invalid';
  for (const page of htmlFiles) {
    const route = `/${page.replace(/index\.html$/, '')}`;
    const pageUrl = new URL(route.split('/').map(encodeURIComponent).join('/'), base);
    const html = readFileSync(join(distDir, page), 'utf8');
    for (const reference of referencesIn(html)) check(page, pageUrl, reference);
  }

  for (const sitemap of readdirSync(distDir).filter((file) => /^sitemap.*\.xml$/.test(file))) {
    for (const [, loc] of readFileSync(join(distDir, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      check(sitemap, new URL('/', base), decodeEntities(loc!));
    }
  }
  return { pages: htmlFiles.length, references, failures };
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist}/ がありません。先に \`npm run build\` を実行してください。`);
    process.exit(1);
  }
  const { pages, references, failures } = checkLinks(dist);
  for (const failure of failures) {
    console.log(`${failure.source}（${dist}/${failure.page}）: ${failure.reference} — ${failure.reason}`);
  }
  // A reference broken on many pages usually comes from a shared layout or component, not from each page.
  const pagesByReference = Map.groupBy(failures, (failure) => failure.reference);
  for (const [reference, broken] of pagesByReference) {
    if (broken.length >= 5)
      console.log(
        `\n${reference} は ${broken.length}ページで解決できません: 共通のレイアウトかコンポーネント（src/layouts/, src/components/）が出している可能性があります`,
      );
  }
  if (failures.length > 0) {
    console.error(`\nリンク検査: ${pages}ページ、内部参照${references}件のうち ${failures.length}件が解決できません`);
    process.exit(1);
  }
  console.log(`リンク検査: ${pages}ページ、内部参照${references}件、すべて解決しました（外部URLは取得していません）`);
}
