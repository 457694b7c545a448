// Frontmatter of content/articles/<slug>.mdx.
import { z } from 'astro/zod';
import { httpsUrl, nonEmptyText, partialDate } from './fields.ts';
import { nonEmptyList, strictObject } from './strict.ts';

export const articleSourceSchema = strictObject({
  title: nonEmptyText.describe('出典の題名'),
  url: httpsUrl.describe('出典のURL（https）'),
  publisher: nonEmptyText.optional().describe('発行者'),
  date: partialDate.optional().describe('出典の発行日（YYYY-MM-DD または YYYY-MM）'),
});

export const articleSchema = strictObject({
  title: nonEmptyText.describe('記事の題名'),
  description: nonEmptyText.describe('一覧・検索・OGPに出る要約（120字程度）'),
  published: z.coerce.date({ error: 'published は日付（YYYY-MM-DD）で書いてください' }).describe('公開日'),
  updated: z.coerce.date({ error: 'updated は日付（YYYY-MM-DD）で書いてください' }).optional().describe('更新日'),
  tags: nonEmptyList(nonEmptyText, 'タグ（tags）').describe('タグ。1つ以上'),
  series: strictObject({
    name: nonEmptyText.describe('シリーズ名'),
    part: z
      .number({ error: 'series.part は 1, 2 … の番号で書いてください' })
      .int()
      .min(1)
      .describe('シリーズ内の順番（1=前編）'),
  })
    .optional()
    .describe('前編・後編などのシリーズ'),
  sources: nonEmptyList(articleSourceSchema, '出典（sources）').describe('記事が依拠した資料。末尾に出典として表示'),
  originalAuthor: strictObject({
    name: nonEmptyText.describe('原典の著者・WG'),
    title: nonEmptyText.describe('原典の題名'),
    url: httpsUrl.optional().describe('原典のURL'),
    date: partialDate.optional().describe('原典の日付'),
    note: nonEmptyText.optional().describe('日付が推定であることなどの補足'),
  })
    .optional()
    .describe('参考にした原典（記事の著者ではありません）'),
});

export type ArticleData = z.output<typeof articleSchema>;
