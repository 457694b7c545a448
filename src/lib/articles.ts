// Article queries: order, tags, series and related articles. Pure functions over collection entries.
import type { ArticleData } from '../schemas/article.ts';
import { compareJapanese } from './japanese-sort.ts';

export interface ArticleLike {
  id: string;
  data: ArticleData;
}

export function articleUrl(article: ArticleLike): string {
  return `/articles/${article.id}/`;
}

export function tagUrl(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}/`;
}

/** Newest first; ties broken by id so the order never depends on file system order. */
export function newestFirst<T extends ArticleLike>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}

/** Every tag with the articles that carry it, tags in Japanese order. */
export function articlesByTag<T extends ArticleLike>(articles: readonly T[]): Map<string, T[]> {
  const byTag = new Map<string, T[]>();
  for (const article of newestFirst(articles)) {
    for (const tag of article.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), article]);
  }
  return new Map([...byTag].sort(([a], [b]) => compareJapanese(a, b)));
}

/** The other parts of the same series, in part order. */
export function seriesParts<T extends ArticleLike>(article: T, articles: readonly T[]): T[] {
  const series = article.data.series;
  if (!series) return [];
  return articles
    .filter((other) => other.data.series?.name === series.name)
    .sort((a, b) => a.data.series!.part - b.data.series!.part);
}

/** Articles sharing the most tags, then newest; never the article itself or its series siblings. */
export function relatedArticles<T extends ArticleLike>(article: T, articles: readonly T[], limit = 3): T[] {
  const tags = new Set(article.data.tags);
  const seriesName = article.data.series?.name;
  return newestFirst(articles)
    .filter((other) => other.id !== article.id && (seriesName === undefined || other.data.series?.name !== seriesName))
    .map((other) => ({ other, shared: other.data.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Series part label: 前編 / 後編 for two-part series, otherwise 第n回. */
export function partLabel(part: number, total: number): string {
  if (total <= 2) return part === 1 ? '前編' : '後編';
  return `第${part}回`;
}
