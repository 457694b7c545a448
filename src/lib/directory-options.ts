// The options each directory filter offers, with Japanese labels, derived from the vocabularies and the data.
import {
  ASSESSMENT_TYPE_IDS,
  ASSESSMENT_TYPES,
  JAPANESE_FLAGS,
  LISTING_STATUS_IDS,
  LISTING_STATUSES,
  MATURITY_LABELS,
  MATURITY_LEVELS,
  NO_MATURITY,
  NO_MATURITY_LABEL,
  STAR_LEVEL_LABELS,
  STAR_LEVELS,
} from '../schemas/vocabulary.ts';
import { UNKNOWN_COUNTRY, type ProviderView } from './directory.ts';
import { compareJapanese } from './japanese-sort.ts';
import type { Facet } from './directory-filter.ts';

export interface FacetOption {
  value: string;
  label: string;
}

export const FACET_LEGENDS: Record<Facet, string> = {
  level: 'STARレベル',
  maturity: '成熟度（STAR認証）',
  type: '評価の種類',
  status: '状態',
  japanese: '日本語の情報',
  country: '国・地域',
};

const regionNamesJa = new Intl.DisplayNames(['ja'], { type: 'region' });

export function countryLabel(code: string): string {
  return code === UNKNOWN_COUNTRY ? '不明' : (regionNamesJa.of(code) ?? code);
}

export function facetOptions(views: readonly ProviderView[]): Record<Facet, FacetOption[]> {
  const countries = [...new Set(views.map((view) => view.facets.country))]
    .filter((code) => code !== UNKNOWN_COUNTRY)
    .sort((a, b) => compareJapanese(countryLabel(a), countryLabel(b)));
  const hasUnknownCountry = views.some((view) => view.facets.country === UNKNOWN_COUNTRY);
  return {
    level: STAR_LEVELS.map((level) => ({ value: String(level), label: STAR_LEVEL_LABELS[level].ja })),
    maturity: [
      ...MATURITY_LEVELS.map((maturity) => ({ value: maturity, label: MATURITY_LABELS[maturity].ja })),
      { value: NO_MATURITY, label: NO_MATURITY_LABEL.ja },
    ],
    type: ASSESSMENT_TYPE_IDS.map((type) => ({ value: type, label: ASSESSMENT_TYPES[type].ja })),
    status: LISTING_STATUS_IDS.map((status) => ({ value: status, label: LISTING_STATUSES[status].ja })),
    japanese: Object.entries(JAPANESE_FLAGS).map(([value, label]) => ({ value, label: label.ja })),
    country: [
      ...countries.map((code) => ({ value: code, label: countryLabel(code) })),
      ...(hasUnknownCountry ? [{ value: UNKNOWN_COUNTRY, label: countryLabel(UNKNOWN_COUNTRY) }] : []),
    ],
  };
}

export function allowedValues(options: Record<Facet, FacetOption[]>): Record<Facet, string[]> {
  return Object.fromEntries(
    Object.entries(options).map(([facet, list]) => [facet, list.map((option) => option.value)]),
  ) as Record<Facet, string[]>;
}
