// Builds the Pagefind index right after Astro writes dist/, and fails the build on any Pagefind error.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind: ${step} に失敗しました:\n${errors.join('\n')}`);
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        failOn(createErrors, 'createIndex');
        if (!index) throw new Error('Pagefind: インデックスを作れませんでした');
        try {
          const added = await index.addDirectory({ path: outDir });
          failOn(added.errors, 'addDirectory');
          if (added.page_count === 0)
            throw new Error('Pagefind: 索引対象のページが0件です（data-pagefind-body を確認）');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          failOn(written.errors, 'writeFiles');
          logger.info(`Pagefind: ${added.page_count} ページを読み込み、索引を書き出しました`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
