// Checks content/providers/ without a build and says where each problem is: file, line, field, what to do.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { providerSchema, type ProviderData } from '../schemas/provider.ts';
import { providerIdFromPath } from './provider-id.ts';
import { normaliseProviderName } from './provider-names.ts';
import { readYaml } from './yaml-source.ts';

export interface Problem {
  severity: 'error' | 'warning';
  /** Path as printed: relative to the working directory, with forward slashes (what GitHub annotations expect). */
  file: string;
  line: number;
  /** English field path such as `services[0].assessments[0].maturity`; `(file)` / `(yaml)` for whole-file problems. */
  field: string;
  message: string;
}

interface CheckedFile {
  file: string;
  data: ProviderData;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Provider files are every .yaml/.yml in the folder except the loader's skipped `_` files. */
export function listProviderFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
    .sort();
}

export function checkProviderDir(dir: string, cwd = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  const valid: CheckedFile[] = [];
  for (const name of listProviderFiles(dir)) {
    const file = relative(cwd, join(dir, name)).split(sep).join('/');
    const found = checkProviderFile(file, name, readFileSync(join(dir, name), 'utf8'));
    problems.push(...found.problems);
    if (found.valid) valid.push(found.valid);
  }
  problems.push(...findDuplicates(valid), ...findStaleSources(valid));
  return problems;
}

export function checkProviderFile(
  file: string,
  fileName: string,
  text: string,
): { problems: Problem[]; valid?: CheckedFile } {
  const problems: Problem[] = [];
  const error = (line: number, field: string, message: string) =>
    problems.push({ severity: 'error', file, line, field, message });
  try {
    providerIdFromPath(fileName);
  } catch (thrown) {
    // provider-id's message starts with the path it assumes; the printed location already says which file.
    error(1, '(file)', (thrown as Error).message.replace(/^[^:]*: /, ''));
  }
  const yaml = readYaml(text);
  if (yaml.syntaxError) {
    error(yaml.syntaxError.line, '(yaml)', `YAMLとして読めません（${yaml.syntaxError.message}）`);
    return { problems };
  }
  for (const rolled of yaml.rolledDates) {
    error(
      rolled.line,
      formatPath(rolled.path),
      `${rolled.written} は実在しない日付です（YAMLが別の日付に読み替えてしまいます）`,
    );
  }
  const result = providerSchema.safeParse(yaml.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const path of issuePaths(issue)) error(yaml.lineOf(path), formatPath(path), issue.message);
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return problems.length === 0 && result.success
    ? { problems, valid: { file, data: result.data, lineOf: yaml.lineOf } }
    : { problems };
}

/** An unknown-key issue points at the object; point at each bad key instead, so the line is the key's own. */
function issuePaths(issue: z.core.$ZodIssue): PropertyKey[][] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...issue.path, key]);
  return [issue.path];
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** The same provider in two files: same registry page, same website host, or names equal after normalisation. */
function findDuplicates(files: CheckedFile[]): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  for (const { file, data, lineOf } of files) {
    const keys: { key: string; field: string; label: string }[] = [];
    if (data.registryUrl)
      keys.push({
        key: `registry:${data.registryUrl.replace(/\/$/, '')}`,
        field: 'registryUrl',
        label: 'registryUrl が同じ',
      });
    const host = data.website ? new URL(data.website).hostname.replace(/^www\./, '') : undefined;
    if (host) keys.push({ key: `host:${host}`, field: 'website', label: `website のホスト（${host}）が同じ` });
    for (const field of ['name', 'nameEn'] as const) {
      const value = data[field];
      if (value)
        keys.push({ key: `name:${normaliseProviderName(value)}`, field, label: `名前（${value}）が正規化すると同じ` });
    }
    const reported = new Set<string>();
    for (const { key, field, label } of keys) {
      const other = firstSeen.get(key);
      if (other !== undefined && other !== file && !reported.has(key)) {
        reported.add(key);
        problems.push({
          severity: 'warning',
          file,
          line: lineOf([field]),
          field,
          message: `${other} と重複している可能性があります: ${label}。同じ事業者なら1ファイルにまとめてください`,
        });
      }
      if (other === undefined) firstSeen.set(key, file);
    }
  }
  return problems;
}

/** Sources checked more than a year before the newest `checked` in the data are due for a re-read. */
function findStaleSources(files: CheckedFile[]): Problem[] {
  const newest = files
    .flatMap(({ data }) => data.sources.map((source) => source.checked))
    .sort()
    .at(-1);
  if (newest === undefined) return [];
  // Same month and day one year earlier; string order is date order for YYYY-MM-DD.
  const threshold = `${Number(newest.slice(0, 4)) - 1}${newest.slice(4)}`;
  return files.flatMap(({ file, data, lineOf }) =>
    data.sources.flatMap((source, index) =>
      source.checked < threshold
        ? [
            {
              severity: 'warning' as const,
              file,
              line: lineOf(['sources', index, 'checked']),
              field: `sources[${index}].checked`,
              message: `確認日 ${source.checked} がデータ中で最新の確認日 ${newest} より1年以上前です。出典を読み直して更新してください`,
            },
          ]
        : [],
    ),
  );
}

/** Errors fail the run; warnings (possible duplicates, stale sources) are for a human to judge. */
export function exitCodeFor(problems: Problem[]): number {
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'warning' ? '警告: ' : '';
  return `${problem.file}:${problem.line}  ${problem.field}  ${label}${problem.message}`;
}

/** GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatAnnotation(problem: Problem): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${problem.severity} file=${problem.file},line=${problem.line}::${escape(`${problem.field}: ${problem.message}`)}`;
}
