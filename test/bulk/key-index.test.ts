import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/bulk/key-index.js';

describe('KeyIndex', () => {
  it('finds every key it was given, through growth and collisions, and no other', () => {
    const index = new KeyIndex();
    // Keys above 2^32 that differ only in their high bits, and many more than the first table holds.
    const keys = Array.from({ length: 5_000 }, (_, n) => 1_100_000_000 + n * 4_294_967_296 * (n % 2) + n);
    keys.forEach((key, id) => {
      expect(index.get(key)).toBe(-1);
      index.add(key, id);
    });
    keys.forEach((key, id) => expect(index.get(key)).toBe(id));
    expect(index.get(1)).toBe(-1);
    expect(index.get(9_999_999_999)).toBe(-1);
  });
});
