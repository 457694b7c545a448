// The editor schema must agree with providerSchema on real data and catch what it can of the known mistakes;
// it and CONTRIBUTING's field table are generated, so a stale copy fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { renderProviderJsonSchema, SCHEMA_FILE } from '../../src/lib/provider-json-schema.ts';
import { CONTRIBUTING_FILE, END, START, withFieldsTable } from '../../src/lib/fields-table.ts';
import { readYaml } from '../../src/lib/yaml-source.ts';
import { providerSchema } from '../../src/schemas/provider.ts';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

/** Parsed as Astro parses it; unquoted dates become Dates there, and text again (as editors see them) here. */
function load(file: string): unknown {
  return JSON.parse(
    JSON.stringify(readYaml(readFileSync(file, 'utf8')).data, (_key, value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value,
    ),
  );
}

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name));

describe('accepts', () => {
  test.each([
    ...yamlFiles('content/providers'),
    ...yamlFiles('tests/fixtures/check-data/valid'),
    ...yamlFiles('tests/fixtures/providers'),
  ])('%s', (file) => {
    expect(validate(load(file)), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('rejects', () => {
  test.each([
    ['unknown-key', 'additionalProperties'],
    ['bad-enum', 'enum'],
    ['http-url', 'pattern'],
    ['maturity-self-assessment', 'if'],
    ['bad-date', 'pattern'],
    ['missing-key', 'required'],
  ])('%s (%s)', (folder, keyword) => {
    const data = load(`tests/fixtures/check-data/${folder}/example-cloud.yaml`);
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((error) => error.keyword)).toContain(keyword);
  });

  test.each([
    ['a source with neither url nor ref', { sources: [{ kind: 'csa', note: 'n', checked: '2026-12-03' }] }],
    ['a registryUrl outside cloudsecurityalliance.org', { registryUrl: 'https://example.com/star' }],
    ['a non-ASCII name without kana', { name: '株式会社エグザンプル', kana: undefined }],
    [
      'a checked date without its day',
      { sources: [{ url: 'https://example.com/', kind: 'csa', note: 'n', checked: '2026-12' }] },
    ],
  ])('%s, as providerSchema does', (_case, overrides) => {
    // JSON round trip drops the keys an override sets to undefined.
    const data = JSON.parse(
      JSON.stringify({ ...(load('tests/fixtures/check-data/valid/example-cloud.yaml') as object), ...overrides }),
    );
    expect(providerSchema.safeParse(data).success).toBe(false);
    expect(validate(data)).toBe(false);
  });
});

test(`${SCHEMA_FILE} is up to date (npm run schema)`, () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderProviderJsonSchema());
});

test(`${CONTRIBUTING_FILE}'s field table is up to date (node scripts/fields-table.ts)`, () => {
  const contributing = readFileSync(CONTRIBUTING_FILE, 'utf8');
  expect(contributing).toBe(withFieldsTable(contributing));
  // Every field's description reaches the table.
  const table = contributing.slice(contributing.indexOf(START), contributing.indexOf(END));
  expect(table).toContain(providerSchema.shape.registryUrl.description);
});

test('content/providers/_template.yaml points editors at the schema and is itself valid', () => {
  const text = readFileSync('content/providers/_template.yaml', 'utf8');
  expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../public/schemas/provider.schema.json');
  expect(providerSchema.safeParse(readYaml(text).data).success).toBe(true);
  expect(validate(load('content/providers/_template.yaml'))).toBe(true);
});
