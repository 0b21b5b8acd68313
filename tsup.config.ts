import type { Options } from 'tsup';

// One line per public entry point (each a subpath in package.json "exports"). The guides' tests
// build the same entries (test/docs/guide-project.ts).
export const LIBRARY_ENTRY: Record<string, string> = {
  index: 'src/index.ts',
  seeds: 'src/seeds.ts',
  regions: 'src/regions.ts',
  villages: 'src/villages.ts',
  article: 'src/article.ts',
};

/**
 * The `uhc-metrics` command (the package's bin): one ESM file with a shebang, the library bundled
 * in. No declarations (it is run, not imported) and no source map (it would triple the size the
 * package ships). The command's process tests build it from these same options into a cache
 * folder (test/cli/build-cli.ts).
 */
export const cliBuild: Options = {
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: false,
  target: 'es2022',
  platform: 'node',
  treeshake: true,
  splitting: false,
  banner: { js: '#!/usr/bin/env node' },
};

const config: Options[] = [
  {
    entry: LIBRARY_ENTRY,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    // Entries share chunks: importing two subpaths loads the core once, not once per entry.
    splitting: true,
  },
  cliBuild,
];

export default config;
