import type { APIContext } from 'astro';
import { getProviderViews } from '~/lib/provider-views';
import { providersCsv } from '~/lib/open-data';

export async function GET(context: APIContext) {
  const { views } = await getProviderViews();
  return new Response(providersCsv(views, context.site!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
