// The roll-up's parents, found from the codes' numeric keys without reading the strings, must be
// the parents parseRegionCode names, level by level, whatever mix of levels the codes are.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { dottedCodeKey } from '../../src/bulk/code-key.js';
import { depthOfCode, depthOfKey, regionParents } from '../../src/bulk/region-parents.js';
import type { RollUpTo } from '../../src/metrics/roll-up.js';
import { COUNTRY_CODE, parseRegionCode } from '../../src/models/region-code.js';

const twoDigits = fc.integer({ min: 1, max: 99 }).map((value) => String(value).padStart(2, '0'));
const province = fc.constantFrom('11', '18', '33', '35', '94');
const regency = twoDigits.filter((value) => value !== '70');
const village = fc.integer({ min: 1, max: 9999 }).map((value) => String(value).padStart(4, '0'));
/** A valid code of any level, `ID` included. */
const code = fc.oneof(
  fc.constant(COUNTRY_CODE),
  province,
  fc.tuple(province, regency).map((parts) => parts.join('.')),
  fc.tuple(province, regency, twoDigits).map((parts) => parts.join('.')),
  fc.tuple(province, regency, twoDigits, village).map((parts) => parts.join('.')),
);
/** Sorted distinct codes, as a table holds them. */
const codes = fc.uniqueArray(code, { maxLength: 40 }).map((list) => [...list].sort());
const targets: readonly RollUpTo[] = ['parent', 'district', 'regency', 'province', 'country'];
const DEPTH_OF_LEVEL: Readonly<Record<string, number>> = { country: 0, province: 1, regency: 2, district: 3, village: 4 };

/** The key a table keeps for a code: its dottedCodeKey, NaN for `ID`. */
const keyOf = (text: string): number => (text === COUNTRY_CODE ? Number.NaN : dottedCodeKey(text));

/** The parent of `text` at `to` by walking parseRegionCode's parents, or undefined when it has none there. */
function expectedParent(text: string, to: RollUpTo): string | undefined {
  const depth = depthOfCode(text);
  const wanted = to === 'parent' ? depth - 1 : DEPTH_OF_LEVEL[to];
  if (wanted === undefined || wanted < 0 || depth <= wanted) return undefined;
  let parent = text;
  for (let level = depth; level > wanted; level -= 1) parent = parseRegionCode(parent).parentCode as string;
  return parent;
}

test.prop([code])('the depth read from a key is the depth read from the code', (text) => {
  expect(depthOfKey(keyOf(text))).toBe(depthOfCode(text));
  expect(depthOfKey(keyOf(text))).toBe(DEPTH_OF_LEVEL[parseRegionCode(text).level]);
});

test.prop([codes, fc.constantFrom(...targets)])('parents from keys are parseRegionCode’s, sorted, each with its own key', (list, to) => {
  const parents = regionParents(list, Float64Array.from(list, keyOf), to);
  const expected = list.map((text) => expectedParent(text, to));
  expect(Array.from(parents.parentOf, (index) => (index < 0 ? undefined : parents.parentCodes[index]))).toEqual(expected);
  expect(parents.parentCodes).toEqual([...new Set(expected.filter((parent) => parent !== undefined))].sort());
  expect(Array.from(parents.parentKeys)).toEqual(parents.parentCodes.map(keyOf));
  expect(parents.someWithout).toBe(expected.includes(undefined));
  const depths = list.map(depthOfCode);
  expect(parents.mixedDepthOf === undefined ? undefined : Array.from(parents.mixedDepthOf)).toEqual(new Set(depths).size > 1 ? depths : undefined);
});
