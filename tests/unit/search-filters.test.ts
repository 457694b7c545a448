import { describe, expect, test } from 'vitest';
import { providerSchema, type ProviderData } from '../../src/schemas/provider.ts';
import { toProviderView } from '../../src/lib/directory.ts';
import { providerSearchFilters, providerSortDate } from '../../src/lib/search-filters.ts';
import { makeProvider, type ProviderInput } from './factories.ts';

const view = (overrides: Partial<ProviderInput> = {}) =>
  toProviderView('example', providerSchema.parse(makeProvider(overrides)) as ProviderData, '2026-12-03');

describe('providerSearchFilters', () => {
  test('a Level 1 provider: kind, level, no maturity, type', () => {
    expect(providerSearchFilters(view())).toEqual([
      { name: '種別', value: 'プロバイダー' },
      { name: 'STARレベル', value: 'レベル1' },
      { name: '成熟度', value: 'なし' },
      { name: '評価の種類', value: 'STARセルフアセスメント' },
    ]);
  });

  test('several listings: each distinct value once, levels in order', () => {
    const filters = providerSearchFilters(
      view({
        services: [
          { name: 'A', assessments: [{ type: 'certification', maturity: 'gold', date: '2025-01-01' }] },
          {
            name: 'B',
            assessments: [{ type: 'self-assessment' }, { type: 'certification', maturity: 'gold', date: '2024-01-01' }],
          },
        ],
      }),
    );
    expect(filters.filter((filter) => filter.name === 'STARレベル').map((filter) => filter.value)).toEqual([
      'レベル1',
      'レベル2',
    ]);
    expect(filters.filter((filter) => filter.name === '成熟度').map((filter) => filter.value)).toEqual([
      'なし',
      'ゴールド',
    ]);
    expect(filters.filter((filter) => filter.name === '評価の種類')).toHaveLength(2);
    expect(new Set(filters.map((filter) => `${filter.name}:${filter.value}`)).size).toBe(filters.length);
  });

  test('every provider is of kind プロバイダー exactly once', () => {
    expect(providerSearchFilters(view()).filter((filter) => filter.name === '種別')).toEqual([
      { name: '種別', value: 'プロバイダー' },
    ]);
  });
});

describe('providerSortDate', () => {
  test('the newest listing date, a month padded to a day', () => {
    expect(
      providerSortDate(
        view({
          services: [
            {
              name: 'A',
              assessments: [
                { type: 'self-assessment', date: '2025-06' },
                { type: 'self-assessment', date: '2024-01-02' },
              ],
            },
          ],
        }),
      ),
    ).toBe('2025-06-01');
  });
  test('without listing dates, the day the sources were checked', () => {
    expect(providerSortDate(view())).toBe('2026-12-03');
  });
});
