import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of schemas and pure logic, and browser tests against the built dist/.
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
    ],
  },
});
