// Turns a documented ```ts block into the body of an async function the runner can call:
// imports of the package become reads of the source modules, each claimed expression becomes a
// check, and types are stripped by the TypeScript compiler.
//
// Claims, on the line right after an expression statement (which may span several lines):
//   expr;
//   // => <JavaScript literal>       the value of `expr` deep-equals the literal (vitest toEqual)
//   expr;
//   // throws <CODE>                  `expr` throws a UhcMetricsError with that code
// A literal may continue on further `//` lines until it parses (each line's first space after `//`
// is not part of it).
import ts from 'typescript';

/** The package's module specifiers: imports of these are rewritten to the modules the runner passes in. */
const PACKAGE_SPECIFIERS: readonly string[] = ['uhc-metrics', 'uhc-metrics/seeds', 'uhc-metrics/regions', 'uhc-metrics/villages', 'uhc-metrics/article'];

/** One claim of a block. */
export interface Claim {
  /** The index the compiled code passes to the check. */
  readonly id: number;
  /** The block's 0-based line of the claim comment. */
  readonly line: number;
  /** The claimed expression, as written. */
  readonly expression: string;
  /** `value`: `expected` is the literal's value; `throws`: `code` is the error code. */
  readonly kind: 'value' | 'throws';
  readonly expected?: unknown;
  readonly literal?: string;
  readonly code?: string;
}

/** A block ready to run. */
export interface CompiledBlock {
  /** JavaScript: the body of an async function. */
  readonly body: string;
  readonly claims: readonly Claim[];
}

/** A mistake in how a block is written, with the block's 0-based line. */
export class BlockError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

const CLAIM = /^\s*\/\/ =>(.*)$/;
const THROWS = /^\s*\/\/ throws\b(.*)$/;
const CONTINUATION = /^\s*\/\/(.*)$/;
const ERROR_CODE = /^[A-Z][A-Z_]*$/;
const LITERAL_IDENTIFIERS = new Set(['undefined', 'Infinity', 'NaN']);

/** Whether an expression is a literal: no calls, no variables, nothing the example computes. */
export function isLiteral(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteral(node.expression);
  if (
    ts.isNumericLiteral(node) ||
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isBigIntLiteral(node)
  ) {
    return true;
  }
  if (
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true;
  }
  if (ts.isIdentifier(node)) return LITERAL_IDENTIFIERS.has(node.text);
  if (ts.isPrefixUnaryExpression(node)) {
    return (
      (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken) &&
      isLiteral(node.operand)
    );
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => isLiteral(element));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) =>
        ts.isPropertyAssignment(property) &&
        (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) || ts.isNumericLiteral(property.name)) &&
        isLiteral(property.initializer),
    );
  }
  return false;
}

/** The syntax errors of a piece of TypeScript, through the public transpiler API. */
function syntaxErrors(text: string): readonly ts.Diagnostic[] {
  return ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } }).diagnostics ?? [];
}

