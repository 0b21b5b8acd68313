// The page's bundle size budget, checked at the end of every `npm run web:build`: the build
// fails when the gzipped JavaScript and CSS exceed it, on first load (the entry chunk and the
// styles) or in all (with the chunks loaded later: the charts, the seed articles).
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Options of {@link sizeBudget}, in gzipped bytes. */
interface SizeBudgetOptions {
  /** The most the first load (entry chunks and CSS) may weigh. */
  readonly initial: number;
  /** The most all emitted .js and .css files may add up to. */
  readonly total: number;
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** A Vite plugin that sums the gzipped size of the emitted scripts and styles and fails above the budget. */
export function sizeBudget(budget: SizeBudgetOptions): Plugin {
  return {
    name: 'uhc-web-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      let initial = 0;
      let total = 0;
      const lines: string[] = [];
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!/\.(js|css)$/.test(fileName)) continue;
        const source = output.type === 'chunk' ? output.code : output.source;
        const bytes = gzipSync(typeof source === 'string' ? Buffer.from(source) : source).length;
        const first = output.type === 'asset' || output.isEntry;
        total += bytes;
        if (first) initial += bytes;
        lines.push(`  ${fileName}: ${kB(bytes)}${first ? ' (first load)' : ''}`);
      }
      const summary = `page size, gzipped: first load ${kB(initial)} of ${kB(budget.initial)}, in all ${kB(total)} of ${kB(budget.total)}`;
      this.info([summary, ...lines].join('\n'));
      if (initial > budget.initial || total > budget.total) this.error(`${summary}: over budget`);
    },
  };
}
