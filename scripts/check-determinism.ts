// Builds the site twice into two temporary folders and compares every file byte for byte.
// A difference (timestamps, random ids, unordered maps) would make deploys and caches churn; exits 1 and lists the files.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './lib/temp-site.ts';

function hashes(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

export function compareTrees(first: string, second: string): { files: number; differing: string[] } {
  const [a, b] = [hashes(first), hashes(second)];
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differing = names
    .filter((name) => a.get(name) !== b.get(name))
    .map((name) => (!a.has(name) ? `${name}（2回目にだけある）` : !b.has(name) ? `${name}（1回目にだけある）` : name));
  return { files: names.length, differing };
}

if (import.meta.main) {
  const work = mkdtempSync(join(tmpdir(), 'caiq-determinism-'));
  try {
    const outDirs = [join(work, 'first'), join(work, 'second')];
    for (const [index, outDir] of outDirs.entries()) {
      const { ms } = await buildSite('.', outDir);
      console.log(`ビルド${index + 1}: ${(ms / 1000).toFixed(1)}秒 → ${outDir}`);
    }
    const { files, differing } = compareTrees(outDirs[0]!, outDirs[1]!);
    for (const name of differing) console.log(`差分: ${name}`);
    if (files === 0) throw new Error('ビルド結果が空です');
    if (differing.length > 0) {
      console.error(`\n決定性の検査: ${files}ファイル中 ${differing.length}ファイルが2回のビルドで異なります`);
      process.exitCode = 1;
    } else {
      console.log(`決定性の検査: ${files}ファイル、2回のビルドでバイト単位に一致しました`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
