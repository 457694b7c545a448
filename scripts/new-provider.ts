// npm run new:provider: asks in Japanese on a terminal, or reads --flags when piped (CI, tests), then writes
// <dir>/<id>.yaml only after the result passes providerSchema and does not repeat an existing id or name.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { assessmentSchema, PROVIDER_ID, providerSchema, serviceSchema, sourceSchema } from '../src/schemas/provider.ts';
import { MATURITY_TYPE } from '../src/schemas/vocabulary.ts';
import { formatPath, listProviderFiles } from '../src/lib/check-data.ts';
import { namesOf, normaliseProviderName } from '../src/lib/provider-names.ts';
import { renderProviderYaml } from '../src/lib/provider-yaml.ts';
import { readYaml } from '../src/lib/yaml-source.ts';

type Answers = Record<string, string | undefined>;

interface Field {
  flag: string;
  /** Where the value lands in the file; also how schema errors are traced back to a flag. */
  path: string;
  schema?: z.ZodType;
  required?: boolean;
  hint?: string;
  /** Interactive mode only asks when this holds. */
  askWhen?: (answers: Answers) => boolean;
}

const provider = providerSchema.shape;
const FIELDS: Field[] = [
  {
    flag: 'id',
    path: 'id',
    required: true,
    hint: 'ファイル名・URLになる id。英小文字・数字・ハイフン（例: example-cloud）',
  },
  { flag: 'name', path: 'name', schema: provider.name, required: true },
  { flag: 'name-en', path: 'nameEn', schema: provider.nameEn },
  { flag: 'kana', path: 'kana', schema: provider.kana },
  { flag: 'country', path: 'country', schema: provider.country },
  { flag: 'website', path: 'website', schema: provider.website },
  { flag: 'registry-url', path: 'registryUrl', schema: provider.registryUrl },
  { flag: 'summary', path: 'summary', schema: provider.summary },
  { flag: 'service', path: 'services[0].name', schema: serviceSchema.shape.name, required: true },
  {
    flag: 'model',
    path: 'services[0].models',
    hint: `${serviceSchema.shape.models.description}。複数ならカンマ区切り`,
  },
  { flag: 'type', path: 'services[0].assessments[0].type', schema: assessmentSchema.shape.type, required: true },
  {
    flag: 'maturity',
    path: 'services[0].assessments[0].maturity',
    schema: assessmentSchema.shape.maturity,
    askWhen: (answers) => answers.type === MATURITY_TYPE,
  },
  { flag: 'version', path: 'services[0].assessments[0].version', schema: assessmentSchema.shape.version },
  { flag: 'date', path: 'services[0].assessments[0].date', schema: assessmentSchema.shape.date },
  { flag: 'language', path: 'services[0].assessments[0].language', schema: assessmentSchema.shape.language },
  { flag: 'report-url', path: 'services[0].assessments[0].reportUrl', schema: assessmentSchema.shape.reportUrl },
  { flag: 'source', path: 'sources[0].url', schema: sourceSchema.shape.url },
  {
    flag: 'source-ref',
    path: 'sources[0].ref',
    schema: sourceSchema.shape.ref,
    askWhen: (answers) => answers.source === undefined,
  },
  { flag: 'source-kind', path: 'sources[0].kind', schema: sourceSchema.shape.kind, required: true },
  { flag: 'source-note', path: 'sources[0].note', schema: sourceSchema.shape.note, required: true },
  {
    flag: 'checked',
    path: 'sources[0].checked',
    schema: sourceSchema.shape.checked,
    required: true,
    hint: `${sourceSchema.shape.checked.description}。今日なら today`,
  },
];

const label = (field: Field) => `--${field.flag}（${field.path}）`;
const describe = (field: Field) => field.hint ?? field.schema?.description ?? '';

/** `today` must be asked for by name: a silent default would record a check nobody made. */
function todayInTokyo(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

function buildProvider(answers: Answers): z.input<typeof providerSchema> {
  const models = answers.model?.split(',').map((model) => model.trim());
  const assessment = {
    type: answers.type,
    maturity: answers.maturity,
    version: answers.version,
    date: answers.date,
    language: answers.language,
    reportUrl: answers['report-url'],
  };
  const source = {
    url: answers.source,
    ref: answers['source-ref'],
    kind: answers['source-kind'],
    note: answers['source-note'],
    checked: answers.checked === 'today' ? todayInTokyo() : answers.checked,
  };
  const draft = {
    name: answers.name,
    nameEn: answers['name-en'],
    kana: answers.kana,
    country: answers.country,
    website: answers.website,
    registryUrl: answers['registry-url'],
    summary: answers.summary,
    services: [{ name: answers.service, models, assessments: [assessment] }],
    sources: [source],
  };
  // Drops unanswered optional fields so neither the schema nor the file sees `key: null`.
  return JSON.parse(JSON.stringify(draft));
}

/** Every reason not to write the file, each naming the flag and the field. */
function findProblems(answers: Answers, dir: string): string[] {
  const problems = FIELDS.filter((field) => field.required && !answers[field.flag]).map(
    (field) => `${label(field)}は必須です: ${describe(field)}`,
  );
  const id = answers.id;
  if (id && !PROVIDER_ID.test(id))
    problems.push(`${label(FIELDS[0]!)}: ${describe(FIELDS[0]!)}。「${id}」は使えません`);
  if (id && ['yaml', 'yml'].some((ext) => existsSync(join(dir, `${id}.${ext}`)))) {
    problems.push(
      `${label(FIELDS[0]!)}: ${join(dir, `${id}.yaml`)} はすでにあります。既存のファイルに追記してください`,
    );
  }
  const result = providerSchema.safeParse(buildProvider(answers));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = formatPath(issue.path);
      const field = FIELDS.find((candidate) => candidate.path === path);
      const where = field ? label(field) : path;
      // A missing required flag is already reported above, in plainer words.
      if (!(field?.required && !answers[field.flag])) problems.push(`${where}: ${issue.message}`);
    }
  }
  problems.push(...findNameClashes(answers, dir));
  return problems;
}

