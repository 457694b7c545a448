// Loads the providers collection as directory views (Astro pages only), in 五十音 order.
import { getCollection } from 'astro:content';
import { asOfDate } from './status.ts';
import { byReading, toProviderView, type ProviderView } from './directory.ts';

export async function getProviderViews(): Promise<{ views: ProviderView[]; asOf: string }> {
  const entries = await getCollection('providers');
  const asOf = asOfDate(entries.map((entry) => entry.data));
  const views = entries.map((entry) => toProviderView(entry.id, entry.data, asOf)).sort(byReading);
  return { views, asOf };
}
