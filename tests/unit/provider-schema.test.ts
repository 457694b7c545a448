import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { providerSchema } from '../../src/schemas/provider.ts';
import { readYaml } from '../../src/lib/yaml-source.ts';
import { makeProvider, type ProviderInput } from './factories.ts';

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = providerSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const assessment = (extra: Record<string, unknown>) => ({
  services: [{ name: 'S', assessments: [{ type: 'self-assessment', ...extra }] }],
});

describe('provider schema', () => {
  test('a minimal valid entry passes', () => {
    expect(issuesOf(makeProvider())).toEqual([]);
  });

  test.each<[string, Partial<ProviderInput> | Record<string, unknown>, string, RegExp]>([
    ['unknown key', { homepage: 'https://example.com/' }, '', /不明なキー homepage/],
    ['javascript: URL', { website: 'javascript:alert(1)' }, 'website', /https:\/\//],
    ['http: URL', { website: 'http://example.com/' }, 'website', /https:\/\//],
    ['data: URL', { website: 'data:text/html,<script>alert(1)</script>' }, 'website', /https:\/\//],
    ['URL with spaces around it', { website: ' https://example.com/' }, 'website', /https:\/\//],
    [
      'registryUrl off CSA',
      { registryUrl: 'https://example.com/star/registry/x' },
      'registryUrl',
      /cloudsecurityalliance\.org/,
    ],
    ['empty services', { services: [] }, 'services', /1つ以上/],
    ['empty sources', { sources: [] }, 'sources', /1つ以上/],
    ['non-ASCII name without kana', { name: 'テスト株式会社' }, 'kana', /kana/],
    ['katakana kana', { name: 'テスト', kana: 'テスト' }, 'kana', /ひらがな/],
    ['lower-case country', { country: 'jp' }, 'country', /ISO 3166-1/],
    ['unknown country', { country: 'ZZ' }, 'country', /ISO 3166-1/],
    [
      'maturity on a self-assessment',
      assessment({ maturity: 'gold' }),
      'services.0.assessments.0.maturity',
      /certification/,
    ],
    [
      'maturity on an attestation',
      { services: [{ name: 'S', assessments: [{ type: 'attestation', maturity: 'silver' }] }] },
      'services.0.assessments.0.maturity',
      /certification/,
    ],
    [
      'unknown assessment type',
      assessment({ type: 'level-2' }),
      'services.0.assessments.0.type',
      /self-assessment \| continuous-self-assessment/,
    ],
    [
      'unknown maturity',
      { services: [{ name: 'S', assessments: [{ type: 'certification', maturity: 'platinum' }] }] },
      'services.0.assessments.0.maturity',
      /gold \| silver \| bronze/,
    ],
    ['malformed date', assessment({ date: '2024/05/01' }), 'services.0.assessments.0.date', /YYYY-MM-DD/],
    ['impossible date', assessment({ date: '2023-02-30' }), 'services.0.assessments.0.date', /実在する/],
    ['date after checked', assessment({ date: '2027-01-01' }), 'services.0.assessments.0.date', /確認日/],
    [
      'http: report URL',
      assessment({ reportUrl: 'http://example.com/caiq.xlsx' }),
      'services.0.assessments.0.reportUrl',
      /https:\/\//,
    ],
    [
      'duplicate service name',
      {
        services: [
          { name: 'Cloud', assessments: [{ type: 'self-assessment' }] },
          { name: 'ＣＬＯＵＤ', assessments: [{ type: 'attestation' }] },
        ],
      },
      'services.1.name',
      /重複/,
    ],
    [
      'service with no assessments',
      { services: [{ name: 'S', assessments: [] }] },
      'services.0.assessments',
      /1つ以上/,
    ],
    [
      'source without url or ref',
      { sources: [{ kind: 'csa', note: 'x', checked: '2026-12-03' }] },
      'sources.0.url',
      /url/,
    ],
    [
      'source with http url',
      { sources: [{ url: 'http://example.com/', kind: 'csa', note: 'x', checked: '2026-12-03' }] },
      'sources.0.url',
      /https:\/\//,
    ],
    [
      'unknown source kind',
      { sources: [{ url: 'https://example.com/', kind: 'blog', note: 'x', checked: '2026-12-03' }] },
      'sources.0.kind',
      /provider \| csa \| third-party/,
    ],
    [
      'checked without a day',
      { sources: [{ url: 'https://example.com/', kind: 'csa', note: 'x', checked: '2026-12' }] },
      'sources.0.checked',
      /日まで/,
    ],
    [
      'empty note',
      { sources: [{ url: 'https://example.com/', kind: 'csa', note: '  ', checked: '2026-12-03' }] },
      'sources.0.note',
      /空/,
    ],
    [
      'unknown service model',
      { services: [{ name: 'S', models: ['FaaS'], assessments: [{ type: 'self-assessment' }] }] },
      'services.0.models.0',
      /IaaS \| PaaS \| SaaS/,
    ],
  ])('%s is rejected at its field', (_name, overrides, path, message) => {
    const issues = issuesOf(makeProvider(overrides as Partial<ProviderInput>));
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.find((issue) => issue.path === path)?.message).toMatch(message);
  });

  test('a maturity on a certification is allowed', () => {
    expect(
      issuesOf(makeProvider({ services: [{ name: 'S', assessments: [{ type: 'certification', maturity: 'gold' }] }] })),
    ).toEqual([]);
  });

  test('an unquoted YAML date (a Date) is kept as the same day, and a month-only date stays a month', () => {
    const result = providerSchema.parse(
      makeProvider({
        services: [
          {
            name: 'S',
            assessments: [
              { type: 'certification', date: new Date('2016-09-01T00:00:00Z') },
              { type: 'attestation', date: '2016-09' },
            ],
          },
        ],
      }),
    );
    expect(result.services[0]!.assessments.map((item) => item.date)).toEqual(['2016-09-01', '2016-09']);
  });

  test('a source may name an unlocated public file with ref instead of a URL', () => {
    expect(
      issuesOf(
        makeProvider({
          sources: [{ ref: '公開ファイル（リポジトリ不明）', kind: 'third-party', note: 'x', checked: '2026-12-03' }],
        }),
      ),
    ).toEqual([]);
  });

  const dir = 'content/providers';
  const files = readdirSync(dir).filter((file) => /^[^_].*\.yaml$/.test(file));
  test('there are real provider files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  test.each(files)('content/providers/%s is valid', (file) => {
    // Parsed as Astro parses it (readYaml shares the loader's YAML options).
    const { data } = readYaml(readFileSync(`${dir}/${file}`, 'utf8'));
    expect(issuesOf(data)).toEqual([]);
  });
});
