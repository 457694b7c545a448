// The directory as open data: JSON (validated data plus derived level and status) and one CSV row per listing.
import { ASSESSMENT_TYPES, LISTING_STATUSES, MATURITY_LABELS } from '../schemas/vocabulary.ts';
import type { ProviderView } from './directory.ts';
import { toCsv } from './csv.ts';

export function providersJson(views: readonly ProviderView[], asOf: string, site: URL) {
  return {
    asOf,
    license: 'CC0-1.0',
    providers: views.map((view) => {
      // view.listings follows services × assessments in file order, so a running index pairs them.
      let listingIndex = 0;
      return {
        id: view.id,
        url: new URL(`/providers/${view.id}/`, site).href,
        ...view.data,
        services: view.data.services.map((service) => ({
          ...service,
          assessments: service.assessments.map((assessment) => {
            const { level, status } = view.listings[listingIndex++]!;
            return { ...assessment, level, status };
          }),
        })),
      };
    }),
  };
}

export const CSV_HEADER = [
  'id',
  '名称',
  '英語名',
  'よみ',
  '国',
  'サービス',
  'STARレベル',
  '評価の種類',
  '評価の種類（ID）',
  '成熟度',
  'バージョン',
  '日付',
  'レポートの言語',
  '状態',
  'Registry URL',
  'レポートURL',
  'ページ',
] as const;

export function providersCsv(views: readonly ProviderView[], site: URL): string {
  const rows = views.flatMap((view) =>
    view.listings.map((listing) => [
      view.id,
      view.data.name,
      view.data.nameEn,
      view.data.kana,
      view.data.country,
      listing.serviceName,
      listing.level,
      ASSESSMENT_TYPES[listing.type].ja,
      listing.type,
      listing.maturity ? MATURITY_LABELS[listing.maturity].ja : undefined,
      listing.version,
      listing.date,
      listing.language,
      LISTING_STATUSES[listing.status].ja,
      view.data.registryUrl,
      listing.reportUrl,
      new URL(`/providers/${view.id}/`, site).href,
    ]),
  );
  return toCsv(CSV_HEADER, rows);
}
