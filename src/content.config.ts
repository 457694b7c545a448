// Wiring only: folders to loaders, loaders to the schemas in src/schemas.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { providerSchema } from './schemas/provider.ts';
import { providerIdFromPath } from './lib/provider-id.ts';

const articles = defineCollection({
  loader: glob({ pattern: '[^_]*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

const providers = defineCollection({
  // id == file name == URL slug; a file name that is not kebab-case stops the build with its name.
  loader: glob({
    pattern: '[^_]*.{yaml,yml}',
    base: './content/providers',
    generateId: ({ entry }) => providerIdFromPath(entry),
  }),
  schema: providerSchema,
});

export const collections = { articles, providers };
