// Vitest global setup: builds the command with the package's own tsup options (tsup.config.ts)
// into a cache folder inside the repository (so that it finds package.json for --version, as
// dist/cli.js does), for the tests that run it as a child process. `npm test` runs before
// `npm run build` in CI; .ci/run then runs those tests again against dist/cli.js by setting
// UHC_METRICS_CLI, which skips this build.
import { join } from 'node:path';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';
import { cliBuild } from '../../tsup.config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built command. */
    cliPath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const root = join(import.meta.dirname, '..', '..');
  const given = process.env['UHC_METRICS_CLI'];
  if (given !== undefined && given !== '') {
    project.provide('cliPath', join(root, given));
    return;
  }
  const outDir = join(root, 'node_modules', '.cache', 'uhc-metrics-cli-test');
  await build({ ...cliBuild, outDir, silent: true, config: false });
  project.provide('cliPath', join(outDir, 'cli.js'));
}
