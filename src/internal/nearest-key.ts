// Names a likely misspelling: `partcipants` is one edit from `participants`.

/** Keys longer than this are not compared: a hint is for typos, not for megabyte keys. */
const LONGEST_COMPARED = 64;

/** Edit distance (insert, delete, substitute, swap two neighbours), case-insensitive. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= y.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[x.length] as number[])[y.length] as number;
}

/**
 * The known key `key` most likely misspells: the closest within a third of its length (at least
 * one edit); `undefined` when none is that close.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > LONGEST_COMPARED) return undefined;
  let nearest: string | undefined;
  let nearestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key, candidate);
    const allowed = Math.max(1, Math.floor(candidate.length / 3));
    if (distance <= allowed && distance < nearestDistance) {
      nearest = candidate;
      nearestDistance = distance;
    }
  }
  return nearest;
}

/** `is not a known option (did you mean 'x'? known: ...)`: the message for an unknown key. */
export function unknownKeyExpectation(key: string, known: readonly string[], what: 'option' | 'field'): string {
  const nearest = nearestKey(key, known);
  const hint = nearest === undefined ? '' : `did you mean '${nearest}'? `;
  return `is not a known ${what} (${hint}known: ${known.join(', ') || 'none'})`;
}

/**
 * The unknown key of `record` that most likely misspells the absent `missing` field, so an error
 * about the absent field can name it.
 */
export function misspeltKeyFor(
  missing: string,
  record: Readonly<Record<string, unknown>>,
  known: readonly string[],
): string | undefined {
  for (const key of Object.keys(record)) {
    if (!known.includes(key) && nearestKey(key, [missing]) === missing) return key;
  }
  return undefined;
}
