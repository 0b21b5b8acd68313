// Reads the claims of a guide's program: in a guide, a `// => <literal>` line states what the
// `console.log(...)` statement right above it prints, because the reader runs the code and sees
// only what it prints. Used by run-pasted.ts, which runs the program as pasted.
import ts from 'typescript';
import { BlockError, evaluateLiteral, expressionText, isLiteral, parseLiteral, readClaims, statementBefore } from './compile-block.js';

/** One claim of a guide: what one `console.log(...)` statement prints. */
export interface PrintClaim {
  /** The program's 0-based line of the claim comment. */
  readonly line: number;
  /** The 0-based lines of the `console.log(...)` statement, first and last. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The printing statement's expression, as written. */
  readonly expression: string;
  /** The claimed literal, as written, and its value. */
  readonly literal: string;
  readonly expected: unknown;
}

/** Whether an expression is a call of `console.log`. */
function isConsoleLog(expression: ts.Expression): boolean {
  return (
    ts.isCallExpression(expression) &&
    ts.isPropertyAccessExpression(expression.expression) &&
    ts.isIdentifier(expression.expression.expression) &&
    expression.expression.expression.text === 'console' &&
    expression.expression.name.text === 'log'
  );
}

/**
 * The claims of a guide's program.
 *
 * @throws BlockError when a claim is not a literal, does not follow a `console.log(...)`
 *   statement, or is a `// throws` claim (a throw ends a pasted program: catch it and print)
 */
export function readPrintClaims(code: string): readonly PrintClaim[] {
  const source = ts.createSourceFile('guide.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (position: number): number => source.getLineAndCharacterOfPosition(position).line;
  return readClaims(code.split('\n'), source.getLineStarts()).map((raw) => {
    if (raw.kind === 'throws') {
      throw new BlockError(raw.line, `'// throws' in a guide: a throw ends the reader's program; catch the error and print its code`);
    }
    const statement = statementBefore(source, raw);
    if (statement === undefined || !isConsoleLog(statement.expression)) {
      throw new BlockError(raw.line, 'in a guide, a claim states what the console.log(...) right above it prints');
    }
    const literal = parseLiteral(raw.text) as ts.Expression;
    if (!isLiteral(literal)) {
      throw new BlockError(raw.line, `the claim '${raw.text}' must be a literal (numbers, strings, arrays, objects), not computed`);
    }
    return {
      line: raw.line,
      firstLine: lineOf(statement.getStart(source)),
      lastLine: lineOf(statement.end),
      expression: expressionText(source, statement),
      literal: raw.text,
      expected: evaluateLiteral(raw.text),
    };
  });
}

/**
 * What a printed line means for a claim: a string claim is the printed text itself; any other
 * claim is compared with the value the text spells (Node prints arrays and objects as
 * JavaScript literals). `undefined` when the text spells no literal: `[Object]` for a value
 * nested too deep to print, `Map(1) {...}`, an error's stack.
 */
export function printedAs(claim: PrintClaim, text: string): { readonly value: unknown } | undefined {
  if (typeof claim.expected === 'string') return { value: text };
  const expression = parseLiteral(text);
  if (expression === undefined || !isLiteral(expression)) return undefined;
  return { value: evaluateLiteral(text) };
}
