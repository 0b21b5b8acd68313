/** Products up to this are exact in a double. */
const EXACT = Number.MAX_SAFE_INTEGER;

/**
 * The sign of `partA / wholeA - partB / wholeB`, exactly, for counts (non-negative safe
 * integers) and positive wholes. Cross-multiplies in doubles while both products are below
 * 2^53 (every realistic count); falls back to BigInt beyond.
 *
 * @internal Used to break float ties in the rank of tables; not part of the public API.
 */
export function compareCoverage(partA: number, wholeA: number, partB: number, wholeB: number): -1 | 0 | 1 {
  const left = partA * wholeB;
  const right = partB * wholeA;
  if (left <= EXACT && right <= EXACT) return left < right ? -1 : left > right ? 1 : 0;
  const exactLeft = BigInt(partA) * BigInt(wholeB);
  const exactRight = BigInt(partB) * BigInt(wholeA);
  return exactLeft < exactRight ? -1 : exactLeft > exactRight ? 1 : 0;
}
