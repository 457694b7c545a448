// Helpers for browser tests: connect to the shared Chromium, open pages, collect console errors and CSP violations.
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const baseUrl = () => inject('baseUrl');

export async function connect(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

export async function openPage(
  browser: Browser | BrowserContext,
  path: string,
  options: { javaScript?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<WatchedPage> {
  const context =
    'newContext' in browser
      ? await browser.newContext({
          javaScriptEnabled: options.javaScript ?? true,
          colorScheme: options.colorScheme ?? 'light',
        })
      : browser;
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
  return { page, problems };
}
