// Every documented block type-checks as a module of a user's strict TypeScript project.
import { describe, expect, it } from 'vitest';
import { blockLine, blockName, collectDocBlocks } from './doc-blocks.js';
import { typeCheckBlocks } from './type-check-blocks.js';

const { blocks } = collectDocBlocks();
const errors = typeCheckBlocks(blocks);

describe('documented examples type-check', () => {
  it.each(blocks.map((block, index) => [blockName(block), block, index] as const))('%s', (_name, block, index) => {
    expect((errors[index] ?? []).map((error) => `${blockLine(block, error.line)}: ${error.message}`)).toEqual([]);
  });
});
