// Runs a compiled block as a module in which every export of the package is in scope, and checks
// its claims.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import * as api from '../../src/index.js';
import * as regions from '../../src/regions.js';
import * as article from '../../src/article.js';
import * as seeds from '../../src/seeds.js';
import * as villages from '../../src/villages.js';
import { compileBlock, type Claim } from './compile-block.js';

/** The modules a block may import, by specifier. */
const MODULES: Readonly<Record<string, object>> = {
  'uhc-metrics': api,
  'uhc-metrics/seeds': seeds,
  'uhc-metrics/regions': regions,
  'uhc-metrics/villages': villages,
  'uhc-metrics/article': article,
};

/** Every runtime export of both entries, in scope of every block as if imported. */
const SCOPE: Readonly<Record<string, unknown>> = (() => {
  const scope: Record<string, unknown> = {};
  for (const module of Object.values(MODULES)) {
    for (const [name, value] of Object.entries(module)) {
      if (name in scope) throw new Error(`${name} is exported by both entries`);
      scope[name] = value;
    }
  }
  return scope;
})();

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...parameters: string[]
) => (...args: unknown[]) => Promise<unknown>;

/** What a block printed, kept out of the test output. */
function silentConsole(printed: string[]): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'table'> {
  const keep = (...values: unknown[]): void => {
    printed.push(values.map(String).join(' '));
  };
  return { log: keep, info: keep, warn: keep, error: keep, table: keep };
}

/**
 * Runs a documented block and checks every claim it makes; `where(line)` names a block line in
 * messages (`src/x.ts:42`). Throws (fails the test) on a false claim, an unexpected error, a
 * claim never evaluated, or a block written against the conventions.
 */
export async function runBlock(code: string, where: (line: number) => string): Promise<{ readonly printed: readonly string[] }> {
  const { body, claims } = compileBlock(code);
  const reached = new Set<number>();
  const claimOf = (id: number): Claim => claims[id] as Claim;
  const label = (claim: Claim): string => `${where(claim.line)}: ${claim.expression}`;

  const check = (id: number, actual: unknown): void => {
    const claim = claimOf(id);
    reached.add(id);
    const shown = inspect(actual, { depth: 8, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 50 });
    expect(actual, `${label(claim)}\n  claimed: ${claim.literal ?? ''}\n  actual:  ${shown}\n`).toEqual(claim.expected);
  };
  const checkThrown = (id: number, thrown: boolean, error: unknown): void => {
    const claim = claimOf(id);
    reached.add(id);
    if (!thrown) throw new Error(`${label(claim)}\n  claimed to throw ${claim.code ?? ''}, but returned`);
    if (!api.isUhcMetricsError(error)) {
      throw new Error(`${label(claim)}\n  claimed to throw ${claim.code ?? ''}, but threw ${String(error)}`, { cause: error });
    }
    expect(error.code, `${label(claim)}\n  ${error.message}`).toBe(claim.code);
  };
  const throws = (id: number, run: () => unknown): void => {
    try {
      run();
    } catch (error) {
      checkThrown(id, true, error);
      return;
    }
    checkThrown(id, false, undefined);
  };
  const throwsAsync = async (id: number, run: () => Promise<unknown>): Promise<void> => {
    try {
      await run();
    } catch (error) {
      checkThrown(id, true, error);
      return;
    }
    checkThrown(id, false, undefined);
  };

  const printed: string[] = [];
  const names = Object.keys(SCOPE);
  const run = new AsyncFunction('__modules', '__import', '__claim', '__throws', '__throwsAsync', 'console', ...names, body);
  await run(
    MODULES,
    (specifier: string) => import(specifier),
    check,
    throws,
    throwsAsync,
    silentConsole(printed),
    ...names.map((name) => SCOPE[name]),
  );
  const missed = claims.filter((claim) => !reached.has(claim.id));
  if (missed.length > 0) {
    throw new Error(`claims never evaluated (dead code?):\n${missed.map((claim) => `  ${label(claim)}`).join('\n')}`);
  }
  return { printed };
}
