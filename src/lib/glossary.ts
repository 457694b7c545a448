// Loads and validates content/glossary.yaml once; used by the remark plugin (outside Astro) and the glossary page.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { formatIssues } from './issues.ts';

export const GLOSSARY_PATH = 'content/glossary.yaml';

let cached: GlossaryEntry[] | undefined;

export function loadGlossary(path = GLOSSARY_PATH): GlossaryEntry[] {
  if (cached && path === GLOSSARY_PATH) return cached;
  const result = glossarySchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path}:\n${formatIssues(result.error.issues)}`);
  if (path === GLOSSARY_PATH) cached = result.data;
  return result.data;
}
