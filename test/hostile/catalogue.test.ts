import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as seeds from '../../src/seeds.js';
import { CATALOGUE, CATALOGUE_PARTS } from './catalogue/all.js';
import { callKeepingGuarantees, libraryErrorOf } from './guarantees.js';
import { BAD_INPUTS, type HostileCase } from './hostile-case.js';

// The hostile-input catalogue (issue 8): every exported function, called with every class of
// bad input, must do what its documentation says (throw UhcMetricsError with a code and a path,
// or return a documented result), and keep the three guarantees of ./guarantees.ts.

/** The longest message any row may produce: three issues of at most 500 characters and a count. */
const MESSAGE_LIMIT = 2_000;

const namespace = api as unknown as Readonly<Record<string, unknown>>;
const exportedFunctions = Object.keys(namespace)
  .filter((name) => typeof namespace[name] === 'function')
  .sort();

describe('the catalogue covers the public API', () => {
  it('has an entry for every exported function', () => {
    const missing = exportedFunctions.filter((name) => !Object.hasOwn(CATALOGUE, name));
    // A new export (src/bulk, ...) needs rows in test/hostile/catalogue/*.ts before this passes.
    expect(missing, `exported functions without a hostile-input catalogue entry: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no entry for a name that is not an exported function', () => {
    const stale = Object.keys(CATALOGUE).filter((name) => !exportedFunctions.includes(name));
    expect(stale, `catalogue entries for names not exported as functions: ${stale.join(', ')}`).toEqual([]);
  });

  it('defines each function in one part only', () => {
    const names = CATALOGUE_PARTS.flatMap((part) => Object.keys(part));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('calls every function validly and with null and undefined at least', () => {
    for (const [name, entry] of Object.entries(CATALOGUE)) {
      const inputs = new Set(entry.cases.map((hostile) => hostile.input));
      const lacking = (['valid', 'null', 'undefined'] as const).filter((input) => !inputs.has(input));
      expect(lacking, `${name} lacks rows for ${lacking.join(', ')}`).toEqual([]);
    }
  });

  it('uses every class of bad input somewhere', () => {
    const used = new Set(Object.values(CATALOGUE).flatMap((entry) => entry.cases.map((hostile) => hostile.input)));
    expect(BAD_INPUTS.filter((input) => !used.has(input))).toEqual([]);
  });
});

/** The label of a row, unique enough to find it in the table. */
function label(hostile: HostileCase, index: number): string {
  return `#${index} ${hostile.where}: ${hostile.input}`;
}

describe.each(Object.keys(CATALOGUE).sort())('%s', (name) => {
  const entry = CATALOGUE[name];
  const fn = namespace[name];
  const rows = (entry?.cases ?? []).map((hostile, index) => ({ title: label(hostile, index), hostile }));

  it.each(rows)('$title', ({ hostile }) => {
    if (typeof fn !== 'function') return expect.fail(`${name} is not an exported function`);
    const outcome = callKeepingGuarantees(fn as (...args: never[]) => unknown, hostile.args, entry?.construct === true);
    const { expected } = hostile;
    if ('code' in expected) {
      const error = libraryErrorOf(outcome);
      expect({ code: error.code, path: error.path }).toStrictEqual({ code: expected.code, path: expected.path });
      // The error names the offending value and the field, in a message of bounded length
      // however long the keys and values or however many the issues (issue 17, class 4).
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.message.length).toBeLessThan(MESSAGE_LIMIT);
    } else {
      if (outcome.kind === 'threw') {
        const error = outcome.error as Error;
        return expect.fail(`expected a result, but it threw ${error.name}: ${error.message}`);
      }
      expected.returns(outcome.value);
    }
  });
});

/** Where the first part of `value` that is not frozen is, or `undefined` when it is deeply frozen. */
function firstUnfrozen(value: unknown, path: string, seen: WeakSet<object> = new WeakSet()): string | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) continue;
    const found = firstUnfrozen(descriptor.value as unknown, `${path}.${String(key)}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('exported constants are deeply frozen', () => {
  const constants = [
    ...Object.keys(namespace)
      .filter((name) => typeof namespace[name] !== 'function')
      .map((name) => ({ name, value: namespace[name] })),
    ...Object.entries(seeds as unknown as Readonly<Record<string, unknown>>).map(([name, value]) => ({
      name: `seeds.${name}`,
      value,
    })),
  ];

  it('has constants to check', () => {
    expect(constants.map((constant) => constant.name)).toEqual(
      expect.arrayContaining(['PROVINCES', 'TARGET_PRESETS', 'UHC_AWARDS_2026', 'FIGURE_VOCABULARY', 'seeds.SEED_SNAPSHOTS']),
    );
  });

  it.each(constants)('$name', ({ name, value }) => {
    expect(firstUnfrozen(value, name)).toBeUndefined();
  });

  it('the seeds subpath exports data only', () => {
    const functions = Object.entries(seeds).filter(([, value]) => typeof value === 'function');
    expect(functions.map(([name]) => name), 'a function on the seeds subpath needs a catalogue entry').toEqual([]);
  });
});
