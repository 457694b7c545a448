// Validates every .html file in dist/ (or the folder given) with html-validate and .htmlvalidate.json.
// Prints `file:line:column rule message` for each problem and exits 1 if there is any.
// Disabled or relaxed rules (see .htmlvalidate.json), each for a reason in Astro's output:
//   void-style off    — MDX's JSX renderer writes void elements self-closed (<wbr/> from the BudouX headings plugin),
//                       .astro templates omit the slash; both are valid HTML, the rule only asks for one style.
//   valid-id relaxed  — heading ids are slugs of Japanese headings ("2つの懸念領域…"); HTML allows ids starting with a digit.
//   wcag/h32 off      — the directory filter form applies on change (a script enhances it; hidden without JavaScript);
//                       it has nothing to submit, and filtering a list is not a change of context (WCAG 3.2.2).
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlFilesIn } from './lib/dist-files.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export async function validateHtml(dir = 'dist'): Promise<{ files: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFilesIn(dir).map((file) => join(dir, file));
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({
          file: relative('.', file),
          line: message.line,
          column: message.column,
          rule: message.ruleId,
          message: message.message,
        });
      }
    }
  }
  return { files: files.length, problems };
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const { files, problems } = await validateHtml(dir);
  if (files === 0) {
    console.error(`${dir}/ にHTMLがありません。先に \`npm run build\` を実行してください。`);
    process.exit(1);
  }
  for (const problem of problems)
    console.log(`${problem.file}:${problem.line}:${problem.column} ${problem.rule} ${problem.message}`);
  if (problems.length > 0) {
    console.error(
      `\nHTMLの検証: ${files}ファイル中 ${new Set(problems.map((p) => p.file)).size}ファイルで ${problems.length}件の問題`,
    );
    process.exit(1);
  }
  console.log(`HTMLの検証: ${files}ファイル、問題なし`);
}
