// One server for dist/ and one Chromium for the whole browser run; test files connect to both.
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ がありません。先に `npm run build` を実行してください。');
  const executablePath = chromiumPath();
  const { server, url } = await startStaticServer('dist');
  const browserServer: BrowserServer = await chromium.launchServer({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide('baseUrl', url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await new Promise((done) => server.close(done));
  };
}
