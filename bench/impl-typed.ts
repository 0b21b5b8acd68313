// A hand-written typed-array implementation: dictionary-encoded codes and dates, Float64Array
// counts, counting sorts and a radix sort, no validation and no frozen results. The practical
// limit the library is measured against; it trusts its input, which the library may not.
import type {
  CanonicalCoverage,
  CanonicalGrowth,
  CanonicalIngest,
  CanonicalRank,
  CanonicalRollUp,
  CanonicalThreshold,
} from './canonical.js';
import type { Implementation } from './implementation.js';
import type { InputRow, Workload } from './workload.js';

interface TypedTable {
  readonly rowCount: number;
  readonly codes: readonly string[];
  readonly dates: readonly string[];
  readonly code: Int32Array;
  readonly date: Int32Array;
  readonly population: Float64Array;
  readonly participants: Float64Array;
  readonly active: Float64Array;
}

interface TypedRollUp {
  readonly codes: readonly string[];
  readonly dates: readonly string[];
  readonly code: Int32Array;
  readonly date: Int32Array;
  readonly population: Float64Array;
  readonly participants: Float64Array;
  readonly active: Float64Array;
  readonly coverage: Float64Array;
}

interface TypedGrowth {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly participantsChange: Float64Array;
  readonly coverageChangePp: Float64Array;
}

interface TypedThreshold {
  readonly dates: readonly string[];
  readonly met: Int32Array;
}

/**
 * Sorts a dictionary and rewrites the ids pointing into it. The library's tricks: nothing to do
 * when it is already sorted; dotted region codes sort as numbers (their digits, absent parts 0)
 * packed with their id into a Float64Array, with no comparator.
 */
function sortDictionary(values: string[], ids: Int32Array): string[] {
  let sorted = true;
  for (let index = 1; index < values.length && sorted; index += 1) sorted = (values[index - 1] as string) < (values[index] as string);
  if (sorted) return values;
  const remap = new Int32Array(values.length);
  if (values[0]?.length !== 10) {
    const packed = new Float64Array(values.length);
    for (let id = 0; id < values.length; id += 1) {
      const code = values[id] as string;
      let key = 0;
      let digits = 0;
      for (let index = 0; index < code.length; index += 1) {
        const char = code.charCodeAt(index);
        if (char !== 46) {
          key = key * 10 + char - 48;
          digits += 1;
        }
      }
      packed[id] = key * 10 ** (10 - digits) * 524_288 + id;
    }
    packed.sort();
    for (let position = 0; position < values.length; position += 1) remap[(packed[position] as number) % 524_288] = position;
  } else {
    const order = Array.from(values.keys()).sort((a, b) => ((values[a] as string) < (values[b] as string) ? -1 : 1));
    for (let position = 0; position < order.length; position += 1) remap[order[position] as number] = position;
  }
  const result = new Array<string>(values.length);
  for (let id = 0; id < values.length; id += 1) result[remap[id] as number] = values[id] as string;
  for (let row = 0; row < ids.length; row += 1) ids[row] = remap[ids[row] as number] as number;
  return result;
}

function ingest(rows: readonly InputRow[]): TypedTable {
  const rowCount = rows.length;
  const code = new Int32Array(rowCount);
  const date = new Int32Array(rowCount);
  const population = new Float64Array(rowCount);
  const participants = new Float64Array(rowCount);
  const active = new Float64Array(rowCount);
  const codeIds = new Map<string, number>();
  const dateIds = new Map<string, number>();
  const codes: string[] = [];
  const dates: string[] = [];
  // The library's trick: sorted exports repeat the previous code or bring the next one, so a
  // string comparison answers before the hash map; after a miss the map answers first.
  let last = -1;
  for (let row = 0; row < rowCount; row += 1) {
    const input = rows[row] as InputRow;
    const raw = input.regionCode;
    let id: number | undefined = raw === codes[last + 1] ? last + 1 : raw === codes[last] ? last : codeIds.get(raw);
    if (id === undefined) {
      id = codes.length;
      codes.push(raw);
      codeIds.set(raw, id);
    }
    last = id;
    code[row] = id;
    let day = dateIds.get(input.asOf);
    if (day === undefined) {
      day = dates.length;
      dates.push(input.asOf);
      dateIds.set(input.asOf, day);
    }
    date[row] = day;
    population[row] = input.population;
    participants[row] = input.participants;
    active[row] = input.activeParticipants;
  }
  return {
    rowCount,
    codes: sortDictionary(codes, code),
    dates: sortDictionary(dates, date),
    code,
    date,
    population,
    participants,
    active,
  };
}

