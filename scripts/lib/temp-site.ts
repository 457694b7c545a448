// A throwaway copy of the site for tests and benchmarks that must build with extra content: the repo without
// node_modules/dist/.astro/.git, node_modules symlinked, built with `astro build` under the current Node.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'coverage']);

export function copySite(prefix = 'caiq-site-', root = '.'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const source = resolve(root);
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => path === source || !SKIP.has(basename(path)) || resolve(path, '..') !== source,
  });
  symlinkSync(join(source, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removeSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface BuildResult {
  ms: number;
  /** Peak resident set size of the build process in KiB (from /usr/bin/time -v when available, else undefined). */
  maxRssKiB?: number;
  output: string;
}

/** Runs `astro build` in dir (optionally into outDir); rejects with the build's output if it fails. */
export function buildSite(
  dir: string,
  outDir?: string,
  options: { measureMemory?: boolean } = {},
): Promise<BuildResult> {
  const astro = [
    process.execPath,
    join(dir, 'node_modules/astro/bin/astro.mjs'),
    'build',
    ...(outDir ? ['--outDir', outDir] : []),
  ];
  const command = options.measureMemory ? ['/usr/bin/time', '-v', ...astro] : astro;
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return fail(new Error(`astro build が失敗しました（${dir}）:\n${output.slice(-4000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      done({ ms, maxRssKiB: rss ? Number(rss[1]) : undefined, output });
    });
  });
}
