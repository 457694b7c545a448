// schema.org JSON-LD objects for article and provider pages.
import type { ArticleLike } from './articles.ts';
import { SITE_NAME } from './site.ts';

export function articleJsonLd(article: ArticleLike, url: URL) {
  const { data } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.description,
    inLanguage: 'ja',
    datePublished: data.published.toISOString(),
    ...(data.updated ? { dateModified: data.updated.toISOString() } : {}),
    keywords: data.tags.join(', '),
    url: url.href,
    mainEntityOfPage: url.href,
    publisher: { '@type': 'Organization', name: SITE_NAME },
    author: { '@type': 'Organization', name: SITE_NAME },
    citation: data.sources.map((source) => ({ '@type': 'CreativeWork', name: source.title, url: source.url })),
  };
}