function coverage(table: TypedTable): Float64Array {
  const { rowCount, population, participants } = table;
  const ratio = new Float64Array(rowCount);
  for (let row = 0; row < rowCount; row += 1) {
    const people = population[row] as number;
    ratio[row] = people === 0 ? Number.NaN : (participants[row] as number) / people;
  }
  return ratio;
}

function rollup(table: TypedTable, workload: Workload): TypedRollUp {
  const { rowCount, code, date, population, participants, active } = table;
  const dateCount = table.dates.length;
  const parentIds = new Map<string, number>();
  const parentOfCode = new Int32Array(table.codes.length);
  const parentNames: string[] = [];
  for (let index = 0; index < table.codes.length; index += 1) {
    const parent = (table.codes[index] as string).slice(0, workload.parentCodeLength);
    let id = parentIds.get(parent);
    if (id === undefined) {
      id = parentNames.length;
      parentNames.push(parent);
      parentIds.set(parent, id);
    }
    parentOfCode[index] = id;
  }
  // Codes are sorted, so their prefixes come sorted too.
  const cells = parentNames.length * dateCount;
  const sumPopulation = new Float64Array(cells);
  const sumParticipants = new Float64Array(cells);
  const sumActive = new Float64Array(cells);
  const children = new Int32Array(cells);
  for (let row = 0; row < rowCount; row += 1) {
    const cell = (parentOfCode[code[row] as number] as number) * dateCount + (date[row] as number);
    sumPopulation[cell] = (sumPopulation[cell] as number) + (population[row] as number);
    sumParticipants[cell] = (sumParticipants[cell] as number) + (participants[row] as number);
    sumActive[cell] = (sumActive[cell] as number) + (active[row] as number);
    children[cell] = (children[cell] as number) + 1;
  }
  let present = 0;
  for (let cell = 0; cell < cells; cell += 1) if ((children[cell] as number) > 0) present += 1;
  const outCode = new Int32Array(present);
  const outDate = new Int32Array(present);
  const outPopulation = new Float64Array(present);
  const outParticipants = new Float64Array(present);
  const outActive = new Float64Array(present);
  const outCoverage = new Float64Array(present);
  let out = 0;
  for (let cell = 0; cell < cells; cell += 1) {
    if (children[cell] === 0) continue;
    const people = sumPopulation[cell] as number;
    const members = sumParticipants[cell] as number;
    outCode[out] = Math.floor(cell / dateCount);
    outDate[out] = cell % dateCount;
    outPopulation[out] = people;
    outParticipants[out] = members;
    outActive[out] = sumActive[cell] as number;
    outCoverage[out] = people === 0 ? Number.NaN : members / people;
    out += 1;
  }
  return {
    codes: parentNames,
    dates: table.dates,
    code: outCode,
    date: outDate,
    population: outPopulation,
    participants: outParticipants,
    active: outActive,
    coverage: outCoverage,
  };
}

/** Stable counting sort of `rows` (all rows when undefined) by `keys`; returns each key's start. */
function countingSort(keys: Int32Array, keyCount: number, rows: Int32Array | undefined, out: Int32Array): Int32Array {
  const length = out.length;
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
    out[next[key] as number] = row;
    next[key] = (next[key] as number) + 1;
  }
  return starts;
}

