// Closed vocabularies of the directory, declared once with their labels.
// The same lists feed the zod enums, the filter UI, the Pagefind filters and CONTRIBUTING's field table.

export const STAR_LEVELS = [1, 2, 3] as const;
export type StarLevel = (typeof STAR_LEVELS)[number];

export const STAR_LEVEL_LABELS: Record<StarLevel, { ja: string; en: string }> = {
  1: { ja: 'レベル1（自己評価）', en: 'Level 1 (self-assessment)' },
  2: { ja: 'レベル2（第三者評価）', en: 'Level 2 (third-party audit)' },
  3: { ja: 'レベル3（継続的監査）', en: 'Level 3 (continuous)' },
};

/** Each assessment type fixes its STAR level; the level is never written in a data file. */
export const ASSESSMENT_TYPES = {
  'self-assessment': { level: 1, ja: 'STARセルフアセスメント', en: 'STAR Self-Assessment' },
  'continuous-self-assessment': {
    level: 1,
    ja: 'STAR継続的セルフアセスメント',
    en: 'STAR Continuous Self-Assessment',
  },
  'gdpr-coc-self-assessment': {
    level: 1,
    ja: 'GDPR行動規範セルフアセスメント',
    en: 'GDPR CoC Self-Assessment',
  },
  certification: { level: 2, ja: 'STAR認証（Certification）', en: 'STAR Certification' },
  attestation: { level: 2, ja: 'STAR証明（Attestation）', en: 'STAR Attestation' },
  'c-star': { level: 2, ja: 'C-STAR認証', en: 'C-STAR Certification' },
  'gdpr-coc-certification': {
    level: 2,
    ja: 'GDPR行動規範認証',
    en: 'GDPR CoC Certification',
  },
  continuous: { level: 3, ja: 'STAR継続的監査（Continuous）', en: 'STAR Continuous' },
} as const satisfies Record<string, { level: StarLevel; ja: string; en: string }>;
export type AssessmentType = keyof typeof ASSESSMENT_TYPES;
export const ASSESSMENT_TYPE_IDS = Object.keys(ASSESSMENT_TYPES) as [AssessmentType, ...AssessmentType[]];

/** The only type that carries a maturity grade (Bronze/Silver/Gold). */
export const MATURITY_TYPE: AssessmentType = 'certification';

export const MATURITY_LEVELS = ['gold', 'silver', 'bronze'] as const;
export type Maturity = (typeof MATURITY_LEVELS)[number];
export const MATURITY_LABELS: Record<Maturity, { ja: string; en: string }> = {
  gold: { ja: 'ゴールド', en: 'Gold' },
  silver: { ja: 'シルバー', en: 'Silver' },
  bronze: { ja: 'ブロンズ', en: 'Bronze' },
};
/** Filter value for listings with no maturity grade. */
export const NO_MATURITY = 'none' as const;
export const NO_MATURITY_LABEL = { ja: 'なし', en: 'None' };

export const SERVICE_MODELS = ['IaaS', 'PaaS', 'SaaS'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

export const SOURCE_KINDS = {
  provider: { ja: '事業者自身の公開情報（自己申告）', en: 'provider' },
  csa: { ja: 'CSAの公開情報', en: 'CSA' },
  'third-party': { ja: '第三者の公開情報', en: 'third party' },
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_IDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** Status of a listing as of the data's newest `checked` date (see src/lib/status.ts). */
export const LISTING_STATUSES = {
  current: { ja: '有効期間内', en: 'Current' },
  deprecated: { ja: '更新期限切れ (Deprecated)', en: 'Deprecated' },
  'possibly-expired': { ja: '期限切れの可能性', en: 'Possibly expired' },
  'date-unknown': { ja: '日付不明', en: 'Date unknown' },
  'no-rule': { ja: '有効期間の公表なし', en: 'No published validity' },
} as const;
export type ListingStatus = keyof typeof LISTING_STATUSES;
export const LISTING_STATUS_IDS = Object.keys(LISTING_STATUSES) as ListingStatus[];

/** Site-wide filter: was a Japanese report or Japanese material found? */
export const JAPANESE_FLAGS = {
  'ja-report': { ja: '日本語の評価レポートあり', en: 'Japanese report' },
  'ja-material': { ja: '日本語の関連資料あり', en: 'Japanese material' },
} as const;
export type JapaneseFlag = keyof typeof JAPANESE_FLAGS;
