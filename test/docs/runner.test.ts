// The example runner itself: it must fail on every kind of false or unchecked documentation,
// or the passing documentation tests would prove nothing.
import { describe, expect, it } from 'vitest';
import { BlockError, compileBlock } from './compile-block.js';
import { jsDocBlocks, markdownBlocks, type DocBlock, type DocProblem } from './doc-blocks.js';
import { runBlock } from './run-block.js';

const where = (line: number): string => `block.ts:${line + 1}`;
const run = (code: string): Promise<{ readonly printed: readonly string[] }> => runBlock(code, where);

/** The BlockError `code` raises when compiled. */
function compileError(code: string): BlockError {
  try {
    compileBlock(code);
  } catch (error) {
    if (error instanceof BlockError) return error;
    throw error;
  }
  throw new Error('expected a BlockError');
}

describe('value claims', () => {
  it('accept a true claim with the package in scope', async () => {
    await expect(run(`coverageRatio({ population: 20, participants: 19 });\n// => 0.95`)).resolves.toBeDefined();
  });

  it('reject a false claim, naming the line and the expression', async () => {
    await expect(run(`const x = 1;\nx + 1;\n// => 3`)).rejects.toThrow(/block\.ts:3: x \+ 1/);
  });

  it('compare deeply, as toEqual does', async () => {
    await expect(run(`({ a: [1, { b: 'c' }], d: undefined });\n// => { a: [1, { b: 'c' }] }`)).resolves.toBeDefined();
    await expect(run(`[1, [2]];\n// => [1, [3]]`)).rejects.toThrow(/claimed: \[1, \[3\]\]/);
  });

  it('read a literal continued over several comment lines', async () => {
    const code = `[1, 2, 3].map((n) =>\n  n * 2,\n);\n// => [\n//   2, 4,\n//   6,\n// ]`;
    await expect(run(code)).resolves.toBeDefined();
    await expect(run(code.replace('6,', '7,'))).rejects.toThrow(/claimed/);
  });

  it('check claims inside blocks and callbacks, every time they are reached', async () => {
    await expect(run(`for (const n of [2, 4]) {\n  n % 2;\n  // => 0\n}`)).resolves.toBeDefined();
    await expect(run(`for (const n of [2, 3]) {\n  n % 2;\n  // => 0\n}`)).rejects.toThrow(/block\.ts:3/);
  });

  it('fail when a claim is never evaluated', async () => {
    await expect(run(`try {\n  1;\n} catch {\n  2;\n  // => 2\n}`)).rejects.toThrow(/never evaluated[\s\S]*block\.ts:5/);
  });

  it('await inside a claimed expression', async () => {
    await expect(run(`await Promise.resolve(7);\n// => 7`)).resolves.toBeDefined();
  });

  it('accept -0, Infinity, undefined, null, booleans, bigints and templates as literals', async () => {
    const code = `[-Infinity, undefined, null, true, 10n, \`t\`, -0.5];\n// => [-Infinity, undefined, null, true, 10n, \`t\`, -0.5]`;
    await expect(run(code)).resolves.toBeDefined();
  });
});

describe('throws claims', () => {
  it('accept the library error with the claimed code', async () => {
    await expect(run(`coverageRatio({ population: -1, participants: 0 });\n// throws INVALID_COUNT`)).resolves.toBeDefined();
  });

  it('reject another code, no error, or an error of another kind', async () => {
    await expect(run(`coverageRatio({ population: -1, participants: 0 });\n// throws INVALID_DATE`)).rejects.toThrow(
      /block\.ts:2/,
    );
    await expect(run(`coverageRatio({ population: 1, participants: 0 });\n// throws INVALID_COUNT`)).rejects.toThrow(
      /but returned/,
    );
    await expect(run(`JSON.parse('{');\n// throws INVALID_FIGURE`)).rejects.toThrow(/but threw SyntaxError/);
  });

  it('await an awaited expression', async () => {
    await expect(run(`await Promise.reject(new Error('x'));\n// throws INVALID_INPUT`)).rejects.toThrow(/but threw Error: x/);
    await expect(
      run(`await Promise.resolve().then(() => parseFigure('x'));\n// throws INVALID_FIGURE`),
    ).resolves.toBeDefined();
    await expect(run(`await Promise.resolve(1);\n// throws INVALID_FIGURE`)).rejects.toThrow(/but returned/);
  });

  it('need an error code', () => {
    expect(compileError(`f();\n// throws`).message).toMatch(/needs an error code/);
  });
});

