import { describe, expect, test } from 'vitest';
import { pagefindFilters, parseSearchState, serializeSearchState } from '../../src/lib/search-state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  test('reads query and filters, dropping unknown values, in option order', () => {
    expect(parse('q=鍵管理&level=3,2&level=9&maturity=gold&kind=provider&kind=x')).toEqual({
      q: '鍵管理',
      filters: { kind: ['provider'], level: ['2', '3'], maturity: ['gold'] },
    });
  });
  test('round-trips to one canonical URL', () => {
    const state = parse('level=2&q=STAR&level=1');
    expect(serializeSearchState(state)).toBe('?q=STAR&level=1%2C2');
    expect(parse(serializeSearchState(state).slice(1))).toEqual(state);
  });
  test('an empty state is the bare page', () => {
    expect(serializeSearchState(parse('q=%20'))).toBe('');
  });
});

describe('pagefindFilters', () => {
  test('AND across facets, OR within one, with the labels the pages carry', () => {
    expect(pagefindFilters(parse('kind=provider&level=1,2&maturity=none'))).toEqual({
      種別: { any: ['プロバイダー'] },
      STARレベル: { any: ['レベル1', 'レベル2'] },
      成熟度: { any: ['なし'] },
    });
  });
  test('no filter, no constraint', () => {
    expect(pagefindFilters(parse('q=caiq'))).toEqual({});
  });
});
