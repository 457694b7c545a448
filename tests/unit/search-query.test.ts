import { describe, expect, test } from 'vitest';
import { longVowelVariants, mergeRanked, normalizeQuery, planQuery, scriptParts } from '../../src/lib/search-query.ts';

describe('normalizeQuery', () => {
  test.each([
    ['ＣＡＩＱ', 'caiq'],
    ['ｾﾞﾛﾄﾗｽﾄ', 'ゼロトラスト'],
    ['ﾛｸﾞ４ｼｪﾙ', 'ログ4シェル'],
    ['　鍵管理　', '鍵管理'],
    ['  Trusted   Cloud\t', 'trusted cloud'],
    ['トレンド　　マイクロ', 'トレンド マイクロ'],
    ['STARレベル２', 'starレベル2'],
    ['Microsoft', 'microsoft'],
    ['　 ', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });
});

describe('longVowelVariants', () => {
  test.each([
    ['サーバー', ['サーバー', 'サーバ']],
    ['サーバ', ['サーバ', 'サーバー']],
    ['セキュリティー', ['セキュリティー', 'セキュリティ']],
    ['セキュリティ', ['セキュリティ', 'セキュリティー']],
    ['ゼロトラスト', ['ゼロトラスト']],
    ['ランサムウェア', ['ランサムウェア', 'ランサムウェアー']],
    ['鍵管理', ['鍵管理']],
    ['caiq', ['caiq']],
    ['ユーザー 管理', ['ユーザー 管理', 'ユーザ 管理']],
  ])('%s', (query, expected) => {
    expect(longVowelVariants(query)).toEqual(expected);
  });
  test('both directions reach each other', () => {
    expect(longVowelVariants('プロバイダ')).toContain('プロバイダー');
    expect(longVowelVariants('プロバイダー')).toContain('プロバイダ');
  });
  test('two-character words keep their ー (キー, ツー)', () => {
    expect(longVowelVariants('キー')).toEqual(['キー']);
  });
});

describe('scriptParts', () => {
  test.each([
    ['日本語caiqレポート', ['日本語', 'caiq', 'レポート']],
    ['利用者の鍵管理', ['利用者', '鍵管理']],
    ['starレベル2', ['star', 'レベル', '2']],
    ['エンベロープ暗号化', ['エンベロープ', '暗号化']],
    ['トレンド マイクロ', ['トレンドマイクロ']],
    ['鍵管理', ['鍵管理']],
  ])('%s', (query, expected) => {
    expect(scriptParts(query)).toEqual(expected);
  });
});

describe('planQuery', () => {
  test('normalises before planning and never quotes', () => {
    const plan = planQuery('　ＣＡＩＱ　');
    expect(plan.primary).toEqual(['caiq']);
    expect([...plan.primary, ...plan.fallbacks, ...plan.parts].some((term) => term.includes('"'))).toBe(false);
  });
  test('an empty query plans nothing', () => {
    expect(planQuery(' \u3000 ')).toEqual({ primary: [], fallbacks: [], parts: [] });
  });
  test('spaces removed and script boundaries are the fallbacks', () => {
    expect(planQuery('トレンド マイクロ').fallbacks).toEqual(['トレンドマイクロ']);
    expect(planQuery('日本語CAIQレポート').fallbacks).toEqual(['日本語 caiq レポート']);
  });
  test('a compound is finally asked part by part, skipping single characters', () => {
    expect(planQuery('利用者の鍵管理').parts).toEqual(['利用者', '鍵管理']);
    expect(planQuery('starレベル2').parts).toEqual(['star', 'レベル']);
    expect(planQuery('鍵管理').parts).toEqual([]);
  });
  test('long-vowel variants are asked first, alongside the query', () => {
    expect(planQuery('ｻｰﾊﾞｰ').primary).toEqual(['サーバー', 'サーバ']);
  });
});

describe('mergeRanked', () => {
  const r = (id: string, score: number) => ({ id, score });
  test('one entry per page at its best score, highest first', () => {
    expect(
      mergeRanked([
        [
          [r('a', 1), r('b', 3)],
          [r('a', 5), r('c', 2)],
        ],
      ]),
    ).toEqual([r('a', 5), r('b', 3), r('c', 2)]);
  });
  test('a later tier ranks after an earlier one whatever its scores', () => {
    expect(mergeRanked([[[r('a', 1)]], [[r('b', 9), r('a', 9)]]])).toEqual([r('a', 1), r('b', 9)]);
  });
  test('no lists, no results', () => {
    expect(mergeRanked([])).toEqual([]);
  });
});
