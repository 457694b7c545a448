import { describe, expect, test } from 'vitest';
import { matchersFrom, splitForTerms } from '../../src/lib/glossary-linker.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';

const matchers = matchersFrom([
  { id: 'kms', match: ['KMS'] },
  { id: 'caiq', match: ['CAIQ'] },
  { id: 'zero-trust', match: ['ゼロトラスト'] },
  { id: 'ztna', match: ['ZTNA', 'ゼロトラストネットワークアクセス'] },
]);

describe('glossary links', () => {
  test('links the first use of each term once across a document', () => {
    const linked = new Set<string>();
    const first = splitForTerms('KMSで鍵を守り、KMSを監査します。', matchers, linked);
    expect(first).toEqual([{ text: 'KMS', termId: 'kms' }, { text: 'で鍵を守り、KMSを監査します。' }]);
    expect(splitForTerms('次の段落のKMS', matchers, linked)).toEqual([{ text: '次の段落のKMS' }]);
  });
  test('prefers the longest form at the same position', () => {
    const pieces = splitForTerms('ゼロトラストネットワークアクセスとは', matchers, new Set());
    expect(pieces[0]).toEqual({ text: 'ゼロトラストネットワークアクセス', termId: 'ztna' });
  });
  test('does not match a Latin term inside a longer word', () => {
    expect(splitForTerms('AKMSX と CAIQv4', matchers, new Set())).toEqual([{ text: 'AKMSX と CAIQv4' }]);
  });
  test('the real glossary is valid and its ids are unique', () => {
    const entries = loadGlossary();
    expect(entries.length).toBeGreaterThan(2);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });
});

describe('glossary links inside longer terms', () => {
  const nested = matchersFrom([
    { id: 'csa', match: ['CSA'] },
    { id: 'csa-japan', match: ['CSAジャパン'] },
  ]);
  test('a shorter term is not linked inside a longer term that was already linked', () => {
    const linked = new Set<string>();
    splitForTerms('CSAジャパンは', nested, linked);
    expect(splitForTerms('またCSAジャパンが、CSAと', nested, linked)).toEqual([
      { text: 'またCSAジャパンが、' },
      { text: 'CSA', termId: 'csa' },
      { text: 'と' },
    ]);
  });
});
