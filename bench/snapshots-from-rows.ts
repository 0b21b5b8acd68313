// How long snapshotsFromRows takes on 100 000 rows as csv-parse returns them (records of
// strings), in two shapes: names resolved through the directory (lookupRegion) and codes.
// Rows cycle through the 514 regencies and cities over months, in shuffled order, with
// Indonesian numbers, a branch and non-active counts. Run: npx tsx bench/snapshots-from-rows.ts
import { DIRECTORY_REGENCIES, lookupRegion } from '../src/regions.js';
import { snapshotsFromRows } from '../src/index.js';

const ROWS = 100_000;
const ROUNDS = 7;
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `1.077.664` */
function indonesian(count: number): string {
  return count.toLocaleString('de-DE');
}

/** A deterministic shuffle (mulberry32), so every run measures the same order. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function table(byName: boolean): Record<string, string>[] {
  const regencies = DIRECTORY_REGENCIES;
  const rows: Record<string, string>[] = [];
  for (let index = 0; index < ROWS; index += 1) {
    const regency = regencies[index % regencies.length] as (typeof regencies)[number];
    const monthIndex = Math.floor(index / regencies.length);
    const population = 100_000 + ((index * 7919) % 900_000);
    const participants = Math.floor(population * 0.95);
    const active = Math.floor(participants * 0.7);
    rows.push({
      [byName ? 'Kabupaten/Kota' : 'Kode']: byName ? regency.name.replace('Kabupaten ', 'Kab. ') : regency.code,
      'Kantor Cabang': `KC ${regency.code.slice(0, 2)}`,
      Bulan: `${MONTHS[monthIndex % 12]} ${2000 + Math.floor(monthIndex / 12)}`,
      'Jumlah Penduduk': indonesian(population),
      'Jumlah Peserta': indonesian(participants),
      'Peserta Aktif': indonesian(active),
      Nonaktif: indonesian(participants - active),
    });
  }
  return shuffled(rows, 42);
}

const shapes = { names: table(true), codes: table(false) };
const times: Record<string, number[]> = { names: [], codes: [] };
// CPU time of this process too: on a shared machine the wall clock also counts other processes.
const cpu: Record<string, number[]> = { names: [], codes: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  const order = round % 2 === 0 ? (['names', 'codes'] as const) : (['codes', 'names'] as const);
  for (const shape of order) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = snapshotsFromRows(shapes[shape], { lookupRegion });
    times[shape]?.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu[shape]?.push((used.user + used.system) / 1000);
    if (result.snapshots.length + result.issues.length < ROWS) throw new Error('rows lost');
    if (round === 0) console.log(`${shape}: ${result.snapshots.length} snapshots, ${result.issues.length} issues`);
  }
}
/** `median 412 ms (min 380, max 530)` */
function summary(list: readonly number[]): string {
  const sorted = [...list].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return `median ${median.toFixed(0)} ms (min ${(sorted[0] as number).toFixed(0)}, max ${(sorted.at(-1) as number).toFixed(0)})`;
}
for (const shape of ['names', 'codes'] as const) {
  console.log(`${shape}, ${ROWS} rows, ${ROUNDS} rounds: wall ${summary(times[shape] ?? [])}; CPU ${summary(cpu[shape] ?? [])}`);
}
