// The data contract of one provider file: content/providers/<id>.yaml.
// Every field is described so that the schema documents itself (JSON Schema, CONTRIBUTING's field table).
import { z } from 'astro/zod';
import { ASSESSMENT_TYPE_IDS, MATURITY_LEVELS, MATURITY_TYPE, SERVICE_MODELS, SOURCE_KIND_IDS } from './vocabulary.ts';
import { enumOf, fullDate, httpsUrl, nonEmptyText, partialDate } from './fields.ts';
import { nonEmptyList, strictObject } from './strict.ts';

/** ASCII kebab-case: the file name, the id and the URL slug. */
export const PROVIDER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const KANA = /^[\u3041-\u3096\u30fc\u30fb\u3000 0-9a-z]+$/;
const ASCII_ONLY = /^[\x20-\x7e]+$/;

export function isCsaUrl(value: string): boolean {
  try {
    const host = new URL(value).hostname;
    return host === 'cloudsecurityalliance.org' || host.endsWith('.cloudsecurityalliance.org');
  } catch {
    return false;
  }
}

export const assessmentSchema = strictObject({
  type: enumOf(ASSESSMENT_TYPE_IDS).describe(
    'STARの評価の種類。レベルは種類から決まるので書きません（self-assessment 等 → 1、certification・attestation・c-star・gdpr-coc-certification → 2、continuous → 3）',
  ),
  maturity: enumOf(MATURITY_LEVELS)
    .optional()
    .describe('STAR認証の成熟度（gold | silver | bronze）。type が certification のときだけ書けます'),
  version: nonEmptyText.optional().describe('CAIQ/CCMのバージョン（例: CAIQ v4.0.2）。自由記述'),
  date: partialDate
    .optional()
    .describe('登録日・認証日（YYYY-MM-DD、月までなら YYYY-MM）。sources の checked より後の日付は不可'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { message: '言語は ja・en・zh などの言語コードで書いてください' })
    .optional()
    .describe('公開されている評価レポートの言語（ja, en, zh …）。不明なら書きません'),
  reportUrl: httpsUrl.optional().describe('評価レポート（CAIQ・証明書など）のURL'),
});

export const serviceSchema = strictObject({
  name: nonEmptyText.describe('サービス名。会社単位の掲載なら掲載名'),
  models: z
    .array(enumOf(SERVICE_MODELS), { error: `models はリストで書いてください（例: [SaaS]）` })
    .min(1, { message: 'models を書くなら1つ以上にしてください（不明なら項目ごと省略）' })
    .optional()
    .describe('サービス形態（IaaS | PaaS | SaaS）。不明なら省略'),
  assessments: nonEmptyList(assessmentSchema, '評価（assessments）').describe('このサービスのSTAR評価。1件以上'),
});

export const sourceSchema = strictObject({
  url: httpsUrl.optional().describe('事実を述べている公開ページのURL（https）'),
  ref: nonEmptyText
    .optional()
    .describe('URLを特定できない公開資料の説明。url を書けないときだけ使い、どこで何を読んだかを書きます'),
  kind: enumOf(SOURCE_KIND_IDS).describe(
    '出典の種類: provider（事業者自身＝自己申告）| csa（CSAの公開情報）| third-party（第三者）',
  ),
  note: nonEmptyText.describe('その出典に何が書かれているか（自分の言葉で短く）'),
  checked: fullDate.describe('出典を読んで確認した日（YYYY-MM-DD）'),
}).refine((source) => source.url !== undefined || source.ref !== undefined, {
  message: '出典には url（https）を書いてください。URLを特定できない公開資料なら ref に説明を書きます',
  path: ['url'],
});

export const providerSchema = strictObject({
  name: nonEmptyText.describe('表示名。日本企業は日本語の正式名称'),
  nameEn: nonEmptyText.optional().describe('英語名（任意）'),
  kana: z
    .string()
    .regex(KANA, { message: 'よみは ひらがな（長音「ー」・中点「・」・空白・英数字も可）で書いてください' })
    .optional()
    .describe('五十音順に並べるための、ひらがなのよみ。name が英数字だけでないときは必須'),
  country: z
    .string()
    .refine(isIsoCountry, { message: '国は ISO 3166-1 の2文字コード（JP, US, CN …）で書いてください' })
    .optional()
    .describe('本社の国（ISO 3166-1 alpha-2）。出典で確かめられなければ省略'),
  website: httpsUrl.optional().describe('事業者の公式サイト（https）'),
  registryUrl: httpsUrl
    .refine(isCsaUrl, { message: 'registryUrl は cloudsecurityalliance.org 上のURLだけが使えます' })
    .optional()
    .describe('CSA STAR Registry の掲載ページ（cloudsecurityalliance.org）'),
  summary: nonEmptyText.optional().describe('一行の説明（プレーンテキスト）'),
  services: nonEmptyList(serviceSchema, 'サービス（services）').describe('STARに掲載されたサービス。1件以上'),
  sources: nonEmptyList(sourceSchema, '出典（sources）').describe('上の事実を述べている出典。1件以上'),
  japaneseMaterials: z
    .array(httpsUrl)
    .min(1, { message: 'japaneseMaterials を書くなら1件以上にしてください' })
    .optional()
    .describe('この掲載についての日本語の資料（https）'),
}).superRefine((provider, ctx) => {
  if (!ASCII_ONLY.test(provider.name) && provider.kana === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['kana'],
      message: 'name に英数字以外が含まれるので、五十音順のための kana（ひらがなのよみ）が必要です',
    });
  }
  const newestChecked =
    provider.sources
      .map((source) => source.checked)
      .sort()
      .at(-1) ?? '';
  const seenServices = new Set<string>();
  provider.services.forEach((service, serviceIndex) => {
    const key = service.name.normalize('NFKC').toLowerCase();
    if (seenServices.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['services', serviceIndex, 'name'],
        message: `サービス名「${service.name}」が同じファイル内で重複しています`,
      });
    }
    seenServices.add(key);
    service.assessments.forEach((assessment, assessmentIndex) => {
      const path = ['services', serviceIndex, 'assessments', assessmentIndex];
      if (assessment.maturity !== undefined && assessment.type !== MATURITY_TYPE) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'maturity'],
          message: `成熟度（maturity）は type が ${MATURITY_TYPE} のときだけ書けます（この type は ${assessment.type}）`,
        });
      }
      // A partial date sorts before any day of its month, so plain string comparison is safe here.
      if (assessment.date !== undefined && newestChecked !== '' && assessment.date > newestChecked) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'date'],
          message: `日付 ${assessment.date} が出典の確認日（checked: ${newestChecked}）より後です`,
        });
      }
    });
  });
});

export type ProviderData = z.output<typeof providerSchema>;
export type ServiceData = ProviderData['services'][number];
export type AssessmentData = ServiceData['assessments'][number];
export type SourceData = ProviderData['sources'][number];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** An ISO 3166-1 alpha-2 code that the platform's region data knows. */
export function isIsoCountry(code: string): boolean {
  const name = /^[A-Z]{2}$/.test(code) ? regionNames.of(code) : undefined;
  // ICU names reserved codes such as ZZ "Unknown Region" instead of returning nothing.
  return name !== undefined && name !== 'Unknown Region';
}
