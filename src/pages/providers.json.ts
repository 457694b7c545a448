import type { APIContext } from 'astro';
import { getProviderViews } from '~/lib/provider-views';
import { providersJson } from '~/lib/open-data';

export async function GET(context: APIContext) {
  const { views, asOf } = await getProviderViews();
  return new Response(JSON.stringify(providersJson(views, asOf, context.site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
