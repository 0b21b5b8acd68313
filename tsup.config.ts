import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', seeds: 'src/seeds.ts', article: 'src/article.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: false,
});
