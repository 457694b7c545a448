import { describe, expect, test } from 'vitest';
import { providerSchema, type ProviderData } from '../../src/schemas/provider.ts';
import { byNewest, byReading, toProviderView, type ProviderView } from '../../src/lib/directory.ts';
import {
  FACETS,
  emptyFilters,
  matches,
  optionCounts,
  parseState,
  serializeState,
  type Facet,
  type FilterState,
} from '../../src/lib/directory-filter.ts';
import type { ProviderFacets } from '../../src/lib/directory.ts';
import { asOfDate, latestDayOf, levelOf, listingStatus } from '../../src/lib/status.ts';
import { compareReading } from '../../src/lib/japanese-sort.ts';
import { ASSESSMENT_TYPE_IDS } from '../../src/schemas/vocabulary.ts';
import { makeProvider, type ProviderInput } from './factories.ts';

const AS_OF = '2026-12-03';

function view(id: string, overrides: Partial<ProviderInput>): ProviderView {
  return toProviderView(id, providerSchema.parse(makeProvider(overrides)) as ProviderData, AS_OF);
}

describe('STAR level is derived from the type', () => {
  test.each([
    ['self-assessment', 1],
    ['continuous-self-assessment', 1],
    ['gdpr-coc-self-assessment', 1],
    ['certification', 2],
    ['attestation', 2],
    ['c-star', 2],
    ['gdpr-coc-certification', 2],
    ['continuous', 3],
  ] as const)('%s → level %i', (type, level) => {
    expect(levelOf(type)).toBe(level);
  });
  test('every type has a level', () => {
    expect(ASSESSMENT_TYPE_IDS.map(levelOf).every((level) => [1, 2, 3].includes(level))).toBe(true);
  });
});

describe('listing status as of a fixed date', () => {
  test.each([
    ['self-assessment', '2025-12-03', 'current'],
    ['self-assessment', '2025-12-02', 'deprecated'],
    ['self-assessment', '2025-11', 'deprecated'],
    ['self-assessment', '2025-12', 'current'],
    ['continuous-self-assessment', '2020-01-01', 'deprecated'],
    ['certification', '2023-12-03', 'current'],
    ['certification', '2023-12-02', 'possibly-expired'],
    ['certification', '2016-09', 'possibly-expired'],
    ['attestation', '2025-12-03', 'current'],
    ['attestation', '2025-06-01', 'possibly-expired'],
    ['c-star', '2015-01-01', 'no-rule'],
    ['continuous', '2026-01-01', 'no-rule'],
    ['certification', undefined, 'date-unknown'],
    ['self-assessment', undefined, 'date-unknown'],
  ] as const)('%s dated %s is %s', (type, date, status) => {
    expect(listingStatus(type, date, AS_OF)).toBe(status);
  });

  test('a month-only date stands for its last day', () => {
    expect(latestDayOf('2024-02')).toBe('2024-02-29');
    expect(latestDayOf('2025-11')).toBe('2025-11-30');
    expect(latestDayOf('2025-11-05')).toBe('2025-11-05');
  });

  test('the as-of date is the newest checked date', () => {
    expect(
      asOfDate([
        { sources: [{ checked: '2026-01-02' }] },
        { sources: [{ checked: '2026-12-03' }, { checked: '2025-01-01' }] },
      ]),
    ).toBe('2026-12-03');
  });
  test('no data has no as-of date', () => {
    expect(() => asOfDate([])).toThrow(/基準日/);
  });
});

describe('五十音 order', () => {
  test('sorts by the hiragana reading, not the written name', () => {
    const names = [
      { name: 'Microsoft Corporation', kana: 'まいくろそふと' },
      { name: 'トレンドマイクロ株式会社', kana: 'とれんどまいくろ' },
      { name: 'Amazon Web Services, Inc.', kana: 'あまぞんうぇぶさーびす' },
      { name: '北京分贝通科技有限公司', kana: 'ぺきんふぇんべいとん' },
      { name: 'GitHub, Inc.', kana: 'ぎっとはぶ' },
    ]
      .sort(compareReading)
      .map((item) => item.name);
    expect(names).toEqual([
      'Amazon Web Services, Inc.',
      'GitHub, Inc.',
      'トレンドマイクロ株式会社',
      '北京分贝通科技有限公司',
      'Microsoft Corporation',
    ]);
  });
  test('voiced and plain kana sort together (が after か-row order)', () => {
    expect(
      [
        { name: 'b', kana: 'がい' },
        { name: 'a', kana: 'かき' },
      ]
        .sort(compareReading)
        .map((item) => item.name),
    ).toEqual(['b', 'a']);
  });
  test('directory views sort by reading, and by newest date with undated last', () => {
    const a = view('a', {
      name: 'A',
      kana: 'あ',
      services: [{ name: 's', assessments: [{ type: 'self-assessment', date: '2020-01-01' }] }],
    });
    const k = view('k', {
      name: 'K',
      kana: 'か',
      services: [{ name: 's', assessments: [{ type: 'certification', date: '2024-05' }] }],
    });
    const s = view('s', { name: 'S', kana: 'さ' });
    expect([s, k, a].sort(byReading).map((item) => item.id)).toEqual(['a', 'k', 's']);
    expect([s, a, k].sort(byNewest).map((item) => item.id)).toEqual(['k', 'a', 's']);
  });
});

