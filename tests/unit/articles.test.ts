import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/article.ts';
import { proseOf, sharedRuns, splitFrontmatter } from '../../src/lib/article-prose.ts';

const dir = 'content/articles';
const articles = readdirSync(dir)
  .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
  .map((file) => {
    const source = readFileSync(`${dir}/${file}`, 'utf8');
    return { file, source, prose: proseOf(source) };
  });

describe('articles', () => {
  test('there are ten articles', () => expect(articles).toHaveLength(10));

  test.each(articles.map((article) => [article.file, article]))(
    '%s has valid frontmatter and 2,000–5,000 characters of prose',
    (_file, article) => {
      const result = articleSchema.safeParse(parse(splitFrontmatter(article.source).frontmatter));
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(article.prose.length).toBeGreaterThanOrEqual(2000);
      expect(article.prose.length).toBeLessThanOrEqual(5000);
    },
  );

  test.each(articles.map((article) => [article.file, article]))(
    '%s writes no heading 1 and no hand-made 出典 section',
    (_file, article) => {
      const body = splitFrontmatter(article.source).body;
      expect(body).not.toMatch(/^#\s/m);
      expect(body).not.toMatch(/^##\s*(出典|参考文献)\s*$/m);
    },
  );

  test('no two articles share a run of 50 or more characters of prose', () => {
    const findings: string[] = [];
    for (let i = 0; i < articles.length; i += 1) {
      for (let j = i + 1; j < articles.length; j += 1) {
        for (const run of sharedRuns(articles[i]!.prose, articles[j]!.prose, 50)) {
          findings.push(`${articles[i]!.file} ~ ${articles[j]!.file}: ${run}`);
        }
      }
    }
    expect(findings).toEqual([]);
  });

  test('the shared-run check finds a copied sentence', () => {
    const sentence =
      'これは二つの記事に同じように書かれてしまった五十文字を超える長さの定型文で、テストが見つけるべきものです。';
    expect(sharedRuns(`前置き${sentence}`, `${sentence}後書き`, 50)).toHaveLength(1);
    expect(sharedRuns(sentence.slice(0, 49), sentence, 50)).toEqual([]);
  });

  test('prose extraction drops frontmatter, imports, tags and Markdown marks', () => {
    const source = `---\ntitle: x\n---\nimport A from 'a';\n\n## 見出し\n\n本文の**強調**と[リンク](/x/)。\n\n<A caption="図" />\n`;
    expect(proseOf(source)).toBe('見出し本文の強調とリンク。');
  });
});
