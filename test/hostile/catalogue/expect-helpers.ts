import { expect } from 'vitest';
import type { IssuePath, UhcMetricsErrorCode } from '../../../src/errors/uhc-metrics-error.js';
import { returns, type Expected } from '../hostile-case.js';

/** Expect exactly `value` (deep equality). */
export function equals(value: unknown): Expected {
  return returns((result) => expect(result).toStrictEqual(value));
}

/** Expect a `{ success: false, issues }` result whose first issue has `code` and `path`. */
export function safeIssue(code: UhcMetricsErrorCode, path: IssuePath): Expected {
  return returns((result) => {
    expect(result).toMatchObject({ success: false });
    const { issues } = result as { issues: readonly { code: string; path: IssuePath }[] };
    expect(issues.length).toBeGreaterThan(0);
    expect({ code: issues[0]?.code, path: issues[0]?.path }).toStrictEqual({ code, path });
  });
}

/** Expect a `{ success: true, output }` result whose output `check` accepts. */
export function safeOutput(check: (output: unknown, result: Record<string, unknown>) => void): Expected {
  return returns((result) => {
    expect(result).toMatchObject({ success: true });
    const record = result as Record<string, unknown>;
    check(record['output'], record);
  });
}

/** Expect a result whose listed fields deep-equal `fields` (other fields are not checked). */
export function hasFields(fields: object): Expected {
  return returns((result) => expect(result).toMatchObject(fields));
}
