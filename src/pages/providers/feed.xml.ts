import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getProviderViews } from '~/lib/provider-views';
import { byNewest } from '~/lib/directory';
import { providerSortDate } from '~/lib/search-filters';
import { ASSESSMENT_TYPES } from '~/schemas/vocabulary';
import { SITE_NAME } from '~/lib/site';

export async function GET(context: APIContext) {
  const { views } = await getProviderViews();
  return rss({
    title: `${SITE_NAME}：プロバイダー`,
    description: 'CSA STAR Registryの掲載を確認したプロバイダーの一覧（新しい日付順）',
    site: context.site!,
    customData: '<language>ja</language>',
    items: [...views].sort(byNewest).map((view) => ({
      title: view.data.name,
      description: view.listings
        .map((listing) => `${listing.serviceName}：レベル${listing.level} ${ASSESSMENT_TYPES[listing.type].ja}`)
        .join(' / '),
      // Tokyo midnight of the listing (or checked) date, so the feed never depends on the build clock.
      pubDate: new Date(`${providerSortDate(view)}T00:00:00+09:00`),
      link: `/providers/${view.id}/`,
    })),
  });
}