describe('blocks', () => {
  it('fail when the block throws without a claim', async () => {
    await expect(run(`parseFigure('nonsense');`)).rejects.toThrow(/nonsense/);
  });

  it('rewrite imports of the package and of the seeds subpath to the source modules', async () => {
    const code = [
      `import { coverageRatio as ratio, type Snapshot } from 'uhc-metrics';`,
      `import * as uhc from 'uhc-metrics';`,
      `import { SEED_ARTICLE_IDS } from 'uhc-metrics/seeds';`,
      `import type { Issue } from 'uhc-metrics';`,
      `import { join } from 'node:path';`,
      `const snapshot: Pick<Snapshot, 'population' | 'participants'> = { population: 4, participants: 3 };`,
      `const issues: Issue[] = [];`,
      `[ratio(snapshot), uhc.coverageRatio === ratio, SEED_ARTICLE_IDS.length, join('a', 'b'), issues.length];`,
      `// => [0.75, true, 5, 'a/b', 0]`,
    ].join('\n');
    await expect(run(code)).resolves.toBeDefined();
  });

  it('let a block declare a name the package exports', async () => {
    await expect(run(`const podium = 3;\npodium;\n// => 3`)).resolves.toBeDefined();
  });

  it('keep what the block prints out of the test output', async () => {
    await expect(run(`console.log('a', 1);\nconsole.table([1]);`)).resolves.toEqual({ printed: ['a 1', '1'] });
  });

  it('reject claims that are computed or do not follow an expression statement', () => {
    expect(compileError(`1;\n// => coverageRatio({ population: 1, participants: 1 })`).message).toMatch(/must be a literal/);
    expect(compileError(`1;\n// => [x]`).message).toMatch(/must be a literal/);
    expect(compileError(`1;\n// => { ...a }`).message).toMatch(/must be a literal/);
    expect(compileError(`1;\n// => -x`).message).toMatch(/must be a literal/);
    expect(compileError(`const x = 1;\n// => 1`)).toMatchObject({ line: 1 });
    expect(compileError(`1;\n\n// => 1`).message).toMatch(/right after an expression statement/);
    expect(compileError(`1; // note\n// => 1`).message).toMatch(/right after an expression statement/);
    expect(compileError(`1;\n// => [1,`).message).toMatch(/not a JavaScript literal/);
  });

  it('reject exports, default imports and syntax errors', () => {
    expect(compileError(`export const x = 1;`).message).toMatch(/must not export/);
    expect(compileError(`const x = 1;\nexport { x as y };`)).toMatchObject({ line: 1, message: expect.stringMatching(/must not export/) });
    expect(compileError(`import uhc from 'uhc-metrics';`).message).toMatch(/no default export/);
    expect(compileError(`const = 1;`).message).toMatch(/syntax error/);
  });
});

describe('block extraction', () => {
  const extract = (extractor: typeof jsDocBlocks, text: string): { blocks: DocBlock[]; problems: DocProblem[] } => {
    const blocks: DocBlock[] = [];
    const problems: DocProblem[] = [];
    extractor('f.ts', text, blocks, problems);
    return { blocks, problems };
  };

  it('finds ```ts fences in JSDoc comments with their file lines, prefixes removed', () => {
    const text = [
      `const s = '/** @example not a comment */';`,
      `/**`,
      ` * Summary.`,
      ` *`,
      ' * @example',
      ' * ```ts',
      ' * if (true) {',
      ' *   f();',
      ' * }',
      ' * ```',
      ' * ```text',
      ' * not code',
      ' * ```',
      ` */`,
      `export function f(): void {}`,
    ].join('\n');
    expect(extract(jsDocBlocks, text)).toEqual({
      blocks: [{ file: 'f.ts', line: 7, code: 'if (true) {\n  f();\n}', fileLines: [7, 8, 9] }],
      problems: [],
    });
  });

  it('reports an @example without a ```ts fence and an unclosed fence', () => {
    const text = ['/**', ' * @example', ' * f();', ' * @returns x', ' */', '/**', ' * ```ts', ' * f();', ' */', 'const a = 1;'].join('\n');
    expect(extract(jsDocBlocks, text).problems).toEqual([
      { file: 'f.ts', line: 2, message: expect.stringMatching(/without a ```ts fence/) },
      { file: 'f.ts', line: 7, message: 'unclosed code fence' },
    ]);
  });

  it('finds ```ts fences in Markdown, indented ones too, and skips other languages', () => {
    const text = ['# T', '```ts', 'a();', '```', '- item', '  ```ts', '  b();', '    c();', '  ```', '```sh', 'npm i', '```', '```ts'].join('\n');
    expect(extract(markdownBlocks, text)).toEqual({
      blocks: [
        { file: 'f.ts', line: 3, code: 'a();', fileLines: [3] },
        { file: 'f.ts', line: 7, code: 'b();\n  c();', fileLines: [7, 8] },
      ],
      problems: [{ file: 'f.ts', line: 13, message: 'unclosed code fence' }],
    });
  });

  it('prefixes a continued Markdown block with the blocks it continues, keeping their file lines', () => {
    const text = ['```ts continued', 'x();', '```', '```ts', 'a();', '```', 'text', '```ts continued', 'b();', '```', '```ts continued', 'c();', '```'];
    const { blocks, problems } = extract(markdownBlocks, text.join('\n'));
    expect(problems).toEqual([{ file: 'f.ts', line: 1, message: expect.stringMatching(/needs a ```ts block before it/) }]);
    expect(blocks.slice(1)).toEqual([
      { file: 'f.ts', line: 5, code: 'a();', fileLines: [5] },
      { file: 'f.ts', line: 9, code: 'a();\nb();', fileLines: [5, 9] },
      { file: 'f.ts', line: 12, code: 'a();\nb();\nc();', fileLines: [5, 9, 12] },
    ]);
  });
});
