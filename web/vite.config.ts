// The page's build. `npm run web:dev` serves it, `npm run web:build` writes web/dist/ with
// relative paths (base './'), so the folder works from any static host or a subfolder.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sizeBudget } from './size-budget.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    // The page imports the library by its package name, resolved to the library's source
    // entries rather than to dist/: the page then needs no `npm run build` first, always shows
    // the library of the same commit, and Vite tree-shakes it exactly as it would the build.
    // `uhc-metrics/<subpath>` maps to src/<subpath>.ts, the file tsup builds that subpath from.
    alias: [
      { find: /^uhc-metrics$/, replacement: `${repo}src/index.ts` },
      { find: /^uhc-metrics\/(.+)$/, replacement: `${repo}src/$1.ts` },
    ],
  },
  server: { fs: { allow: [repo] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  plugins: [sizeBudget({ initial: 50_000, total: 200_000 })],
});
