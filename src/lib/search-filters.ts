// Pagefind filter and sort values for an indexed page, built from the data so search and directory agree.
import { ASSESSMENT_TYPES, MATURITY_LABELS, NO_MATURITY_LABEL, type StarLevel } from '../schemas/vocabulary.ts';
import type { ProviderView } from './directory.ts';

export const SEARCH_FILTERS = {
  kind: '種別',
  level: 'STARレベル',
  maturity: '成熟度',
  type: '評価の種類',
} as const;

export const KIND_ARTICLE = '記事';
export const KIND_PROVIDER = 'プロバイダー';

/** The STARレベル value a provider page is indexed under; the search page queries with the same value. */
export function levelFilterValue(level: StarLevel): string {
  return `レベル${level}`;
}

export interface PagefindFilter {
  name: string;
  value: string;
}

/** One entry per distinct value, in a stable order; a provider with several levels is found under each. */
export function providerSearchFilters(view: ProviderView): PagefindFilter[] {
  const levels = [...new Set(view.listings.map((listing) => listing.level))].sort();
  const maturities = [
    ...new Set(
      view.listings.map((listing) => (listing.maturity ? MATURITY_LABELS[listing.maturity].ja : NO_MATURITY_LABEL.ja)),
    ),
  ].sort();
  const types = [...new Set(view.listings.map((listing) => ASSESSMENT_TYPES[listing.type].ja))].sort();
  return [
    { name: SEARCH_FILTERS.kind, value: KIND_PROVIDER },
    ...levels.map((level) => ({ name: SEARCH_FILTERS.level, value: levelFilterValue(level) })),
    ...maturities.map((value) => ({ name: SEARCH_FILTERS.maturity, value })),
    ...types.map((value) => ({ name: SEARCH_FILTERS.type, value })),
  ];
}

/** The date Pagefind sorts by: the newest listing date, else the day the sources were checked. */
export function providerSortDate(view: ProviderView): string {
  const date = view.newestDate ?? view.newestChecked;
  return date.length === 7 ? `${date}-01` : date;
}
