// Field types shared by the article and provider schemas, with Japanese messages that say what is allowed.
import { z } from 'astro/zod';

/** True only for an absolute https: URL with a host, written without surrounding spaces. */
export function isHttpsUrl(value: string): boolean {
  if (value !== value.trim()) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** `z.string().url()` accepts `javascript:` and `http:`; this accepts only https. */
export const httpsUrl = z
  .string({ error: 'URLを文字列で書いてください（例: https://example.com/）' })
  .refine(isHttpsUrl, {
    message: 'https:// で始まる完全なURLだけが使えます（http:・javascript:・data: などは不可）',
  });

export const nonEmptyText = z
  .string({ error: '文字列で書いてください' })
  .trim()
  .min(1, { message: '空にはできません' });

const PARTIAL_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** True for a real calendar date written as YYYY-MM-DD, or a month written as YYYY-MM. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = new Date(Date.UTC(Number(year), m - 1, Number(day)));
  return d.getUTCMonth() === m - 1 && d.getUTCDate() === Number(day);
}

/**
 * A date as written in a data file: YYYY-MM-DD, or YYYY-MM where only the month is known.
 * YAML parsers turn an unquoted 2024-05-01 into a Date; it is turned back into the same text.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: '日付は YYYY-MM-DD（または月までの YYYY-MM）で書いてください' }).refine(isPartialDate, {
    message: '日付は実在する YYYY-MM-DD（または月までの YYYY-MM）で書いてください（例: 2024-05-01）',
  }),
);

/** A full day: YYYY-MM-DD only. */
export const fullDate = partialDate.refine((value) => value.length === 10, {
  message: '日付は日まで含めて YYYY-MM-DD で書いてください（例: 2026-12-03）',
});

/** Builds an enum whose error lists the allowed values. */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: () => `使える値は ${values.join(' | ')} のいずれかです` });
}
