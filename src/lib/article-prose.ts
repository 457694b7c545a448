// The prose of an MDX article, as a reader reads it: no frontmatter, imports, JSX tags or Markdown marks.

export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match ? { frontmatter: match[1]!, body: source.slice(match[0].length) } : { frontmatter: '', body: source };
}

export function proseOf(source: string): string {
  return splitFrontmatter(source)
    .body.replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`>|]/g, '')
    .replace(/\s+/g, '');
}

/** Runs of `length` characters that two texts share, longest first is not needed: any one is a finding. */
export function sharedRuns(a: string, b: string, length: number): string[] {
  const runs = new Set<string>();
  for (let index = 0; index + length <= a.length; index += 1) runs.add(a.slice(index, index + length));
  const found: string[] = [];
  for (let index = 0; index + length <= b.length; index += 1) {
    const run = b.slice(index, index + length);
    if (runs.has(run)) {
      found.push(run);
      index += length - 1;
    }
  }
  return found;
}
