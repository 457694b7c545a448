import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { makeArticle } from './factories.ts';

function pathsOf(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('article schema', () => {
  test('a minimal valid article passes', () => {
    expect(pathsOf(makeArticle())).toEqual([]);
  });

  test.each([
    ['missing sources', { sources: undefined }, 'sources'],
    ['empty sources', { sources: [] }, 'sources'],
    ['http: source URL', { sources: [{ title: 'x', url: 'http://example.com/' }] }, 'sources.0.url'],
    ['javascript: source URL', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'sources.0.url'],
    ['empty tags', { tags: [] }, 'tags'],
    ['missing title', { title: undefined }, 'title'],
    ['bad published date', { published: 'someday' }, 'published'],
    ['series part 0', { series: { name: 'x', part: 0 } }, 'series.part'],
    ['unknown key', { author: '私' }, ''],
    [
      'http: original URL',
      { originalAuthor: { name: 'x', title: 'y', url: 'http://example.com/' } },
      'originalAuthor.url',
    ],
  ])('%s is rejected at its field', (_name, overrides, path) => {
    expect(pathsOf(makeArticle(overrides))).toContain(path);
  });
});
