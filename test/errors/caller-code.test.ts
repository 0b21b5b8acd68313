import { describe, expect, it } from 'vitest';
import { isUhcMetricsError, UhcMetricsError } from '../../src/index.js';
import { runCallerCode } from '../../src/internal/caller-code.js';

// Issue 17, class 7: errors from the caller's own code reach the caller as UhcMetricsError
// INPUT_THREW with the original as cause.
describe('runCallerCode', () => {
  it('returns what the code returns', () => {
    expect(runCallerCode(['x'], () => 42)).toBe(42);
  });

  it('wraps a thrown Error, keeping it as cause and quoting its message briefly', () => {
    const original = new TypeError('x'.repeat(1_000_000));
    let caught: unknown;
    try {
      runCallerCode(['rows', 3, 'population'], () => {
        throw original;
      });
    } catch (error) {
      caught = error;
    }
    expect(isUhcMetricsError(caught)).toBe(true);
    const error = caught as UhcMetricsError;
    expect(error.code).toBe('INPUT_THREW');
    expect(error.path).toEqual(['rows', 3, 'population']);
    expect(error.cause).toBe(original);
    expect(error.message.startsWith("rows[3].population could not be read: the caller's code threw TypeError")).toBe(true);
    expect(error.message.length).toBeLessThan(300);
  });

  it('passes a UhcMetricsError through unchanged', () => {
    const ours = new UhcMetricsError([{ code: 'INVALID_COUNT', path: ['a'], value: -1, message: 'a bad' }]);
    expect(() =>
      runCallerCode(['x'], () => {
        throw ours;
      }),
    ).toThrow(ours);
  });

  it('wraps a thrown revoked proxy and a thrown primitive without throwing anything else', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const thrown of [proxy, 'boom', null, undefined, 7]) {
      let caught: unknown;
      try {
        runCallerCode([], () => {
          throw thrown;
        });
      } catch (error) {
        caught = error;
      }
      expect(isUhcMetricsError(caught)).toBe(true);
      expect((caught as UhcMetricsError).cause).toBe(thrown);
    }
  });
});
