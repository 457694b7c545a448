import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests of schemas and pure logic, browser tests against the built dist/,
// and build tests that build their own temporary copy of the site.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium and one server for the whole run; files share them.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'build',
          // Each file builds its own temporary copy of the site (tens of seconds), so they run apart from the e2e run.
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
