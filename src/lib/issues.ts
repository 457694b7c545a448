import type { z } from 'astro/zod';

/** One line per zod issue: `field.path  message`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `  ${issue.path.join('.') || '(全体)'}  ${issue.message}`).join('\n');
}
