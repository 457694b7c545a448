import { describe, expect, test } from 'vitest';
import { namesOf, normaliseProviderName } from '../../src/lib/provider-names.ts';

describe('normaliseProviderName', () => {
  test.each([
    ['ＩＩＪ', 'IIJ'],
    ['Trend Micro', 'trendmicro'],
    ['GitHub,　Inc.', 'github, inc.'],
    ['ﾄﾚﾝﾄﾞﾏｲｸﾛ', 'トレンドマイクロ'],
  ])('%s and %s collide', (a, b) => {
    expect(normaliseProviderName(a)).toBe(normaliseProviderName(b));
  });

  test.each([
    ['IIJ', 'IIJ Japan'],
    ['Google LLC', 'Google Cloud'],
  ])('%s and %s stay apart', (a, b) => {
    expect(normaliseProviderName(a)).not.toBe(normaliseProviderName(b));
  });
});

test('namesOf takes name and nameEn, ignoring what is not text', () => {
  expect(namesOf({ name: 'トレンドマイクロ株式会社', nameEn: 'Trend Micro' })).toEqual([
    'トレンドマイクロ株式会社',
    'Trend Micro',
  ]);
  expect(namesOf({ name: 'IIJ', nameEn: 42 })).toEqual(['IIJ']);
});
