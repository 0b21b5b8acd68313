// The guides in docs/ and the README's code run as a reader pastes them: each block, after the
// blocks it continues, saved as a file of a fresh project set up as the guide says and run with
// tsx against the built package; every `// =>` claim is held to what its console.log printed.
// `UHC_METRICS_PACKAGE=.` runs them against the repository's own build (`npm run test:guides`,
// after `npm run build`, in CI); otherwise the package is built here first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockError } from './compile-block.js';
import { blockLine, blockName, collectDocBlocks, guidePrograms, isGuideBlock, markdownFiles, ownLines, ROOT, type DocBlock } from './doc-blocks.js';
import { builtPackage, createProject, guideSetup } from './guide-project.js';
import { readPrintClaims } from './print-claims.js';
import { runPasted } from './run-pasted.js';

const { blocks } = collectDocBlocks();
const guideBlocks = blocks.filter(isGuideBlock);
const programs = guidePrograms(blocks);
const text = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** A BlockError as an error naming the file line. */
function located(block: DocBlock, error: unknown): unknown {
  return error instanceof BlockError ? new Error(`${blockLine(block, error.line)}: ${error.message}`) : error;
}

let packageDir = '';
let removePackage = (): void => undefined;

beforeAll(async () => {
  const built = await builtPackage();
  packageDir = built.dir;
  removePackage = built.remove;
}, 180_000);

afterAll(() => removePackage());

describe('guides say how to run their code', () => {
  const withCode = markdownFiles().filter((file) => guideBlocks.some((block) => block.file === file));

  it('finds the guides with code', () => {
    expect(withCode.length).toBeGreaterThan(5);
  });

  it.each(withCode)('%s: npm i uhc-metrics, npm i -D tsx, "type": "module", npx tsx', (file) => {
    const setup = guideSetup(file, text(file));
    expect({ ...setup, packages: setup.packages.includes('uhc-metrics') }).toMatchObject({
      packages: true,
      tsx: true,
      typeModule: true,
      runCommand: true,
    });
  });
});

describe('every guide block shows what it does', () => {
  it.each(guideBlocks.map((block) => [blockName(block), block] as const))('%s prints and claims', (_name, block) => {
    let claimed: number;
    try {
      const own = new Set(ownLines(block));
      claimed = readPrintClaims(block.code).filter((claim) => own.has(claim.line)).length;
    } catch (error) {
      throw located(block, error);
    }
    expect(claimed, `${blockName(block)}: a block of its own prints nothing it claims`).toBeGreaterThan(0);
  });
});

describe.concurrent('guides run as pasted', () => {
  it.each(programs.map((block) => [blockName(block), block] as const))(
    '%s',
    async (_name, block) => {
      const project = createProject(guideSetup(block.file, text(block.file)), packageDir);
      try {
        await runPasted(block.code, project.dir, (line) => blockLine(block, line));
      } catch (error) {
        throw located(block, error);
      } finally {
        project.remove();
      }
    },
    // A Node.js process with tsx, on a loaded machine.
    120_000,
  );
});
