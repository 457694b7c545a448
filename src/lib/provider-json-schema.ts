// providerSchema as JSON Schema for editors (yaml-language-server): zod's export plus what zod cannot see through
// refinements (https, date formats, CSA host, maturity only on certification, url or ref, kana for non-ASCII names).
import { z } from 'astro/zod';
import { fullDate, httpsUrl, partialDate } from '../schemas/fields.ts';
import { assessmentSchema, providerSchema, sourceSchema } from '../schemas/provider.ts';
import { MATURITY_TYPE } from '../schemas/vocabulary.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12][0-9]|3[01])';
// Patterns only approximate the refinements (2026-02-30 passes here); check:data has the last word.
export const PATTERNS = {
  httpsUrl: '^https://[^\\s/?#]+[^\\s]*$',
  partialDate: `^[0-9]{4}-${MONTH}(-${DAY})?$`,
  fullDate: `^[0-9]{4}-${MONTH}-${DAY}$`,
  csaUrl: '^https://([a-z0-9-]+\\.)*cloudsecurityalliance\\.org([/?#]|$)',
  country: '^[A-Z]{2}$',
};

export const SCHEMA_FILE = 'public/schemas/provider.schema.json';

export function buildProviderJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(providerSchema, {
    io: 'input',
    target: 'draft-7',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as JsonSchema;
      // `.describe()` clones a schema but keeps its definition, so definitions identify the shared field types.
      const is = (candidate: z.ZodType) => zodSchema._zod.def === candidate._zod.def;
      // YAML turns an unquoted date into a Date; editors see the text, so the schema speaks of the text.
      if (is(partialDate)) Object.assign(json, { type: 'string', pattern: PATTERNS.partialDate });
      if (is(fullDate)) Object.assign(json, { type: 'string', pattern: PATTERNS.fullDate });
      if (is(httpsUrl)) json.pattern = PATTERNS.httpsUrl;
      if (is(assessmentSchema)) {
        json.if = { properties: { type: { not: { const: MATURITY_TYPE } } }, required: ['type'] };
        json.then = { not: { required: ['maturity'] } };
      }
      if (is(sourceSchema)) json.anyOf = [{ required: ['url'] }, { required: ['ref'] }];
      if (zodSchema === providerSchema && json.properties) {
        Object.assign(json.properties.registryUrl!, { type: 'string', pattern: PATTERNS.csaUrl });
        Object.assign(json.properties.country!, { pattern: PATTERNS.country });
        json.if = { properties: { name: { type: 'string', pattern: '[^\\x20-\\x7e]' } }, required: ['name'] };
        json.then = { required: ['kana'] };
      }
    },
  }) as JsonSchema;
  return {
    ...schema,
    $id: 'https://caiq-ja.example/schemas/provider.schema.json',
    title: '事業者ファイル（content/providers/<id>.yaml）',
  };
}

/** The file as committed (public/schemas/ is left alone by Prettier, see .prettierignore). */
export function renderProviderJsonSchema(): string {
  return `${JSON.stringify(buildProviderJsonSchema(), null, 2)}\n`;
}
