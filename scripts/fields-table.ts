// node scripts/fields-table.ts [--check]: refresh the field table in CONTRIBUTING.md from the schema descriptions.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONTRIBUTING_FILE, withFieldsTable } from '../src/lib/fields-table.ts';
import { writeOrCheck } from '../src/lib/generated-file.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const expected = withFieldsTable(readFileSync(CONTRIBUTING_FILE, 'utf8'));
process.exitCode = writeOrCheck(CONTRIBUTING_FILE, expected, values.check, 'node scripts/fields-table.ts');