function findNameClashes(answers: Answers, dir: string): string[] {
  const wanted = new Map(
    [answers.name, answers['name-en']].flatMap((name, index) =>
      name ? [[normaliseProviderName(name), index === 0 ? 'name' : 'name-en'] as const] : [],
    ),
  );
  const clashes: string[] = [];
  for (const fileName of listProviderFiles(dir)) {
    const data = readYaml(readFileSync(join(dir, fileName), 'utf8')).data;
    if (typeof data !== 'object' || data === null) continue;
    for (const existing of namesOf(data)) {
      const flag = wanted.get(normaliseProviderName(existing));
      const field = FIELDS.find((candidate) => candidate.flag === flag);
      if (field) {
        clashes.push(
          `${label(field)}: 「${answers[field.flag]}」は ${join(dir, fileName)} の「${existing}」と同じ名前です（全角・半角、大文字・小文字、空白の違いは同じとみなします）。同じ事業者なら既存のファイルに追記してください`,
        );
      }
    }
  }
  return clashes;
}

/** Interactive mode: one question per field, re-asked until the field's own schema accepts the answer. */
async function ask(answers: Answers): Promise<void> {
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  console.log('新しい事業者のファイルを作ります。空のまま Enter で任意の項目を飛ばします。\n');
  try {
    for (const field of FIELDS) {
      if (answers[field.flag] !== undefined || (field.askWhen && !field.askWhen(answers))) continue;
      for (;;) {
        const mark = field.required ? '（必須）' : '（任意）';
        const value = (await readline.question(`${field.path}${mark} ${describe(field)}\n> `)).trim();
        if (value === '' && !field.required) break;
        const checked = field.flag === 'checked' && value === 'today' ? todayInTokyo() : value;
        const result = field.schema?.safeParse(checked);
        const idProblem = field.flag === 'id' && !PROVIDER_ID.test(value) ? describe(field) : undefined;
        const problem =
          idProblem ??
          (value === '' ? '必須です' : result?.success === false ? result.error.issues[0]?.message : undefined);
        if (problem === undefined) {
          answers[field.flag] = value;
          break;
        }
        console.log(`  ${problem}`);
      }
    }
  } finally {
    readline.close();
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        ...Object.fromEntries(FIELDS.map((field) => [field.flag, { type: 'string' as const }])),
        dir: { type: 'string', default: 'content/providers' },
      },
      strict: true,
    });
  } catch (error) {
    console.error(
      `引数を読めません: ${(error as Error).message}\n使えるフラグ: ${FIELDS.map((field) => `--${field.flag}`).join(' ')} --dir`,
    );
    return 1;
  }
  const { dir, ...flags } = parsed.values as Answers & { dir: string };
  if (!existsSync(dir)) {
    console.error(`--dir: フォルダ ${dir} がありません`);
    return 1;
  }
  const answers: Answers = { ...flags };
  if (process.stdin.isTTY) await ask(answers);

  const problems = findProblems(answers, dir);
  if (problems.length > 0) {
    console.error(
      `ファイルは作成しませんでした。次の点を直してください:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    return 1;
  }
  const target = join(dir, `${answers.id}.yaml`);
  // The editor modeline only makes sense where the schema's relative path is known: the real folder.
  const schemaPath =
    resolve(dir) === resolve('content/providers') ? '../../public/schemas/provider.schema.json' : undefined;
  const text = renderProviderYaml(providerSchema.parse(buildProvider(answers)), schemaPath);
  // What is written must read back as valid the way Astro reads it (quoting, dates).
  const reread = providerSchema.safeParse(readYaml(text).data);
  if (!reread.success) throw new Error(`書き出したYAMLが検証に通りません: ${reread.error.message}`);
  writeFileSync(target, text, { flag: 'wx' });
  console.log(`${target} を作成しました。

次にすること:
  1. ファイルを開き、出典（sources）の内容と確認日を見直してください。事実ごとに出典が必要です。
     サービスや評価、出典が複数あるときは、同じ形でリストに書き足します。
  2. npm run check:data で検査してください。
  3. ブランチを作ってコミットし、プルリクエストを開いてください（テンプレートのチェックリストに沿って）。`);
  return 0;
}

process.exitCode = await main();