function growth(table: TypedTable): TypedGrowth {
  const { rowCount, code, population, participants } = table;
  const byDate = new Int32Array(rowCount);
  countingSort(table.date, table.dates.length, undefined, byDate);
  const order = new Int32Array(rowCount);
  countingSort(code, table.codes.length, byDate, order);
  const steps = rowCount - table.codes.length;
  const from = new Int32Array(steps);
  const to = new Int32Array(steps);
  const participantsChange = new Float64Array(steps);
  const coverageChangePp = new Float64Array(steps);
  let step = 0;
  for (let index = 1; index < rowCount; index += 1) {
    const a = order[index - 1] as number;
    const b = order[index] as number;
    if (code[a] !== code[b]) continue;
    const populationA = population[a] as number;
    const populationB = population[b] as number;
    from[step] = a;
    to[step] = b;
    participantsChange[step] = (participants[b] as number) - (participants[a] as number);
    coverageChangePp[step] =
      populationA === 0 || populationB === 0
        ? Number.NaN
        : ((participants[b] as number) * 100) / populationB - ((participants[a] as number) * 100) / populationA;
    step += 1;
  }
  return { from, to, participantsChange, coverageChangePp };
}

const NO_COVERAGE = 0xffffffff;

function rank(table: TypedTable): Int32Array {
  const { rowCount, population, participants } = table;
  const dateCount = table.dates.length;
  const order = new Int32Array(rowCount);
  const starts = countingSort(table.date, dateCount, undefined, order);
  const keys = new Uint32Array(rowCount);
  const values = new Float64Array(rowCount);
  for (let index = 0; index < rowCount; index += 1) {
    const row = order[index] as number;
    const people = population[row] as number;
    if (people === 0) {
      keys[index] = NO_COVERAGE;
    } else {
      const ratio = (participants[row] as number) / people;
      const scaled = ratio * 16_777_216;
      keys[index] = 0xfffffffe - (scaled >= 0xfffffffe ? 0xfffffffe : Math.floor(scaled));
    }
  }
  const rowsTmp = new Int32Array(rowCount);
  const keysTmp = new Uint32Array(rowCount);
  const counts = new Int32Array(256);
  const ranks = new Int32Array(rowCount);
  for (let date = 0; date < dateCount; date += 1) {
    const start = starts[date] as number;
    const end = starts[date + 1] as number;
    // LSD radix sort of this date's rows by key, one byte per pass.
    let srcRows = order;
    let srcKeys = keys;
    let dstRows = rowsTmp;
    let dstKeys = keysTmp;
    for (let shift = 0; shift < 32; shift += 8) {
      counts.fill(0);
      for (let index = start; index < end; index += 1) {
        const digit = ((srcKeys[index] as number) >>> shift) & 0xff;
        counts[digit] = (counts[digit] as number) + 1;
      }
      if (counts[((srcKeys[start] as number) >>> shift) & 0xff] === end - start) continue;
      let position = start;
      for (let digit = 0; digit < 256; digit += 1) {
        const count = counts[digit] as number;
        counts[digit] = position;
        position += count;
      }
      for (let index = start; index < end; index += 1) {
        const key = srcKeys[index] as number;
        const digit = (key >>> shift) & 0xff;
        const target = counts[digit] as number;
        dstRows[target] = srcRows[index] as number;
        dstKeys[target] = key;
        counts[digit] = target + 1;
      }
      [srcRows, dstRows] = [dstRows, srcRows];
      [srcKeys, dstKeys] = [dstKeys, srcKeys];
    }
    if (srcRows !== order) {
      order.set(srcRows.subarray(start, end), start);
      keys.set(srcKeys.subarray(start, end), start);
    }
    // Runs of equal keys: insertion sort by the ratio itself (descending, stable), then ranks.
    for (let index = start; index < end; index += 1) {
      const row = order[index] as number;
      values[index] = population[row] === 0 ? -1 : (participants[row] as number) / (population[row] as number);
    }
    let groupRank = 0;
    for (let index = start; index < end; index += 1) {
      if (index > start && keys[index] === keys[index - 1] && keys[index] !== NO_COVERAGE) {
        let at = index;
        const value = values[at] as number;
        const row = order[at] as number;
        while (at > start && keys[at - 1] === keys[index] && (values[at - 1] as number) < value) {
          values[at] = values[at - 1] as number;
          order[at] = order[at - 1] as number;
          at -= 1;
        }
        values[at] = value;
        order[at] = row;
      }
    }
    for (let index = start; index < end; index += 1) {
      if (index === start || values[index] !== values[index - 1]) groupRank = index - start + 1;
      ranks[order[index] as number] = groupRank;
    }
  }
  return ranks;
}

