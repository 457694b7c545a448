// CONTRIBUTING's field table, generated from the JSON Schema so the descriptions are written once (in zod).
import { buildProviderJsonSchema, PATTERNS } from './provider-json-schema.ts';

export const CONTRIBUTING_FILE = 'CONTRIBUTING.md';
export const START = '<!-- fields:start -->';
export const END = '<!-- fields:end -->';

interface JsonNode {
  type?: string;
  enum?: string[];
  pattern?: string;
  description?: string;
  items?: JsonNode;
  properties?: Record<string, JsonNode>;
  required?: string[];
}

const PATTERN_LABELS: Record<string, string> = {
  [PATTERNS.httpsUrl]: 'https:// のURL',
  [PATTERNS.csaUrl]: 'cloudsecurityalliance.org のURL',
  [PATTERNS.fullDate]: 'YYYY-MM-DD',
  [PATTERNS.partialDate]: 'YYYY-MM-DD または YYYY-MM',
  [PATTERNS.country]: '2文字の国コード',
};

// Fields whose pattern is their own (not a shared field type) are named by key.
const KEY_LABELS: Record<string, string> = { kana: 'ひらがな', language: '言語コード' };

function valueOf(node: JsonNode, key = ''): string {
  if (node.enum) return node.enum.map((value) => `\`${value}\``).join('・');
  if (node.type === 'array' && node.items?.properties) return 'リスト（下の項目）';
  if (node.type === 'array' && node.items) return `リスト: ${valueOf(node.items)}`;
  if (node.pattern) return PATTERN_LABELS[node.pattern] ?? KEY_LABELS[key] ?? '文字列（書式あり）';
  return '文字列';
}

function rows(node: JsonNode, prefix: string): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = `${prefix}${key}`;
    const required = node.required?.includes(key) ? '必須' : '任意';
    // Table cells cannot hold a raw pipe; descriptions use it for "a | b".
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    const row = `| \`${path}\` | ${required} | ${cell(valueOf(child, key))} | ${cell(child.description ?? '')} |`;
    const nested = child.type === 'array' && child.items?.properties ? rows(child.items, `${path}[].`) : [];
    return [row, ...nested];
  });
}

export function renderFieldsTable(): string {
  const header = ['| 項目 | 必須 | 値 | 説明 |', '| --- | --- | --- | --- |'];
  return [...header, ...rows(buildProviderJsonSchema() as JsonNode, '')].join('\n');
}

/** CONTRIBUTING.md with the table between the markers replaced; throws if the markers are missing. */
export function withFieldsTable(contributing: string): string {
  const start = contributing.indexOf(START);
  const end = contributing.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${CONTRIBUTING_FILE} に ${START} と ${END} の行がありません`);
  return `${contributing.slice(0, start + START.length)}\n\n${renderFieldsTable()}\n\n${contributing.slice(end)}`;
}
