// Directory filter state: parsed from and written to the URL, and applied to providers' facets.
// Pure and DOM-free: the page script and the unit tests use the same functions.
import type { ListingFacets, ProviderFacets } from './directory.ts';

export const FACETS = ['level', 'maturity', 'type', 'status', 'japanese', 'country'] as const;
export type Facet = (typeof FACETS)[number];
export type FilterState = Record<Facet, Set<string>>;
export type SortOrder = 'reading' | 'newest';

export interface DirectoryState {
  filters: FilterState;
  sort: SortOrder;
}

export function emptyFilters(): FilterState {
  return Object.fromEntries(FACETS.map((facet) => [facet, new Set<string>()])) as FilterState;
}

/** Reads `?level=2&level=3&maturity=gold` (or comma lists `level=2,3`); values outside `allowed` are ignored. */
export function parseState(params: URLSearchParams, allowed: Record<Facet, readonly string[]>): DirectoryState {
  const filters = emptyFilters();
  for (const facet of FACETS) {
    for (const raw of params.getAll(facet)) {
      for (const value of raw.split(',')) {
        if (allowed[facet].includes(value)) filters[facet].add(value);
      }
    }
  }
  return { filters, sort: params.get('sort') === 'newest' ? 'newest' : 'reading' };
}

/** Writes the state in a stable order, so the same view always has the same URL. */
export function serializeState(state: DirectoryState, allowed: Record<Facet, readonly string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const values = allowed[facet].filter((value) => state.filters[facet].has(value));
    if (values.length > 0) params.set(facet, values.join(','));
  }
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params;
}

function listingMatches(listing: ListingFacets, filters: FilterState): boolean {
  const { level, maturity, type, status, japanese } = filters;
  return (
    (level.size === 0 || level.has(String(listing.level))) &&
    (maturity.size === 0 || maturity.has(listing.maturity)) &&
    (type.size === 0 || type.has(listing.type)) &&
    (status.size === 0 || status.has(listing.status)) &&
    (!japanese.has('ja-report') || listing.jaReport)
  );
}

/**
 * AND across facets, OR within one. Listing facets must hold on one and the same listing, so
 * "level 2 + gold" finds a gold certification, not a provider with some level-2 listing and some other gold one.
 */
export function matches(provider: ProviderFacets, filters: FilterState): boolean {
  if (filters.country.size > 0 && !filters.country.has(provider.country)) return false;
  if (filters.japanese.has('ja-material') && !provider.jaMaterial) return false;
  return provider.listings.some((listing) => listingMatches(listing, filters));
}

/** How many providers each option would show, with the other facets as they are (the option replacing its facet). */
export function optionCounts(
  providers: readonly ProviderFacets[],
  filters: FilterState,
  allowed: Record<Facet, readonly string[]>,
): Record<Facet, Map<string, number>> {
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    counts[facet] = new Map();
    for (const value of allowed[facet]) {
      const trial = { ...filters, [facet]: new Set([value]) };
      // 'japanese' is a pair of independent flags: keep the other flag as chosen.
      if (facet === 'japanese') trial.japanese = new Set([...filters.japanese, value]);
      counts[facet].set(value, providers.filter((provider) => matches(provider, trial)).length);
    }
  }
  return counts;
}

export function isEmpty(filters: FilterState): boolean {
  return FACETS.every((facet) => filters[facet].size === 0);
}
