// Japanese query handling for the site search: what to ask Pagefind, and how to merge what it answers.
// Pure and DOM-free, so the page script and the unit tests share it. The index side is fixed at build
// time, so every spelling difference is bridged here by asking for query variants.

/** ASCII whitespace and the ideographic space U+3000 (NFKC also maps U+3000 to U+0020). */
const SPACES = /[\s\u3000]+/gu;
const KATAKANA_RUN = /[\u30A1-\u30FA\u30FC]+/gu;
const LONG_VOWEL = '\u30FC';
/** Endings that Japanese never lengthens with ー (ン, ッ and u-row consonant endings like ト, ス, ク). */
const NEVER_LENGTHENED = new Set([...'ンットドスズクグプブフムルツ']);

/**
 * The query as Pagefind should see it: NFKC (full-width Latin and digits to half-width, half-width katakana
 * to full-width), trimmed of ASCII and ideographic spaces, inner whitespace collapsed, case folded.
 * Only for searching: the box keeps what the reader typed.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(SPACES, ' ').trim().toLowerCase();
}

/** Katakana words written with and without a final ー (サーバー/サーバ, セキュリティー/セキュリティ). */
export function longVowelVariants(query: string): string[] {
  const shortened = query.replace(KATAKANA_RUN, (run) =>
    run.length > 2 && run.endsWith(LONG_VOWEL) ? run.slice(0, -1) : run,
  );
  const lengthened = query.replace(KATAKANA_RUN, (run) =>
    run.length > 2 && !run.endsWith(LONG_VOWEL) && !NEVER_LENGTHENED.has(run.at(-1)!) ? `${run}${LONG_VOWEL}` : run,
  );
  return unique([query, shortened, lengthened]);
}

type Script = 'kanji' | 'hiragana' | 'katakana' | 'latin' | 'other';

function scriptOf(char: string): Script {
  if (/[\p{Script=Han}々〆]/u.test(char)) return 'kanji';
  if (/\p{Script=Hiragana}/u.test(char)) return 'hiragana';
  if (/[\p{Script=Katakana}ー]/u.test(char)) return 'katakana';
  if (/[a-z0-9]/u.test(char)) return 'latin';
  return 'other';
}

/**
 * Splits at changes of script (kanji / kana / Latin), a small stand-in for a morphological analyser:
 * 日本語caiqレポート → 日本語 caiq レポート. Hiragana runs (mostly particles) and symbols are dropped.
 */
export function scriptParts(query: string): string[] {
  const parts: string[] = [];
  let current = '';
  let currentScript: Script | undefined;
  for (const char of query.replace(SPACES, '')) {
    const script = scriptOf(char);
    if (script !== currentScript && current) {
      parts.push(current);
      current = '';
    }
    currentScript = script;
    current += char;
  }
  if (current) parts.push(current);
  return parts.filter((part) => {
    const script = scriptOf(part[0]!);
    return script !== 'hiragana' && script !== 'other';
  });
}

export interface QueryPlan {
  /** Asked together; their results are merged by score. */
  primary: string[];
  /** Asked one after another, only while the results are fewer than wanted. */
  fallbacks: string[];
  /** Asked one by one as a last resort, results merged (OR): each part of the query on its own. */
  parts: string[];
}

/**
 * What to ask Pagefind for one typed query. Pagefind segments the query with Intl.Segmenter but the index
 * with its own segmenter, so a compound can be split differently on each side; the fallbacks re-split it.
 * Queries are never quoted: Pagefind's phrase search is unreliable for Japanese.
 */
export function planQuery(raw: string): QueryPlan {
  const query = normalizeQuery(raw);
  if (!query) return { primary: [], fallbacks: [], parts: [] };
  const primary = longVowelVariants(query);
  const parts = scriptParts(query);
  const fallbacks = unique([query.replace(/ /g, ''), parts.join(' ')]).filter(
    (candidate) => candidate && !primary.includes(candidate),
  );
  const singleParts = parts.length > 1 ? parts.filter((part) => [...part].length > 1) : [];
  return {
    primary,
    fallbacks,
    parts: singleParts.filter((part) => !primary.includes(part) && !fallbacks.includes(part)),
  };
}

export interface Scored {
  id: string;
  score: number;
}

/** Merges result lists: each page once, at its best score; earlier lists outrank later ones (fallbacks rank last). */
export function mergeRanked<T extends Scored>(tiers: T[][][]): T[] {
  const merged: T[] = [];
  const seen = new Set<string>();
  for (const lists of tiers) {
    const best = new Map<string, T>();
    for (const result of lists.flat()) {
      if (seen.has(result.id)) continue;
      const known = best.get(result.id);
      if (!known || result.score > known.score) best.set(result.id, result);
    }
    const tier = [...best.values()].sort((a, b) => b.score - a.score);
    for (const result of tier) seen.add(result.id);
    merged.push(...tier);
  }
  return merged;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
