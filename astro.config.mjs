// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';
import { remarkGlossaryLinks } from './src/lib/remark-glossary-links.ts';
import { rehypeBudouxHeadings } from './src/lib/rehype-budoux-headings.ts';

// The public origin; override with SITE_URL when hosting elsewhere.
const site = process.env.SITE_URL ?? 'https://caiq-ja.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // Articles are MDX only, so the remark/rehype plugins belong to MDX's own (unified) pipeline.
    mdx({ remarkPlugins: [remarkGlossaryLinks], rehypePlugins: [rehypeBudouxHeadings] }),
    sitemap({ filter: (page) => !page.includes('/404') }),
    pagefindIndex(),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
