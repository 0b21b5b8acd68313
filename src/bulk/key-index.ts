/** Slots start at this many and double whenever they would be more than half full. */
const INITIAL_SLOTS = 1024;

/**
 * Ids of positive integer keys below 2^53 (region codes and dates as numbers): an
 * open-addressing hash table held in one Float64Array, key and id side by side. A lookup reads
 * one pair of numbers, where a Map of strings hashes the text and compares it with the stored
 * string: on a million shuffled rows that comparison is a cache miss per row.
 *
 * @internal Used by {@link TableEncoder}.
 */
export class KeyIndex {
  /** Pairs (key, id); key 0 marks a free slot. */
  private slots = new Float64Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private size = 0;

  /** The id of `key`, or -1 when it has none. */
  get(key: number): number {
    const { slots, mask } = this;
    let slot = slotOf(key, mask);
    for (;;) {
      const held = slots[2 * slot] as number;
      if (held === key) return slots[2 * slot + 1] as number;
      if (held === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Gives `key`, which has no id yet, the id `id`. */
  add(key: number, id: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    this.size += 1;
    place(this.slots, this.mask, key, id);
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * this.mask + 1;
    this.slots = new Float64Array(2 * (this.mask + 1));
    for (let pair = 0; pair < old.length; pair += 2) {
      const key = old[pair] as number;
      if (key !== 0) place(this.slots, this.mask, key, old[pair + 1] as number);
    }
  }
}

/** Writes (key, id) to the first free slot from the key's home slot. */
function place(slots: Float64Array, mask: number, key: number, id: number): void {
  let slot = slotOf(key, mask);
  while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
  slots[2 * slot] = key;
  slots[2 * slot + 1] = id;
}

/** The home slot of a key: its low and high 32 bits mixed (murmur3's finaliser), masked. */
function slotOf(key: number, mask: number): number {
  let hash = (key >>> 0) ^ Math.imul((key / 4_294_967_296) | 0, 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & mask;
}
