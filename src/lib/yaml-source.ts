// YAML read exactly as Astro's loader reads it, plus the line numbers the loader throws away.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';

export interface YamlSource {
  /** The value Astro would hand to the schema (`undefined` for an empty file). */
  data: unknown;
  /** The first syntax error, as Astro stops at the first one. */
  syntaxError?: { line: number; message: string };
  /** 1-based line of the node at a zod issue path; a missing key falls back to its parent's line. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Unquoted dates that YAML silently rolled over (2026-02-30 → 2026-03-02): Astro accepts them, people do not mean them. */
  rolledDates: { path: (string | number)[]; line: number; written: string }[];
}

// Same options as @astrojs/internal-helpers/yaml, so dates and merge keys behave as in the build.
const ASTRO_YAML: ParseOptions & DocumentOptions & SchemaOptions = {
  customTags: ['timestamp'],
  merge: true,
  schema: 'core',
};

export function readYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...ASTRO_YAML, lineCounter });
  const line = (offset: number) => lineCounter.linePos(offset).line;
  const firstError = document.errors[0];
  if (firstError) {
    const errorLine = firstError.linePos?.[0].line ?? 1;
    // yaml's message repeats the position and quotes the source; the line is printed separately.
    const message = (firstError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { data: undefined, syntaxError: { line: errorLine, message }, lineOf: () => errorLine, rolledDates: [] };
  }
  return {
    data: document.contents === null ? undefined : document.toJS(),
    lineOf: (path) => lineOfPath(document, path, line),
    rolledDates: findRolledDates(document, line),
  };
}

function lineOfPath(document: Document, path: readonly PropertyKey[], line: (offset: number) => number): number {
  let node: unknown = document.contents;
  let found = node && (node as Node).range ? line((node as Node).range![0]) : 1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      // The key's line, not the value's: a nested list starts on the line after its key.
      if (isScalar(pair.key) && pair.key.range) found = line(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      found = line(item.range[0]);
      node = item;
    } else break;
  }
  return found;
}

function findRolledDates(document: Document, line: (offset: number) => number): YamlSource['rolledDates'] {
  const rolled: YamlSource['rolledDates'] = [];
  visit(document, {
    Scalar(_key, node, ancestors) {
      if (!(node.value instanceof Date) || node.source === undefined) return;
      const written = String(node.source);
      if (/^\d{4}-\d{2}-\d{2}$/.test(written) && node.value.toISOString().slice(0, 10) !== written) {
        rolled.push({ path: pathOf(ancestors, node), line: node.range ? line(node.range[0]) : 1, written });
      }
    },
  });
  return rolled;
}

/** The data path of a node, from the ancestors yaml's visitor reports (document, maps, pairs, lists). */
function pathOf(ancestors: readonly unknown[], node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  ancestors.forEach((ancestor, index) => {
    if (isPair(ancestor)) path.push(isScalar(ancestor.key) ? String(ancestor.key.value) : String(ancestor.key));
    if (isSeq(ancestor)) path.push(ancestor.items.indexOf((ancestors[index + 1] ?? node) as Node));
  });
  return path;
}
