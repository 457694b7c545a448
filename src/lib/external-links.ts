// Collects the external https URLs that the site's sources point to, and asks each one whether it is still there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from './yaml-source.ts';

export interface LinkUse {
  url: string;
  files: string[];
}

/** Every string value in parsed YAML that is an https URL. */
function urlsInData(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('https://') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsInData);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsInData);
  return [];
}

// Stops at whitespace, quotes, brackets, Markdown/JSX delimiters and Japanese text (（）。 follow URLs in prose).
const URL_IN_TEXT = /https:\/\/[^\s"'`<>()[\]{}\u3000-\uffff]+/g;

export function urlsInText(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map(([url]) => url.replace(/[.,;:!?]+$/, ''));
}

/** URLs in content/providers/*.yaml (skipping `_` files, as the site does) and content/articles/*.mdx. */
export function collectExternalLinks(contentDir: string): LinkUse[] {
  const uses = new Map<string, Set<string>>();
  const add = (url: string, file: string) => uses.set(url, (uses.get(url) ?? new Set()).add(file));
  const filesIn = (dir: string, pattern: RegExp) => {
    try {
      return readdirSync(dir)
        .filter((name) => pattern.test(name) && !name.startsWith('_'))
        .sort();
    } catch {
      return [];
    }
  };
  for (const name of filesIn(join(contentDir, 'providers'), /\.ya?ml$/)) {
    const file = join(contentDir, 'providers', name);
    for (const url of urlsInData(readYaml(readFileSync(file, 'utf8')).data)) add(url, file);
  }
  for (const name of filesIn(join(contentDir, 'articles'), /\.mdx$/)) {
    const file = join(contentDir, 'articles', name);
    for (const url of urlsInText(readFileSync(file, 'utf8'))) add(url, file);
  }
  return [...uses].map(([url, files]) => ({ url, files: [...files] })).sort((a, b) => a.url.localeCompare(b.url));
}

export interface LinkResult {
  url: string;
  ok: boolean;
  /** HTTP status, or the network error in words. */
  status: string;
}

const HEADERS = { 'user-agent': 'caiq-ja-link-check (+https://github.com/caiq-ja)' };

/** HEAD first (cheap); many servers refuse or mishandle HEAD, so any failure is retried as GET. */
export async function checkLink(url: string, timeoutMs = 15_000): Promise<LinkResult> {
  let status = '';
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, {
        method,
        redirect: 'follow',
        headers: HEADERS,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return { url, ok: true, status: String(response.status) };
      status = String(response.status);
    } catch (error) {
      // fetch reports only "fetch failed"; the cause says why (ENOTFOUND, ECONNREFUSED, certificate errors …).
      const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      status = (error as Error).name === 'TimeoutError' ? 'タイムアウト' : `接続できません（${reason}）`;
    }
  }
  return { url, ok: false, status };
}

/** Checks with a few requests in flight at once: polite to servers, still finishes in minutes. */
export async function checkLinks(urls: string[], concurrency = 4): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkLink(urls[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results;
}