function threshold(table: TypedTable): TypedThreshold {
  const { rowCount, date, population, participants } = table;
  const met = new Int32Array(table.dates.length);
  for (let row = 0; row < rowCount; row += 1) {
    const people = population[row] as number;
    if (people > 0 && (participants[row] as number) * 100 >= 95 * people) met[date[row] as number] = (met[date[row] as number] as number) + 1;
  }
  return { dates: table.dates, met };
}

function nullable(values: Float64Array): (number | null)[] {
  return Array.from(values, (value) => (Number.isNaN(value) ? null : value));
}

function canonicalIngest(table: TypedTable): CanonicalIngest {
  return {
    regionCodes: Array.from(table.code, (id) => table.codes[id] as string),
    dates: Array.from(table.date, (id) => table.dates[id] as string),
    population: Array.from(table.population),
    participants: Array.from(table.participants),
  };
}

function canonicalRollUp(result: TypedRollUp): CanonicalRollUp {
  return {
    regionCodes: Array.from(result.code, (id) => result.codes[id] as string),
    dates: Array.from(result.date, (id) => result.dates[id] as string),
    population: Array.from(result.population),
    participants: Array.from(result.participants),
    activeParticipants: Array.from(result.active),
    coverage: nullable(result.coverage),
  };
}

function canonicalGrowth(result: TypedGrowth, table: TypedTable): CanonicalGrowth {
  return {
    regionCodes: Array.from(result.from, (row) => table.codes[table.code[row] as number] as string),
    fromDates: Array.from(result.from, (row) => table.dates[table.date[row] as number] as string),
    toDates: Array.from(result.to, (row) => table.dates[table.date[row] as number] as string),
    participantsChange: Array.from(result.participantsChange),
    coverageChangePp: nullable(result.coverageChangePp),
  };
}

function canonicalThreshold(result: TypedThreshold): CanonicalThreshold {
  return { dates: [...result.dates], met: Array.from(result.met) };
}

interface TypedPipeline {
  readonly table: TypedTable;
  readonly coverage: Float64Array;
  readonly rollup: TypedRollUp;
  readonly growth: TypedGrowth;
  readonly rank: Int32Array;
  readonly threshold: TypedThreshold;
}

export const typed: Implementation<TypedTable> = {
  name: 'typed',
  ingest,
  coverage,
  rollup,
  growth,
  rank,
  threshold,
  pipeline: (rows, workload): TypedPipeline => {
    const table = ingest(rows);
    return {
      table,
      coverage: coverage(table),
      rollup: rollup(table, workload),
      growth: growth(table),
      rank: rank(table),
      threshold: threshold(table),
    };
  },
  canonical: {
    ingest: (result) => canonicalIngest(result as TypedTable),
    coverage: (result): CanonicalCoverage => nullable(result as Float64Array),
    rollup: (result) => canonicalRollUp(result as TypedRollUp),
    growth: (result, table) => canonicalGrowth(result as TypedGrowth, table),
    rank: (result): CanonicalRank => Array.from(result as Int32Array),
    threshold: (result) => canonicalThreshold(result as TypedThreshold),
    pipeline: (result) => {
      const all = result as TypedPipeline;
      return {
        coverage: nullable(all.coverage),
        rollup: canonicalRollUp(all.rollup),
        growth: canonicalGrowth(all.growth, all.table),
        rank: Array.from(all.rank),
        threshold: canonicalThreshold(all.threshold),
      };
    },
  },
};
