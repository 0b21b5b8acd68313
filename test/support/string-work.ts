// Counting work instead of timing it: a loaded machine makes a time limit flake, a count does not.

/**
 * The string work done while `run` runs: one per call of the character readers and regular
 * expressions, plus the length of each string the copying methods return. Counted by wrapping
 * the built-in methods for the duration of the call only.
 */
export function countStringWork(run: () => void): number {
  let steps = 0;
  const restore: (() => void)[] = [];
  const wrap = <T extends object>(target: T, name: keyof T & string, cost: (result: unknown) => number): void => {
    const original = target[name] as unknown as (...args: unknown[]) => unknown;
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value: function counted(this: unknown, ...args: unknown[]): unknown {
        const result = original.apply(this, args);
        steps += cost(result);
        return result;
      },
    });
    restore.push(() => Object.defineProperty(target, name, { configurable: true, writable: true, value: original }));
  };
  const one = (): number => 1;
  const copied = (result: unknown): number => 1 + (typeof result === 'string' ? result.length : 0);
  wrap(String.prototype, 'charAt', one);
  wrap(String.prototype, 'charCodeAt', one);
  wrap(String.prototype, 'slice', copied);
  wrap(String.prototype, 'toLowerCase', copied);
  wrap(RegExp.prototype, 'test', one);
  wrap(RegExp.prototype, 'exec', one);
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return steps;
}
