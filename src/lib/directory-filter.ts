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
  return filtersFrom({});
}

/** Filter state from plain lists, such as the filter a pre-rendered view (/providers/level/2/) starts from. */
export function filtersFrom(values: Partial<Record<Facet, readonly string[]>>): FilterState {
  return Object.fromEntries(FACETS.map((facet) => [facet, new Set(values[facet] ?? [])])) as FilterState;
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
  // A plain loop: this runs for every card on every change.
  for (const listing of provider.listings) if (listingMatches(listing, filters)) return true;
  return false;
}

type ListingFacet = 'level' | 'maturity' | 'type' | 'status';
const LISTING_FACETS: readonly ListingFacet[] = ['level', 'maturity', 'type', 'status'];

/**
 * How many providers each option would show with the other facets as they are (the option replacing its own
 * facet; for the two 'japanese' flags, the option added to the chosen ones). One pass over the providers with no
 * allocation per listing, so the counts stay within a frame at thousands of cards; a unit test pins the result to
 * the brute-force definition via `matches`.
 */
export function optionCounts(
  providers: readonly ProviderFacets[],
  filters: FilterState,
  allowed: Record<Facet, readonly string[]>,
): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map(allowed[facet].map((value) => [value, 0]))]),
  ) as Record<Facet, Map<string, number>>;
  const increment = (facet: Facet, value: string) => {
    const count = counts[facet].get(value);
    if (count !== undefined) counts[facet].set(value, count + 1);
  };
  const { level, maturity, type, status, country, japanese } = filters;
  const wantsReport = japanese.has('ja-report');
  const wantsMaterial = japanese.has('ja-material');
  // Values a provider could show under each listing facet; reused (cleared) for every provider.
  const reachable: Record<ListingFacet, Set<string>> = {
    level: new Set(),
    maturity: new Set(),
    type: new Set(),
    status: new Set(),
  };

  for (const provider of providers) {
    const countryOk = country.size === 0 || country.has(provider.country);
    const materialOk = !wantsMaterial || provider.jaMaterial;
    for (const facet of LISTING_FACETS) reachable[facet].clear();
    let anyListing = false;
    let anyReportListing = false;
    for (const listing of provider.listings) {
      const levelValue = String(listing.level);
      const levelOk = level.size === 0 || level.has(levelValue);
      const maturityOk = maturity.size === 0 || maturity.has(listing.maturity);
      const typeOk = type.size === 0 || type.has(listing.type);
      const statusOk = status.size === 0 || status.has(listing.status);
      if (wantsReport && !listing.jaReport) continue;
      // A listing counts for an option of one facet when it satisfies all the other facets.
      if (maturityOk && typeOk && statusOk) reachable.level.add(levelValue);
      if (levelOk && typeOk && statusOk) reachable.maturity.add(listing.maturity);
      if (levelOk && maturityOk && statusOk) reachable.type.add(listing.type);
      if (levelOk && maturityOk && typeOk) reachable.status.add(listing.status);
      if (levelOk && maturityOk && typeOk && statusOk) {
        anyListing = true;
        if (listing.jaReport) anyReportListing = true;
      }
    }
    if (countryOk && materialOk) {
      for (const facet of LISTING_FACETS) for (const value of reachable[facet]) increment(facet, value);
      if (anyReportListing) increment('japanese', 'ja-report');
    }
    if (materialOk && anyListing) increment('country', provider.country);
    if (countryOk && provider.jaMaterial && anyListing) increment('japanese', 'ja-material');
  }
  return counts;
}
