import { defineConfig } from 'tsup';

// One line per public entry point (each a subpath in package.json "exports").
const entry = {
  index: 'src/index.ts',
  seeds: 'src/seeds.ts',
  regions: 'src/regions.ts',
  villages: 'src/villages.ts',
  article: 'src/article.ts',
};

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // Entries share chunks: importing two subpaths loads the core once, not once per entry.
  splitting: true,
});
