/**
 * A stable counting sort of rows by a small integer key: `rows` (or every row `0 .. keys.length - 1`
 * when `rows` is undefined) written to `out` in key order, rows of one key in their given order.
 * Returns where each key's rows start in `out`: key `k` holds `out[starts[k] .. starts[k + 1] - 1]`.
 *
 * @internal Used by the growth, rank and roll-up of tables; O(rows + keyCount), no comparisons.
 */
export function orderByKey(keys: Int32Array, keyCount: number, rows: Int32Array | undefined, out: Int32Array): Int32Array {
  const length = rows === undefined ? keys.length : rows.length;
  const starts = new Int32Array(keyCount + 1);
  for (let index = 0; index < length; index += 1) {
    const key = keys[rows === undefined ? index : (rows[index] as number)] as number;
    starts[key + 1] = (starts[key + 1] as number) + 1;
  }
  for (let key = 0; key < keyCount; key += 1) starts[key + 1] = (starts[key + 1] as number) + (starts[key] as number);
  const next = starts.slice(0, keyCount);
  for (let index = 0; index < length; index += 1) {
    const row = rows === undefined ? index : (rows[index] as number);
    const key = keys[row] as number;
    const position = next[key] as number;
    out[position] = row;
    next[key] = position + 1;
  }
  return starts;
}
