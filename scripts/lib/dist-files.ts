import { readdirSync } from 'node:fs';

/** Every HTML page of a build, relative to its folder with forward slashes, in a stable order. */
export function htmlFilesIn(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\\/g, '/'))
    .sort();
}
