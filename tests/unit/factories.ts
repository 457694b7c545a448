// Minimal valid inputs for schema tests; each test overrides only what it checks.
import type { z } from 'astro/zod';
import type { providerSchema } from '../../src/schemas/provider.ts';

export type ProviderInput = z.input<typeof providerSchema>;

export function makeProvider(overrides: Partial<ProviderInput> = {}): ProviderInput {
  return {
    name: 'Example Cloud',
    services: [{ name: 'Example Service', assessments: [{ type: 'self-assessment' }] }],
    sources: [{ url: 'https://example.com/trust', kind: 'provider', note: '自社サイトの記載', checked: '2026-12-03' }],
    ...overrides,
  };
}

export function makeArticle(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'テスト記事',
    description: '説明',
    published: '2026-12-01',
    tags: ['CSA STAR'],
    sources: [{ title: '資料', url: 'https://example.com/doc' }],
    ...overrides,
  };
}
