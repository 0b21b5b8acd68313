// Finds the code the documentation shows: ```ts fences in JSDoc comments of src/, in the Markdown
// guides and the README, and the scripts in examples/. Each block remembers where it came from so
// a failing test names the file and line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';

/** One piece of code shown to readers. */
export interface DocBlock {
  /** The file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** The 1-based line of the file on which the block's first code line sits. */
  readonly line: number;
  /**
   * The code, with the comment's ` * ` prefixes and the fence's indentation removed. A Markdown
   * block fenced ```` ```ts continued ```` runs after the blocks before it in its file: its code
   * starts with theirs.
   */
  readonly code: string;
  /** The file line of each line of `code` (0-based index), continued blocks included. */
  readonly fileLines: readonly number[];
}

/** A documentation mistake found while extracting, reported as a failing test. */
export interface DocProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The repository root: two folders up from this file. */
export const ROOT: string = join(import.meta.dirname, '..', '..');

const TS_FENCE = /^```(ts|typescript)\s*$/;
const CONTINUED_FENCE = /^```(ts|typescript)\s+continued\s*$/;
const ANY_FENCE = /^```/;

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Every `.ts` file under a folder, sorted, as paths relative to the root. */
function tsFilesUnder(folder: string): string[] {
  const absolute = join(ROOT, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => toPosix(join(folder, name)))
    .sort();
}

/**
 * The `/** ... *\/` comments of a source file: the leading comments of every syntax node, so
 * comment-like text inside strings and templates is not mistaken for one.
 */
function jsDocComments(text: string): { readonly start: number; readonly text: string }[] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = new Map<number, string>();
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      const comment = text.slice(range.pos, range.end);
      if (comment.startsWith('/**')) found.set(range.pos, comment);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  visit(source.endOfFileToken);
  return [...found].sort(([a], [b]) => a - b).map(([start, comment]) => ({ start, text: comment }));
}

/** A block of consecutive lines starting at a file line. */
function blockOf(file: string, line: number, code: readonly string[]): DocBlock {
  return { file, line, code: code.join('\n'), fileLines: code.map((_, index) => line + index) };
}

/** Line number (1-based) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/**
 * The ```ts fences of JSDoc comments. An `@example` tag without a ```ts fence is a problem: its
 * code would be shown without being checked.
 */
export function jsDocBlocks(file: string, text: string, blocks: DocBlock[], problems: DocProblem[]): void {
  for (const comment of jsDocComments(text)) {
    const firstLine = lineOf(text, comment.start);
    const lines = comment.text
      .replace(/^\/\*\*/, '')
      .replace(/\*\/$/, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''));
    let fence: { line: number; code: string[]; ts: boolean } | undefined;
    let example: { line: number; fenced: boolean } | undefined;
    const closeExample = (): void => {
      if (example !== undefined && !example.fenced) {
        problems.push({ file, line: example.line, message: '@example without a ```ts fence: its code would go unchecked' });
      }
      example = undefined;
    };
    lines.forEach((line, index) => {
      const fileLine = firstLine + index;
      if (fence !== undefined) {
        if (ANY_FENCE.test(line.trim())) {
          if (fence.ts) blocks.push(blockOf(file, fence.line, fence.code));
          fence = undefined;
        } else {
          fence.code.push(line);
        }
        return;
      }
      const trimmed = line.trim();
      if (ANY_FENCE.test(trimmed)) {
        const isTs = TS_FENCE.test(trimmed);
        if (example !== undefined && isTs) example.fenced = true;
        fence = { line: fileLine + 1, code: [], ts: isTs };
      } else if (trimmed.startsWith('@')) {
        closeExample();
        if (trimmed.startsWith('@example')) example = { line: fileLine, fenced: false };
      }
    });
    closeExample();
    if (fence !== undefined) problems.push({ file, line: fence.line - 1, message: 'unclosed code fence' });
  }
}

/**
 * The ```ts fences of a Markdown file, indentation removed. A ```` ```ts continued ```` fence
 * continues the file's previous ```ts block (itself possibly continued).
 */
