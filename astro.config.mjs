// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';
import providerDataCheck from './src/integrations/provider-data-check.ts';
import { remarkGlossaryLinks } from './src/lib/remark-glossary-links.ts';
import { rehypeBudouxHeadings } from './src/lib/rehype-budoux-headings.ts';

// The public origin; override with SITE_URL when hosting elsewhere.
const site = process.env.SITE_URL ?? 'https://caiq-ja.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // External stylesheets only: styles inlined from MDX components would miss the CSP's hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [providerDataCheck(), mdx(), sitemap({ filter: (page) => !page.includes('/404') }), pagefindIndex()],
  markdown: {
    // The unified pipeline runs our plugins (MDX inherits it): glossary links and BudouX headings.
    processor: unified({
      remarkPlugins: [remarkGlossaryLinks],
      rehypePlugins: [rehypeBudouxHeadings],
      smartypants: false,
    }),
    // Shiki writes inline styles, which the CSP forbids; articles carry no code blocks worth colouring.
    syntaxHighlight: false,
  },
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
