// npm run schema [-- --check]: public/schemas/provider.schema.json from providerSchema, for editors.
import { parseArgs } from 'node:util';
import { renderProviderJsonSchema, SCHEMA_FILE } from '../src/lib/provider-json-schema.ts';
import { writeOrCheck } from '../src/lib/generated-file.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
process.exitCode = writeOrCheck(SCHEMA_FILE, renderProviderJsonSchema(), values.check, 'npm run schema');
