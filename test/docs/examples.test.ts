// Every example the documentation shows runs, and every result it claims is true: the ```ts
// blocks of JSDoc comments in src/ and the scripts in examples/, in process with the package's
// names in scope. The blocks of the guides in docs/ and of the README run as a reader pastes
// them instead (guides.test.ts). One test per block, named file:line.
import { describe, expect, it } from 'vitest';
import { BlockError } from './compile-block.js';
import { blockLine, blockName, collectDocBlocks, isGuideBlock, markdownFiles } from './doc-blocks.js';
import { runBlock } from './run-block.js';

const { blocks, problems } = collectDocBlocks();

describe('documented examples', () => {
  it.each(blocks.filter((block) => !isGuideBlock(block)).map((block) => [blockName(block), block] as const))('%s', async (_name, block) => {
    try {
      await runBlock(block.code, (line) => blockLine(block, line));
    } catch (error) {
      if (error instanceof BlockError) throw new Error(`${blockLine(block, error.line)}: ${error.message}`);
      throw error;
    }
    // A whole example script (DuckDB starting in-process, say) may take seconds on a loaded machine.
  }, 60_000);

  it('finds no @example without a ```ts fence and no unclosed fence', () => {
    expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)).toEqual([]);
  });

  it('finds blocks in the source, in every guide and in the examples', () => {
    const files = new Set(blocks.map((block) => block.file));
    for (const file of markdownFiles()) expect(files, file).toContain(file);
    expect([...files].some((file) => file.startsWith('src/'))).toBe(true);
    expect([...files].some((file) => file.startsWith('examples/'))).toBe(true);
  });
});