export function markdownBlocks(file: string, text: string, blocks: DocBlock[], problems: DocProblem[]): void {
  const lines = text.split('\n');
  let fence: { line: number; indent: number; code: string[]; ts: boolean; continued: boolean } | undefined;
  let previous: DocBlock | undefined;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (fence === undefined) {
      if (ANY_FENCE.test(trimmed)) {
        const continued = CONTINUED_FENCE.test(trimmed);
        if (continued && previous === undefined) {
          problems.push({ file, line: index + 1, message: 'a continued block needs a ```ts block before it' });
        }
        fence = { line: index + 2, indent: line.indexOf('`'), code: [], ts: continued || TS_FENCE.test(trimmed), continued };
      }
    } else if (ANY_FENCE.test(trimmed)) {
      if (fence.ts) {
        const own = blockOf(file, fence.line, fence.code);
        const block =
          fence.continued && previous !== undefined
            ? { ...own, code: `${previous.code}\n${own.code}`, fileLines: [...previous.fileLines, ...own.fileLines] }
            : own;
        blocks.push(block);
        previous = block;
      }
      fence = undefined;
    } else {
      fence.code.push(line.slice(Math.min(fence.indent, line.length - line.trimStart().length)));
    }
  });
  if (fence !== undefined) problems.push({ file, line: fence.line - 1, message: 'unclosed code fence' });
}

/** The Markdown files whose code blocks are documentation: the guides and the README. */
export function markdownFiles(): string[] {
  const docs = existsSync(join(ROOT, 'docs'))
    ? readdirSync(join(ROOT, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`)
        .sort()
    : [];
  return ['README.md', ...docs];
}

/**
 * The scripts of examples/, each a block of its own. `run-all.ts` only imports the others, so it
 * is not a block.
 */
function exampleBlocks(blocks: DocBlock[]): void {
  for (const file of tsFilesUnder('examples')) {
    if (file === 'examples/run-all.ts') continue;
    blocks.push(blockOf(file, 1, readFileSync(join(ROOT, file), 'utf8').split('\n')));
  }
}

/** Every documented code block of the repository, and the problems found on the way. */
export function collectDocBlocks(): { readonly blocks: readonly DocBlock[]; readonly problems: readonly DocProblem[] } {
  const blocks: DocBlock[] = [];
  const problems: DocProblem[] = [];
  const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
  for (const file of tsFilesUnder('src')) jsDocBlocks(file, read(file), blocks, problems);
  for (const file of markdownFiles()) markdownBlocks(file, read(file), blocks, problems);
  exampleBlocks(blocks);
  return { blocks, problems };
}

/** Whether a block is a guide's (a Markdown file's): those run as a reader pastes them (run-pasted.ts). */
export function isGuideBlock(block: DocBlock): boolean {
  return block.file.endsWith('.md');
}

/**
 * The programs a reader of the guides pastes: each Markdown block together with the blocks it
 * continues, the last of each run of ```` ```ts continued ```` blocks only, since its code holds
 * every block before it (that each shorter prefix is a complete program too is checked by the
 * type check of every block: a name used before the block that declares or imports it fails it).
 */
export function guidePrograms(blocks: readonly DocBlock[]): DocBlock[] {
  const guides = blocks.filter(isGuideBlock);
  return guides.filter((block, index) => {
    const next = guides[index + 1];
    return next === undefined || next.file !== block.file || next.fileLines[0] !== block.fileLines[0];
  });
}

/** The 0-based lines of a block's code that are its own, not those of the blocks it continues. */
export function ownLines(block: DocBlock): number[] {
  return block.fileLines.flatMap((fileLine, index) => (fileLine >= block.line ? [index] : []));
}

/** `file:line`, the name of a block's test. */
export function blockName(block: DocBlock): string {
  return `${block.file}:${block.line}`;
}

/** `file:line` of a 0-based line of a block's code. */
export function blockLine(block: DocBlock, line: number): string {
  return `${block.file}:${block.fileLines[line] ?? block.line + line}`;
}
