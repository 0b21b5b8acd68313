import { describe, expect, it } from 'vitest';
import { SEGMENT_NAMES } from '../../src/models/segment-names.js';

describe('SEGMENT_NAMES', () => {
  it('lists the six Perpres 82/2018 segments once each, frozen', () => {
    expect(SEGMENT_NAMES).toEqual(['pbiApbn', 'pbpuPemda', 'ppuPn', 'ppuBu', 'pbpu', 'bp']);
    expect(Object.isFrozen(SEGMENT_NAMES)).toBe(true);
  });
});
