// Japanese ordering for the whole site: one module, so every list sorts the same way.
const collator = new Intl.Collator('ja', { sensitivity: 'base', numeric: true });

/** Plain Japanese collation, for tags, country names and glossary readings. */
export const compareJapanese = new Intl.Collator('ja').compare;

/** 五十音 order of providers: by the hiragana reading where there is one. */
export function readingOf(item: { name: string; kana?: string | undefined }): string {
  return item.kana ?? item.name;
}

export function compareReading(
  a: { name: string; kana?: string | undefined },
  b: { name: string; kana?: string | undefined },
): number {
  return collator.compare(readingOf(a), readingOf(b)) || collator.compare(a.name, b.name);
}
