// Status of one listing as of a fixed date, from the validity rules CSA publishes (see shared STAR-FACTS).
import { ASSESSMENT_TYPES, type AssessmentType, type ListingStatus, type StarLevel } from '../schemas/vocabulary.ts';

export function levelOf(type: AssessmentType): StarLevel {
  return ASSESSMENT_TYPES[type].level;
}

/** Years a listing of this type stays valid, where CSA states it. */
const VALIDITY_YEARS: Partial<Record<AssessmentType, { years: number; afterwards: ListingStatus }>> = {
  'self-assessment': { years: 1, afterwards: 'deprecated' },
  'continuous-self-assessment': { years: 1, afterwards: 'deprecated' },
  'gdpr-coc-self-assessment': { years: 1, afterwards: 'deprecated' },
  certification: { years: 3, afterwards: 'possibly-expired' },
  attestation: { years: 1, afterwards: 'possibly-expired' },
};

/** The last day a partial date can stand for: a month-only date is read generously, as its last day. */
export function latestDayOf(date: string): string {
  if (date.length === 10) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(lastDay).padStart(2, '0')}`;
}

function addYears(day: string, years: number): string {
  const [year, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  // 29 February plus whole years falls back to 28 February, which keeps the comparison conservative.
  const shifted = `${year + years}${rest}`;
  return rest === '-02-29' ? `${year + years}-02-28` : shifted;
}

export function listingStatus(type: AssessmentType, date: string | undefined, asOf: string): ListingStatus {
  if (date === undefined) return 'date-unknown';
  const rule = VALIDITY_YEARS[type];
  if (!rule) return 'no-rule';
  return asOf > addYears(latestDayOf(date), rule.years) ? rule.afterwards : 'current';
}

/** The "as of" date of the whole directory: the newest `checked` date, so builds are reproducible. */
export function asOfDate(providers: readonly { sources: readonly { checked: string }[] }[]): string {
  const days = providers.flatMap((provider) => provider.sources.map((source) => source.checked)).sort();
  const newest = days.at(-1);
  if (newest === undefined)
    throw new Error('プロバイダーのデータがありません（sources.checked から基準日を決められません）');
  return newest;
}
