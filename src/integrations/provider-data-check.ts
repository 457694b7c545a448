// Runs check:data before every build. Astro's own YAML reading turns an impossible date such as 2026-02-30
// into 2 March without a word; this check reads the text as written and stops the build with file:line.
import type { AstroIntegration } from 'astro';
import { checkProviderDir, formatProblem } from '../lib/check-data.ts';

export default function providerDataCheck(dir = 'content/providers'): AstroIntegration {
  return {
    name: 'provider-data-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkProviderDir(dir);
        for (const warning of problems.filter((problem) => problem.severity === 'warning'))
          logger.warn(formatProblem(warning));
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (errors.length > 0) {
          throw new Error(
            `プロバイダーのデータに誤りがあります（npm run check:data でも確認できます）:\n${errors.map(formatProblem).join('\n')}`,
          );
        }
      },
    },
  };
}
