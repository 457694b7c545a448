// Each folder under tests/fixtures/check-data/ holds one kind of mistake; the report must say where it is.
import { spawnSync } from 'node:child_process';
import { describe, expect, test, vi } from 'vitest';
import { checkProviderDir, exitCodeFor, formatAnnotation, formatProblem } from '../../src/lib/check-data.ts';

// The CLI tests start Node; give them room on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const FIXTURES = 'tests/fixtures/check-data';

/** What `npm run check:data` prints for a folder, and the exit code it would return. */
function report(folder: string) {
  const problems = checkProviderDir(`${FIXTURES}/${folder}`);
  return { lines: problems.map(formatProblem), exitCode: exitCodeFor(problems) };
}

/** `file:line  field.path` of a printed problem: the part a contributor navigates by. */
const location = (line: string) => line.split('  ').slice(0, 2).join('  ');
const at = (folder: string, file: string, line: number, field: string) =>
  `${FIXTURES}/${folder}/${file}:${line}  ${field}`;

describe('errors point at the line and fail the run', () => {
  test.each([
    [
      'unknown-key',
      [
        at('unknown-key', 'example-cloud.yaml', 6, 'services[0].name'),
        at('unknown-key', 'example-cloud.yaml', 6, 'services[0].nmae'),
      ],
    ],
    ['bad-enum', [at('bad-enum', 'example-cloud.yaml', 9, 'services[0].assessments[0].type')]],
    ['http-url', [at('http-url', 'example-cloud.yaml', 3, 'website')]],
    [
      'maturity-self-assessment',
      [at('maturity-self-assessment', 'example-cloud.yaml', 10, 'services[0].assessments[0].maturity')],
    ],
    [
      'bad-date',
      [
        at('bad-date', 'example-cloud.yaml', 10, 'services[0].assessments[0].date'),
        at('bad-date', 'example-cloud.yaml', 15, 'sources[0].checked'),
      ],
    ],
    ['bad-file-name', [at('bad-file-name', 'Example_Cloud.yaml', 1, '(file)')]],
    // A key written twice: Prettier accepts it, Astro's YAML parser (and so the build) does not.
    ['yaml-syntax', [at('yaml-syntax', 'example-cloud.yaml', 4, '(yaml)')]],
    // A missing key is reported on its parent's line: the list item that lacks it.
    ['missing-key', [at('missing-key', 'example-cloud.yaml', 12, 'sources[0].kind')]],
  ])('%s', (folder, expected) => {
    const { lines, exitCode } = report(folder);
    expect(lines.map(location)).toEqual(expected);
    expect(exitCode).toBe(1);
  });

  test('messages are Japanese and say what is allowed', () => {
    expect(report('bad-enum').lines[0]).toContain('使える値は self-assessment |');
    expect(report('unknown-key').lines[1]).toContain('不明なキー nmae');
    expect(report('bad-date').lines[1]).toContain('2026-02-30 は実在しない日付です');
    expect(report('yaml-syntax').lines[0]).toContain('YAMLとして読めません');
  });
});

describe('warnings are printed but pass', () => {
  test('likely duplicates across files (registryUrl, website host, normalised name)', () => {
    const { lines, exitCode } = report('duplicates');
    const file = 'example-cloud.yaml';
    expect(lines.map(location)).toEqual([
      at('duplicates', file, 4, 'registryUrl'),
      at('duplicates', file, 3, 'website'),
      at('duplicates', file, 1, 'name'),
    ]);
    expect(lines[0]).toContain(`警告: ${FIXTURES}/duplicates/example-cloud-japan.yaml と重複している可能性があります`);
    expect(exitCode).toBe(0);
  });

  test('a source checked over a year before the newest checked date', () => {
    const { lines, exitCode } = report('stale-checked');
    expect(lines.map(location)).toEqual([at('stale-checked', 'iij.yaml', 16, 'sources[0].checked')]);
    expect(lines[0]).toContain('警告: 確認日 2025-12-02');
    expect(exitCode).toBe(0);
  });
});

test('valid files and the real data have no errors', () => {
  expect(report('valid')).toEqual({ lines: [], exitCode: 0 });
  expect(exitCodeFor(checkProviderDir('content/providers'))).toBe(0);
});

describe('the command', () => {
  function run(folder: string, githubActions: boolean) {
    const result = spawnSync('node_modules/.bin/node', ['scripts/check-data.ts', '--dir', `${FIXTURES}/${folder}`], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: String(githubActions) },
    });
    return { status: result.status, stdout: result.stdout };
  }

  test('prints file:line  field  message and exits 1 on an error', () => {
    const { status, stdout } = run('maturity-self-assessment', false);
    expect(stdout).toContain(
      `${at('maturity-self-assessment', 'example-cloud.yaml', 10, 'services[0].assessments[0].maturity')}  成熟度（maturity）は`,
    );
    expect(stdout).not.toContain('::error');
    expect(status).toBe(1);
  });

  test('on GitHub Actions also prints annotations; warnings alone exit 0', () => {
    const { status, stdout } = run('stale-checked', true);
    expect(stdout).toContain(`::warning file=${FIXTURES}/stale-checked/iij.yaml,line=16::sources[0].checked: `);
    expect(status).toBe(0);
  });
});

test('annotation text cannot break out of its line', () => {
  const line = formatAnnotation({
    severity: 'error',
    file: 'a.yaml',
    line: 2,
    field: 'name',
    message: '1行目\n::error::偽物 100%',
  });
  expect(line).toBe('::error file=a.yaml,line=2::name: 1行目%0A::error::偽物 100%25');
});
