import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { CATALOGUE } from './catalogue/all.js';
import { callKeepingGuarantees } from './guarantees.js';
import { MEGABYTE_KEY, hugeSparse } from './hostile-case.js';

// Issue 17, classes 3 and 4 over every export, derived from each export's `valid` catalogue
// rows: each array argument (and each array one level inside an object argument, such as
// `options.keys` or `columns.regionCode`) replaced by an array of length 2^32 - 1 over its first
// elements, and a megabyte key added to each plain-object argument. Whatever the export does
// with them, it keeps the guarantees (no foreign error such as a RangeError, no crash out of
// memory, no hang, no mutation) and any message stays short.

const namespace = api as unknown as Readonly<Record<string, unknown>>;
const MESSAGE_LIMIT = 2_000;

/** Whether `value` is a plain object (an options bag, a record, a scheme). */
const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** `array` of length 2^32 - 1 over its first two elements. */
const huge = (array: readonly unknown[]): unknown[] => hugeSparse(...array.slice(0, 2));

/** Variants of `args` with one array made huge and sparse; `where` says which. */
function sparseVariants(args: readonly unknown[]): { where: string; args: readonly unknown[] }[] {
  const variants: { where: string; args: readonly unknown[] }[] = [];
  args.forEach((arg, index) => {
    const at = (value: unknown): readonly unknown[] => args.map((other, position) => (position === index ? value : other));
    if (Array.isArray(arg)) variants.push({ where: `argument ${index}`, args: at(huge(arg)) });
    if (isPlain(arg)) {
      for (const [key, value] of Object.entries(arg)) {
        if (Array.isArray(value)) variants.push({ where: `argument ${index}.${key}`, args: at({ ...arg, [key]: huge(value) }) });
      }
    }
  });
  return variants;
}

/** Variants of `args` with a megabyte key added to one plain-object argument. */
function keyVariants(args: readonly unknown[]): { where: string; args: readonly unknown[] }[] {
  return args.flatMap((arg, index) =>
    isPlain(arg) ? [{ where: `argument ${index}`, args: args.map((other, position) => (position === index ? { ...arg, [MEGABYTE_KEY]: 1 } : other)) }] : [],
  );
}

/** Every variant of `args`, in a fixed order: the n-th of two calls on fresh arguments is the same variant. */
const variantsOf = (args: readonly unknown[]): { kind: 'sparse' | 'key'; where: string; args: readonly unknown[] }[] => [
  ...sparseVariants(args).map((variant) => ({ kind: 'sparse' as const, ...variant })),
  ...keyVariants(args).map((variant) => ({ kind: 'key' as const, ...variant })),
];

const rows = Object.entries(CATALOGUE)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([name, entry]) =>
    entry.cases
      .filter((hostile) => hostile.input === 'valid')
      .flatMap((hostile, index) =>
        variantsOf(hostile.args()).map((variant, position) => ({
          name,
          title: `${name} #${index}: ${variant.kind === 'sparse' ? 'huge sparse' : 'megabyte key in'} ${variant.where}`,
          kind: variant.kind,
          construct: entry.construct === true,
          // Fresh arguments per call: the guarantees freeze one copy and compare another.
          args: () => (variantsOf(hostile.args())[position] as { args: readonly unknown[] }).args,
        })),
      ),
  );

describe('shapes from every export\'s valid calls', () => {
  it('derives rows for most exports', () => {
    expect(new Set(rows.filter((row) => row.kind === 'sparse').map((row) => row.name)).size).toBeGreaterThan(20);
    expect(new Set(rows.filter((row) => row.kind === 'key').map((row) => row.name)).size).toBeGreaterThan(40);
  });

  it.each(rows)('$title', ({ name, construct, args }) => {
    const outcome = callKeepingGuarantees(namespace[name] as (...args: never[]) => unknown, args, construct);
    if (outcome.kind === 'threw') expect((outcome.error as Error).message.length).toBeLessThan(MESSAGE_LIMIT);
  });
});
