// What a built page makes the browser download on load, read from dist/ (no browser): the HTML, its stylesheets,
// its scripts and the modules they import statically. Fonts and images are left out. Sizes are gzipped, as served.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Files counted, dist-relative (the HTML itself first). */
  files: string[];
}

const fileOf = (dist: string, url: string) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));

/** Static imports of an ES module's source (`import x from "…"`, `import "…"`, `export … from "…"`); not import(). */
export function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );
}

/** Inline module scripts and external scripts of a page, with every static import followed. */
export function pageScripts(html: string, dist: string, pageUrl: string): { inline: string[]; files: string[] } {
  const inline: string[] = [];
  const queue: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attributes!)) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1];
    if (src) queue.push(new URL(src, pageUrl).pathname);
    else {
      inline.push(body!);
      queue.push(...staticImports(body!).map((specifier) => new URL(specifier, pageUrl).pathname));
    }
  }
  const files = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (files.has(url) || !existsSync(fileOf(dist, url))) continue;
    files.add(url);
    const source = readFileSync(fileOf(dist, url), 'utf8');
    queue.push(...staticImports(source).map((specifier) => posix.resolve(posix.dirname(url), specifier)));
  }
  return { inline, files: [...files] };
}

/** A built page's HTML and the URL it is served at, to resolve its relative links against. */
function readPage(dist: string, htmlFile: string): { html: string; pageUrl: string } {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  return { html, pageUrl: new URL(`/${htmlFile.replace(/index\.html$/, '')}`, 'http://site.local/').href };
}

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const { html, pageUrl } = readPage(dist, htmlFile);
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi)]
    .map(([tag]) => /href=["']?([^"'\s>]+)/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined)
    .map((href) => new URL(href, pageUrl).pathname);
  const css = stylesheets.reduce((sum, url) => sum + gzipSize(readFileSync(fileOf(dist, url))), 0);
  const scripts = pageScripts(html, dist, pageUrl);
  // Inline scripts travel inside the HTML (already counted there); imported modules are separate requests.
  const js = scripts.files.reduce((sum, url) => sum + gzipSize(readFileSync(fileOf(dist, url))), 0);
  const htmlSize = gzipSize(html);
  return { html: htmlSize, css, js, total: htmlSize + css + js, files: [htmlFile, ...stylesheets, ...scripts.files] };
}

/** Gzipped bytes of the JavaScript a page runs: inline module scripts plus every module they import. */
export function pageJavaScript(dist: string, htmlFile: string): { bytes: number; files: string[] } {
  const { html, pageUrl } = readPage(dist, htmlFile);
  const { inline, files } = pageScripts(html, dist, pageUrl);
  const bytes =
    inline.reduce((sum, body) => sum + gzipSize(body), 0) +
    files.reduce((sum, url) => sum + gzipSize(readFileSync(fileOf(dist, url))), 0);
  return { bytes, files: [...inline.map((_, index) => `(inline module ${index + 1})`), ...files] };
}
