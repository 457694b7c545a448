// Search page state in the URL (/search/?q=鍵管理&level=2&kind=provider) and the Pagefind filters it means.
// URL values are short ASCII ids; Pagefind filter values are the Japanese labels the pages carry.
import {
  MATURITY_LABELS,
  MATURITY_LEVELS,
  NO_MATURITY,
  NO_MATURITY_LABEL,
  STAR_LEVELS,
} from '../schemas/vocabulary.ts';
import { KIND_ARTICLE, KIND_PROVIDER, SEARCH_FILTERS, levelFilterValue } from './search-filters.ts';

export const SEARCH_FACETS = ['kind', 'level', 'maturity'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export interface FacetOption {
  /** Value in the URL. */
  id: string;
  /** Value in the Pagefind index, also shown as the checkbox label. */
  label: string;
}

/** The options of each facet, in display order; the same list renders the checkboxes. */
export const SEARCH_FACET_OPTIONS: Record<SearchFacet, { filter: string; options: FacetOption[] }> = {
  kind: {
    filter: SEARCH_FILTERS.kind,
    options: [
      { id: 'article', label: KIND_ARTICLE },
      { id: 'provider', label: KIND_PROVIDER },
    ],
  },
  level: {
    filter: SEARCH_FILTERS.level,
    options: STAR_LEVELS.map((level) => ({ id: String(level), label: levelFilterValue(level) })),
  },
  maturity: {
    filter: SEARCH_FILTERS.maturity,
    options: [
      ...MATURITY_LEVELS.map((maturity) => ({ id: maturity, label: MATURITY_LABELS[maturity].ja })),
      { id: NO_MATURITY, label: NO_MATURITY_LABEL.ja },
    ],
  },
};

export interface SearchState {
  q: string;
  filters: Record<SearchFacet, string[]>;
}

/** Reads `?q=…&level=2&level=3` or `level=2,3`; unknown values are dropped, order follows the option list. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = {} as Record<SearchFacet, string[]>;
  for (const facet of SEARCH_FACETS) {
    const given = new Set(params.getAll(facet).flatMap((raw) => raw.split(',')));
    filters[facet] = SEARCH_FACET_OPTIONS[facet].options.map((option) => option.id).filter((id) => given.has(id));
  }
  return { q: params.get('q') ?? '', filters };
}

/** The same state always gives the same URL, so links and bookmarks compare equal. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const facet of SEARCH_FACETS) {
    if (state.filters[facet].length > 0) params.set(facet, state.filters[facet].join(','));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return SEARCH_FACETS.some((facet) => state.filters[facet].length > 0);
}

/** Pagefind filters: AND across facets, OR within one (`any`; a plain array would mean AND). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of SEARCH_FACETS) {
    const { filter, options } = SEARCH_FACET_OPTIONS[facet];
    const labels = options.filter((option) => state.filters[facet].includes(option.id)).map((option) => option.label);
    if (labels.length > 0) filters[filter] = { any: labels };
  }
  return filters;
}
