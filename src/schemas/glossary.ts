// content/glossary.yaml: the terms our articles use, defined in our own words.
import { z } from 'astro/zod';
import { nonEmptyText } from './fields.ts';
import { strictObject } from './strict.ts';

export const GLOSSARY_CATEGORIES = [
  '暗号・鍵管理',
  '規格・制度・フレームワーク',
  'クラウド利用・可視化',
  'ゼロトラスト・運用',
  '医療・ヘルスケア',
  '脅威・攻撃',
  '組織',
] as const;

export const glossaryEntrySchema = strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'id は英小文字・数字・ハイフンの kebab-case で書いてください' })
    .describe('アンカー（/glossary/#id）'),
  term: nonEmptyText.describe('見出し語'),
  reading: nonEmptyText.optional().describe('よみ（ひらがな）'),
  en: nonEmptyText.optional().describe('英語の正式名称'),
  category: z.enum(GLOSSARY_CATEGORIES, { error: `category は ${GLOSSARY_CATEGORIES.join(' | ')} のいずれかです` }),
  match: z.array(nonEmptyText).min(1).describe('記事本文でこの語へリンクする表記（最初の1回だけリンク）'),
  definition: nonEmptyText.describe('定義（自分の言葉で1〜3文）'),
});

export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id「${entry.id}」が重複しています` });
    seen.add(entry.id);
  });
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
