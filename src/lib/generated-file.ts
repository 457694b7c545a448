// Files generated from the schema are committed; `--check` (CI, unit tests) says when one is out of date.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes `expected`, or with `check` only compares; returns the exit code. */
export function writeOrCheck(file: string, expected: string, check: boolean, command: string): number {
  if (check) {
    if (readIfExists(file) === expected) return 0;
    console.error(
      `${file} がスキーマと食い違っています。${command} を実行して、生成し直したファイルをコミットしてください。`,
    );
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, expected);
  console.log(`${file} を書き出しました。`);
  return 0;
}
