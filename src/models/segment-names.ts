import type { SegmentName } from './snapshot.js';

/**
 * The six JKN membership segments (Perpres 82/2018), in the order snapshots list them.
 *
 * @example
 * ```ts
 * SEGMENT_NAMES;
 * // => ['pbiApbn', 'pbpuPemda', 'ppuPn', 'ppuBu', 'pbpu', 'bp']
 * ```
 *
 * @category Models
 */
export const SEGMENT_NAMES: readonly SegmentName[] = /* @__PURE__ */ Object.freeze([
  'pbiApbn',
  'pbpuPemda',
  'ppuPn',
  'ppuBu',
  'pbpu',
  'bp',
] as const);