describe('directory filter', () => {
  const allowed: Record<Facet, string[]> = {
    level: ['1', '2', '3'],
    maturity: ['gold', 'silver', 'bronze', 'none'],
    type: [...ASSESSMENT_TYPE_IDS],
    status: ['current', 'deprecated', 'possibly-expired', 'date-unknown', 'no-rule'],
    japanese: ['ja-report', 'ja-material'],
    country: ['JP', 'US', 'unknown'],
  };
  const gold = view('gold', {
    name: 'Gold',
    country: 'US',
    services: [{ name: 's', assessments: [{ type: 'self-assessment' }, { type: 'certification', maturity: 'gold' }] }],
  });
  const selfOnly = view('self', { name: 'Self', country: 'JP', japaneseMaterials: ['https://example.jp/'] });
  const attest = view('attest', {
    name: 'Attest',
    services: [{ name: 's', assessments: [{ type: 'attestation', language: 'ja' }] }],
  });
  const all = [gold, selfOnly, attest];
  const shown = (query: string) =>
    all
      .filter((item) => matches(item.facets, parseState(new URLSearchParams(query), allowed).filters))
      .map((item) => item.id);

  test('no filter shows everyone', () => expect(shown('')).toEqual(['gold', 'self', 'attest']));
  test('level 2 keeps providers with a level 2 listing', () => expect(shown('level=2')).toEqual(['gold', 'attest']));
  test('OR within a facet', () => expect(shown('level=1,3')).toEqual(['gold', 'self']));
  test('AND across facets', () => expect(shown('level=2&maturity=gold')).toEqual(['gold']));
  test('listing facets must hold on the same listing', () => expect(shown('level=1&maturity=gold')).toEqual([]));
  test('maturity "none" finds ungraded listings', () =>
    expect(shown('maturity=none')).toEqual(['gold', 'self', 'attest']));
  test('country, including unknown', () => {
    expect(shown('country=JP')).toEqual(['self']);
    expect(shown('country=unknown')).toEqual(['attest']);
  });
  test('Japanese report and Japanese material', () => {
    expect(shown('japanese=ja-report')).toEqual(['attest']);
    expect(shown('japanese=ja-material')).toEqual(['self']);
    expect(shown('japanese=ja-report,ja-material')).toEqual([]);
  });
  test('status', () => expect(shown('status=date-unknown&level=2')).toEqual(['gold', 'attest']));
  test('repeated parameters work like comma lists', () => expect(shown('level=1&level=3')).toEqual(shown('level=1,3')));
  test('values outside the vocabulary are ignored', () => {
    const state = parseState(new URLSearchParams('level=9&maturity=platinum&sort=bogus'), allowed);
    expect([...state.filters.level, ...state.filters.maturity]).toEqual([]);
    expect(state.sort).toBe('reading');
  });

  test('serialising is stable and round-trips', () => {
    const state = parseState(new URLSearchParams('maturity=gold&level=3,2&sort=newest'), allowed);
    const query = serializeState(state, allowed).toString();
    expect(query).toBe('level=2%2C3&maturity=gold&sort=newest');
    expect(serializeState(parseState(new URLSearchParams(query), allowed), allowed).toString()).toBe(query);
    expect(serializeState({ filters: emptyFilters(), sort: 'reading' }, allowed).toString()).toBe('');
  });

  test('counts say what each option would show, given the other facets', () => {
    const filters = parseState(new URLSearchParams('level=2'), allowed).filters;
    const counts = optionCounts(
      all.map((item) => item.facets),
      filters,
      allowed,
    );
    expect(counts.level.get('1')).toBe(2);
    expect(counts.level.get('2')).toBe(2);
    expect(counts.level.get('3')).toBe(0);
    expect(counts.maturity.get('gold')).toBe(1);
    expect(counts.maturity.get('none')).toBe(1);
  });
});

describe('option counts agree with the filter itself', () => {
  // Brute force by definition: each option replaces its facet (the japanese flags are added) and `matches` decides.
  function bruteForce(providers: ProviderFacets[], filters: FilterState, allowed: Record<Facet, string[]>) {
    return Object.fromEntries(
      FACETS.map((facet) => [
        facet,
        new Map(
          allowed[facet].map((value) => {
            const trial = {
              ...filters,
              [facet]: facet === 'japanese' ? new Set([...filters.japanese, value]) : new Set([value]),
            };
            return [value, providers.filter((provider) => matches(provider, trial)).length];
          }),
        ),
      ]),
    );
  }

  const allowed: Record<Facet, string[]> = {
    level: ['1', '2', '3'],
    maturity: ['gold', 'silver', 'bronze', 'none'],
    type: [...ASSESSMENT_TYPE_IDS],
    status: ['current', 'deprecated', 'possibly-expired', 'date-unknown', 'no-rule'],
    japanese: ['ja-report', 'ja-material'],
    country: ['JP', 'US', 'CN', 'unknown'],
  };
  // A small deterministic pseudo-random generator, so the case list is the same on every run.
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const providers: ProviderFacets[] = Array.from({ length: 300 }, () => ({
    country: pick(allowed.country),
    jaMaterial: random() < 0.3,
    listings: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
      level: pick([1, 2, 3] as const),
      maturity: pick(['gold', 'silver', 'bronze', 'none'] as const),
      type: pick(ASSESSMENT_TYPE_IDS),
      status: pick(['current', 'deprecated', 'possibly-expired', 'date-unknown', 'no-rule'] as const),
      jaReport: random() < 0.2,
    })),
  }));

  test.each([
    '',
    'level=2',
    'level=1,2&maturity=gold',
    'country=JP&japanese=ja-material',
    'japanese=ja-report&status=current',
    'type=certification&maturity=none&country=US,CN',
  ])('filters "%s"', (query) => {
    const filters = parseState(new URLSearchParams(query), allowed).filters;
    expect(optionCounts(providers, filters, allowed)).toEqual(bruteForce(providers, filters, allowed));
  });
});
