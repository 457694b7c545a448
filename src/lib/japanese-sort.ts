// 五十音 order: by the hiragana reading where there is one, with Intl.Collator('ja').
const collator = new Intl.Collator('ja', { sensitivity: 'base', numeric: true });

export function readingOf(item: { name: string; kana?: string | undefined }): string {
  return item.kana ?? item.name;
}

export function compareReading(
  a: { name: string; kana?: string | undefined },
  b: { name: string; kana?: string | undefined },
): number {
  return collator.compare(readingOf(a), readingOf(b)) || collator.compare(a.name, b.name);
}

export function sortByReading<T extends { name: string; kana?: string | undefined }>(items: readonly T[]): T[] {
  return [...items].sort(compareReading);
}
