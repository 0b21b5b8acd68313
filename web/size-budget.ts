// The page's bundle size budget, checked at the end of every `npm run web:build`: the build
// fails when the gzipped JavaScript and CSS the page loads exceed the budget.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Options of {@link sizeBudget}. */
interface SizeBudgetOptions {
  /** The most gzipped bytes all emitted .js and .css files may add up to. */
  readonly maxGzipBytes: number;
}

/** A Vite plugin that sums the gzipped size of the emitted scripts and styles and fails above the budget. */
export function sizeBudget({ maxGzipBytes }: SizeBudgetOptions): Plugin {
  return {
    name: 'uhc-web-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      let total = 0;
      const lines: string[] = [];
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!/\.(js|css)$/.test(fileName)) continue;
        const source = output.type === 'chunk' ? output.code : output.source;
        const bytes = gzipSync(typeof source === 'string' ? Buffer.from(source) : source).length;
        total += bytes;
        lines.push(`  ${fileName}: ${(bytes / 1000).toFixed(1)} kB gzip`);
      }
      const summary = `page size: ${(total / 1000).toFixed(1)} kB gzip of ${(maxGzipBytes / 1000).toFixed(1)} kB budget`;
      this.info([summary, ...lines].join('\n'));
      if (total > maxGzipBytes) this.error(`${summary}: over budget`);
    },
  };
}