/** The literal's expression when `text` parses as exactly one expression, else `undefined`. */
export function parseLiteral(text: string): ts.Expression | undefined {
  const code = `(${text}\n);`;
  if (syntaxErrors(code).length > 0) return undefined;
  const source = ts.createSourceFile('claim.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const [statement] = source.statements;
  if (source.statements.length !== 1 || statement === undefined) return undefined;
  if (!ts.isExpressionStatement(statement) || !ts.isParenthesizedExpression(statement.expression)) return undefined;
  return statement.expression.expression;
}

/** The value of a checked literal. */
export function evaluateLiteral(text: string): unknown {
  return new Function(`"use strict"; return (${text}\n);`)();
}

/** A claim comment read from the block's lines, before it is matched to its statement. */
interface RawClaim {
  readonly line: number;
  readonly lastLine: number;
  readonly offset: number;
  readonly kind: 'value' | 'throws';
  readonly text: string;
}

/** The claim comments of a block, multi-line literals joined. */
export function readClaims(lines: readonly string[], lineStarts: readonly number[]): RawClaim[] {
  const claims: RawClaim[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const offset = (lineStarts[index] as number) + line.length - line.trimStart().length;
    const thrown = THROWS.exec(line);
    if (thrown !== null) {
      const code = (thrown[1] as string).trim();
      if (!ERROR_CODE.test(code)) throw new BlockError(index, `'// throws' needs an error code such as INVALID_COUNT, got '${code}'`);
      claims.push({ line: index, lastLine: index, offset, kind: 'throws', text: code });
      continue;
    }
    const value = CLAIM.exec(line);
    if (value === null) continue;
    let text = (value[1] as string).trim();
    let last = index;
    while (parseLiteral(text) === undefined) {
      const next = lines[last + 1];
      const more = next === undefined ? null : CONTINUATION.exec(next);
      if (more === null) throw new BlockError(index, `the claim '// =>${value[1] as string}' is not a JavaScript literal`);
      // One space after `//` is the comment's, not the literal's: a multi-line template keeps its text.
      text += `\n${(more[1] as string).replace(/^ /, '')}`;
      last++;
    }
    claims.push({ line: index, lastLine: last, offset, kind: 'value', text });
    index = last;
  }
  return claims;
}

/** The expression statement whose text ends on the line before `claim`, nothing but spaces between. */
export function statementBefore(source: ts.SourceFile, claim: RawClaim): ts.ExpressionStatement | undefined {
  let found: ts.ExpressionStatement | undefined;
  const visit = (node: ts.Node): void => {
    if (
      ts.isExpressionStatement(node) &&
      node.end <= claim.offset &&
      /^[ \t]*\r?\n[ \t]*$/.test(source.text.slice(node.end, claim.offset))
    ) {
      found = node;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The text of the statement's expression, as written. */
export function expressionText(source: ts.SourceFile, statement: ts.ExpressionStatement): string {
  return source.text.slice(statement.expression.getStart(source), statement.expression.end);
}

/** Whether an expression awaits outside of any nested function. */
function awaitsDirectly(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, awaitsDirectly) ?? false;
}

/** An edit of the source text. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `import { a, b as c } from 'uhc-metrics'` as `const { a, b: c } = __modules["uhc-metrics"];`. */
function rewriteImport(source: ts.SourceFile, node: ts.ImportDeclaration): Edit {
  const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
  const start = node.getStart(source);
  const clause = node.importClause;
  const module = PACKAGE_SPECIFIERS.includes(specifier)
    ? `__modules[${JSON.stringify(specifier)}]`
    : `(await __import(${JSON.stringify(specifier)}))`;
  if (clause === undefined) return { start, end: node.end, text: `${module};` };
  if (clause.isTypeOnly) return { start, end: node.end, text: '' };
  const parts: string[] = [];
  if (clause.name !== undefined) {
    throw new BlockError(source.getLineAndCharacterOfPosition(start).line, `default import from '${specifier}': the package has no default export`);
  }
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
    parts.push(`const ${bindings.name.text} = ${module};`);
  } else if (bindings !== undefined) {
    const names = bindings.elements
      .filter((element) => !element.isTypeOnly)
      .map((element) =>
        element.propertyName === undefined ? element.name.text : `${element.propertyName.getText(source)}: ${element.name.text}`,
      );
    if (names.length > 0) parts.push(`const { ${names.join(', ')} } = ${module};`);
  }
  return { start, end: node.end, text: parts.join(' ') };
}

/**
 * Compiles a block: rewrites imports, wraps every claimed expression in a check and strips types.
 * The body expects `__modules`, `__import`, `__claim` and `__throws` in scope.
 *
 * @throws BlockError when a claim is not a literal or does not follow an expression statement, or
 *   the block has syntax errors or exports
 */
export function compileBlock(code: string): CompiledBlock {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const [firstSyntaxError] = syntaxErrors(code);
  if (firstSyntaxError !== undefined) {
    const line = source.getLineAndCharacterOfPosition(firstSyntaxError.start ?? 0).line;
    throw new BlockError(line, `syntax error: ${ts.flattenDiagnosticMessageText(firstSyntaxError.messageText, '\n')}`);
  }
  const lines = code.split('\n');
  const lineStarts = source.getLineStarts();
  const edits: Edit[] = [];
  for (const statement of source.statements) {
    const exported =
      ts.isExportDeclaration(statement) ||
      ts.isExportAssignment(statement) ||
      (ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword));
    if (ts.isImportDeclaration(statement)) edits.push(rewriteImport(source, statement));
    else if (exported) {
      throw new BlockError(source.getLineAndCharacterOfPosition(statement.getStart(source)).line, 'a documented block must not export');
    }
  }
  const claims: Claim[] = [];
  for (const raw of readClaims(lines, lineStarts)) {
    const statement = statementBefore(source, raw);
    if (statement === undefined) {
      throw new BlockError(raw.line, 'a claim must be on the line right after an expression statement');
    }
    const id = claims.length;
    const expression = expressionText(source, statement);
    const start = statement.getStart(source);
    if (raw.kind === 'throws') {
      claims.push({ id, line: raw.line, expression, kind: 'throws', code: raw.text });
      const call = awaitsDirectly(statement.expression)
        ? `await __throwsAsync(${id}, async () => (${expression}));`
        : `__throws(${id}, () => (${expression}));`;
      edits.push({ start, end: statement.end, text: call });
    } else {
      const literal = parseLiteral(raw.text) as ts.Expression;
      if (!isLiteral(literal)) {
        throw new BlockError(raw.line, `the claim '${raw.text}' must be a literal (numbers, strings, arrays, objects), not computed`);
      }
      claims.push({ id, line: raw.line, expression, kind: 'value', expected: evaluateLiteral(raw.text), literal: raw.text });
      edits.push({ start, end: statement.end, text: `__claim(${id}, (${expression}));` });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let text = code;
  let previousStart = Number.POSITIVE_INFINITY;
  for (const edit of edits) {
    if (edit.end > previousStart) throw new BlockError(0, 'overlapping claims');
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    previousStart = edit.start;
  }
  const output = ts.transpileModule(text, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
    reportDiagnostics: false,
  }).outputText;
  // A block: its declarations may shadow the package names passed in as parameters.
  return { body: `"use strict";\n{\n${output}\n}`, claims };
}
