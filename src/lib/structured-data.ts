// schema.org JSON-LD objects for article and provider pages.
import type { ArticleLike } from './articles.ts';
import { SITE_NAME } from './site.ts';
import type { ProviderView } from './directory.ts';

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

export function organizationJsonLd(view: ProviderView, url: URL) {
  const { data } = view;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: data.name,
    ...(data.nameEn ? { alternateName: data.nameEn } : {}),
    ...(data.website ? { url: data.website } : {}),
    ...(data.country ? { address: { '@type': 'PostalAddress', addressCountry: data.country } } : {}),
    ...(data.summary ? { description: data.summary } : {}),
    subjectOf: { '@type': 'WebPage', url: url.href, inLanguage: 'ja' },
    sameAs: data.registryUrl ? [data.registryUrl] : undefined,
  };
}
