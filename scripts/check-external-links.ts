// node scripts/check-external-links.ts [--report-issue]: are the external URLs in content/ still alive?
// Scheduled job only (.github/workflows/link-check.yml); with --report-issue it keeps one GitHub issue up to date via `gh`.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkLinks, collectExternalLinks } from '../src/lib/external-links.ts';

const LABEL = 'link-check';
const TITLE = '外部リンク切れの報告（自動）';

const { values } = parseArgs({ options: { 'report-issue': { type: 'boolean', default: false } } });
const links = collectExternalLinks('content');
const results = await checkLinks(links.map((link) => link.url));
const dead = results.filter((result) => !result.ok);

const lines = dead.map((result) => {
  const files = links.find((link) => link.url === result.url)?.files.join(', ');
  return `- [ ] ${result.url} — ${result.status}（${files}）`;
});
console.log(`外部リンク ${results.length} 件を確認し、${dead.length} 件に到達できませんでした。`);
if (lines.length > 0) console.log(lines.join('\n'));

if (values['report-issue']) reportIssue();

function gh(args: string[], input?: string): string {
  return execFileSync('gh', args, { input, encoding: 'utf8' }).trim();
}

/** One open issue at a time: created or rewritten while links are dead, closed once none are. */
function reportIssue(): void {
  const open = gh(['issue', 'list', '--label', LABEL, '--state', 'open', '--json', 'number', '--jq', '.[0].number']);
  if (dead.length === 0) {
    if (open) gh(['issue', 'close', open, '--comment', 'リンク切れはなくなりました。']);
    return;
  }
  const body = `週1回の外部リンク確認で、次のURLに到達できませんでした（${new Date().toISOString().slice(0, 10)}）。
一時的な障害や、自動アクセスを拒むサイトのこともあります。ブラウザで開いて確かめ、移転していれば出典を更新し、\`checked\`も直してください。

${lines.join('\n')}
`;
  if (open) {
    gh(['issue', 'edit', open, '--body-file', '-'], body);
  } else {
    gh(['label', 'create', LABEL, '--force', '--color', 'd93f0b', '--description', '外部リンク確認の自動報告']);
    gh(['issue', 'create', '--title', TITLE, '--label', LABEL, '--body-file', '-'], body);
  }
}
