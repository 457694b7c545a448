import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { articleUrl, newestFirst } from '~/lib/articles';
import { SITE_DESCRIPTION, SITE_NAME } from '~/lib/site';

export async function GET(context: APIContext) {
  const articles = newestFirst(await getCollection('articles'));
  return rss({
    title: `${SITE_NAME}：記事`,
    description: SITE_DESCRIPTION,
    site: context.site!,
    customData: '<language>ja</language>',
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.published,
      link: articleUrl(article),
      categories: article.data.tags,
    })),
  });
}
