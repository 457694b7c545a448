// Name comparison for spotting the same provider written twice (ＩＩＪ vs IIJ, "Trend Micro" vs "trendmicro").

/** NFKC (full-width → ASCII), case fold, and no whitespace at all: two names collide when these are equal. */
export function normaliseProviderName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** The names a provider file is known by: `name` and, when present, `nameEn`. */
export function namesOf(provider: { name?: unknown; nameEn?: unknown }): string[] {
  return [provider.name, provider.nameEn].filter((value): value is string => typeof value === 'string');
}
