// Drives scripts/new-provider.ts as a contributor would, with flags, into a temporary folder.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { providerSchema } from '../../src/schemas/provider.ts';
import { readYaml } from '../../src/lib/yaml-source.ts';

const NODE = 'node_modules/.bin/node';
// Each test starts Node; give them room on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-provider-'));
  copyFileSync('tests/fixtures/providers/iij.yaml', join(dir, 'iij.yaml'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const VALID: Record<string, string> = {
  id: 'example-cloud',
  name: 'Example Cloud',
  service: 'Example SaaS',
  model: 'SaaS,PaaS',
  type: 'certification',
  maturity: 'silver',
  date: '2026-05',
  source: 'https://example.com/trust',
  'source-kind': 'provider',
  'source-note': '自社ページにSTAR認証の記載がある',
  checked: '2026-12-03',
};

function run(flags: Record<string, string | undefined>): { status: number; output: string } {
  const args = Object.entries(flags).flatMap(([flag, value]) => (value === undefined ? [] : [`--${flag}`, value]));
  try {
    // stdin is a pipe, not a terminal, so the script must not prompt.
    const stdout = execFileSync(NODE, ['scripts/new-provider.ts', ...args, '--dir', dir], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, output: stdout };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

test('a valid run writes <id>.yaml that passes providerSchema, with the schema descriptions as comments', () => {
  const { status, output } = run(VALID);
  expect(status).toBe(0);
  expect(output).toContain('npm run check:data');
  const text = readFileSync(join(dir, 'example-cloud.yaml'), 'utf8');
  const parsed = providerSchema.parse(readYaml(text).data);
  expect(parsed.services[0]?.models).toEqual(['SaaS', 'PaaS']);
  expect(parsed.services[0]?.assessments[0]).toMatchObject({
    type: 'certification',
    maturity: 'silver',
    date: '2026-05',
  });
  expect(parsed.sources[0]?.checked).toBe('2026-12-03');
  expect(text).toContain(`# checked: ${providerSchema.shape.sources.element.shape.checked.description}`);
});

test('--checked today is taken explicitly and becomes a YYYY-MM-DD date', () => {
  expect(run({ ...VALID, checked: 'today' }).status).toBe(0);
  const parsed = providerSchema.parse(readYaml(readFileSync(join(dir, 'example-cloud.yaml'), 'utf8')).data);
  expect(parsed.sources[0]?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test.each([
  ['an id that exists', { id: 'iij' }, '--id（id）', 'iij.yaml はすでにあります'],
  [
    'a name equal to an existing one after normalisation (ＩＩＪ vs IIJ)',
    { name: 'ＩＩＪ', kana: 'あいあいじぇい' },
    '--name（name）',
    '「IIJ」と同じ名前',
  ],
  ['an http: source URL', { source: 'http://example.com/trust' }, '--source（sources[0].url）', 'https:// で始まる'],
  [
    'a maturity on a self-assessment',
    { type: 'self-assessment' },
    '--maturity（services[0].assessments[0].maturity）',
    'certification のときだけ',
  ],
  ['no --checked (today is never implied)', { checked: undefined }, '--checked（sources[0].checked）', '必須です'],
  ['a bad enum value', { 'source-kind': 'vendor' }, '--source-kind（sources[0].kind）', 'provider | csa | third-party'],
  ['an unknown flag', { colour: 'red' }, '--colour', '使えるフラグ'],
])('refuses %s: names the field, says what is allowed, writes nothing', (_case, overrides, field, allowed) => {
  const before = readdirSync(dir);
  const { status, output } = run({ ...VALID, ...overrides });
  expect(status).not.toBe(0);
  expect(output).toContain(field);
  expect(output).toContain(allowed);
  expect(readdirSync(dir)).toEqual(before);
});
