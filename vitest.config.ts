import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    setupFiles: ['test/setup.ts'],
    // Builds the command for the tests that run it as a child process (test/cli/*.process.test.ts).
    globalSetup: ['test/cli/build-cli.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // src/cli.ts only hands the process to runCli; the process tests run it, but coverage
      // cannot see into a child process.
      exclude: ['src/index.ts', 'src/seeds.ts', 'src/cli.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
  },
});
