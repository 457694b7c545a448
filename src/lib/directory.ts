// The directory's view of a provider file: derived level and status per listing, and the facets filters use.
import type { AssessmentData, ProviderData } from '../schemas/provider.ts';
import {
  NO_MATURITY,
  type AssessmentType,
  type ListingStatus,
  type Maturity,
  type StarLevel,
} from '../schemas/vocabulary.ts';
import { levelOf, listingStatus } from './status.ts';
import { compareReading } from './japanese-sort.ts';

export interface Listing extends AssessmentData {
  serviceName: string;
  level: StarLevel;
  status: ListingStatus;
}

/** What one listing contributes to the filters; a provider matches when one of its listings matches. */
export interface ListingFacets {
  level: StarLevel;
  maturity: Maturity | typeof NO_MATURITY;
  type: AssessmentType;
  status: ListingStatus;
  jaReport: boolean;
}

export interface ProviderFacets {
  country: string;
  jaMaterial: boolean;
  listings: ListingFacets[];
}

export interface ProviderView {
  id: string;
  data: ProviderData;
  listings: Listing[];
  facets: ProviderFacets;
  /** Newest listing date, or undefined when no listing has one. */
  newestDate: string | undefined;
  newestChecked: string;
}

/** Filter value for providers whose country no source states. */
export const UNKNOWN_COUNTRY = 'unknown';

export function toProviderView(id: string, data: ProviderData, asOf: string): ProviderView {
  const listings: Listing[] = data.services.flatMap((service) =>
    service.assessments.map((assessment) => ({
      ...assessment,
      serviceName: service.name,
      level: levelOf(assessment.type),
      status: listingStatus(assessment.type, assessment.date, asOf),
    })),
  );
  const dates = listings.flatMap((listing) => (listing.date ? [listing.date] : [])).sort();
  return {
    id,
    data,
    listings,
    facets: {
      country: data.country ?? UNKNOWN_COUNTRY,
      jaMaterial: (data.japaneseMaterials?.length ?? 0) > 0,
      listings: listings.map((listing) => ({
        level: listing.level,
        maturity: listing.maturity ?? NO_MATURITY,
        type: listing.type,
        status: listing.status,
        jaReport: listing.language === 'ja',
      })),
    },
    newestDate: dates.at(-1),
    newestChecked: data.sources
      .map((source) => source.checked)
      .sort()
      .at(-1)!,
  };
}

export function byReading(a: ProviderView, b: ProviderView): number {
  return compareReading(a.data, b.data);
}

/** Newest listing first; providers without any dated listing last, in 五十音 order. */
export function byNewest(a: ProviderView, b: ProviderView): number {
  if (a.newestDate !== b.newestDate) {
    if (a.newestDate === undefined) return 1;
    if (b.newestDate === undefined) return -1;
    return a.newestDate < b.newestDate ? 1 : -1;
  }
  return byReading(a, b);
}
