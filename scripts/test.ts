// `npm test`: every check, in the order a failure is cheapest to find. Stops at the first failing step.
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
}

const node = process.execPath;
const bin = (name: string) => `node_modules/.bin/${name}`;

const STEPS: Step[] = [
  { name: '書式（Prettier）', command: [bin('prettier'), '--check', '.'] },
  { name: '型チェック（astro check）', command: [bin('astro'), 'check'] },
  { name: 'プロバイダーデータ（check:data）', command: [node, 'scripts/check-data.ts'] },
  { name: '単体テスト（Vitest unit）', command: [node, bin('vitest'), 'run', '--project', 'unit'] },
  { name: 'ビルド（astro build + Pagefind）', command: [bin('astro'), 'build'] },
  { name: 'HTMLの妥当性（html-validate）', command: [node, 'scripts/validate-html.ts'] },
  { name: 'リンク切れ（dist/ 内部リンク）', command: [node, 'scripts/check-links.ts'] },
  {
    name: 'ブラウザテスト（ページ・絞り込み・検索・アクセシビリティ・CSP・容量）',
    command: [node, bin('vitest'), 'run', '--project', 'e2e'],
  },
  {
    name: 'エスケープ（攻撃文字列入りのデータで一時ビルド）',
    command: [node, bin('vitest'), 'run', '--project', 'build'],
  },
  { name: 'ビルドの再現性（2回ビルドして比較）', command: [node, 'scripts/check-determinism.ts'] },
];

const only = process.argv.slice(2);
const steps =
  only.length > 0 ? STEPS.filter((step) => only.some((word) => step.command.join(' ').includes(word))) : STEPS;
let passed = 0;
const started = Date.now();
for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n━━ ${step.name}\n$ ${step.command.join(' ')}`);
  // Node 24 first on PATH, so every tool (and its children) runs on it even where the system Node is older.
  const env = {
    ...process.env,
    PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} が失敗しました（${seconds} 秒）`);
    console.log(`\nchecks: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  passed += 1;
  console.log(`✓ ${step.name}（${seconds} 秒）`);
}
console.log(`\nすべてのチェックが通りました（${((Date.now() - started) / 1000).toFixed(0)} 秒）`);
console.log(`checks: ${passed} passed, 0 failed`);
