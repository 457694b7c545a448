// npm run check:data [-- --dir <folder>]: validate provider files without a build; exit 1 on any error.
import { parseArgs } from 'node:util';
import { checkProviderDir, exitCodeFor, formatAnnotation, formatProblem } from '../src/lib/check-data.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content/providers' } } });
const problems = checkProviderDir(values.dir);
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');

for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of problems) console.log(formatAnnotation(problem));
}
console.log(
  errors.length > 0
    ? `\nエラー ${errors.length} 件・警告 ${warnings.length} 件。上の行の項目を直してから、もう一度 npm run check:data を実行してください。`
    : `\n${values.dir} の検査に合格しました（警告 ${warnings.length} 件）。`,
);
process.exitCode = exitCodeFor(problems);
