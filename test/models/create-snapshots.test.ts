import { describe, expect, it } from 'vitest';
import { createSnapshot } from '../../src/models/create-snapshot.js';
import { createSnapshots, safeCreateSnapshots } from '../../src/models/create-snapshots.js';
import { catchError } from '../support/caught-error.js';

/** CSV records as a reader hands them over: every cell a string, blanks for missing values. */
const CSV_ROWS = Object.freeze([
  Object.freeze({ no: '1', regionCode: '18', nama: 'Lampung', asOf: '2024-07-01', population: '9.051.459', participants: '8.911.770', activeParticipants: '' }),
  Object.freeze({ no: '2', regionCode: '1872', nama: 'Kota Metro', asOf: '2024-07-01', population: '170.000', participants: '171.000', activeParticipants: '150.000' }),
  Object.freeze({ no: '3', regionCode: '1801', nama: 'Lampung Selatan', asOf: '2024-07-01', population: '1.100.000', participants: '1.050.000', activeParticipants: '900.000' }),
]);

describe('createSnapshots', () => {
  it('builds every row, in order, ignoring extra CSV columns', () => {
    const snapshots = createSnapshots(CSV_ROWS);
    expect(snapshots).toEqual(CSV_ROWS.map((row) => createSnapshot(row)));
    expect(snapshots.map((snapshot) => snapshot.regionCode)).toEqual(['18', '18.72', '18.01']);
    expect(snapshots[0]).toStrictEqual({ regionCode: '18', asOf: '2024-07-01', population: 9_051_459, participants: 8_911_770 });
    expect(Object.isFrozen(snapshots)).toBe(true);
  });

  it('returns an empty frozen array for no rows', () => {
    const snapshots = createSnapshots([]);
    expect(snapshots).toEqual([]);
    expect(Object.isFrozen(snapshots)).toBe(true);
  });

  it('reports the issues of every row, paths starting with the row index', () => {
    const rows = [
      CSV_ROWS[0],
      { ...CSV_ROWS[1], population: '-' },
      'not a row',
      { ...CSV_ROWS[2], regionCode: '18.70', activeParticipants: '2.000.000' },
    ];
    const error = catchError(() => createSnapshots(rows as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_COUNT', [1, 'population']],
      ['INVALID_TYPE', [2]],
      ['INVALID_REGION_CODE', [3, 'regionCode']],
      ['INCONSISTENT_COUNTS', [3, 'activeParticipants']],
    ]);
    expect(error.issues[0]?.message.startsWith('[1].population ')).toBe(true);
    expect(error.issues[3]?.message.startsWith('[3].activeParticipants must not exceed participants')).toBe(true);
  });

  it('reports one bad row with that row issue code', () => {
    const error = catchError(() => createSnapshots([CSV_ROWS[0], { ...CSV_ROWS[0], asOf: '2024-13-01' }] as never));
    expect([error.code, error.path, error.value]).toEqual(['INVALID_DATE', [1, 'asOf'], '2024-13-01']);
  });

  it.each([[undefined], [null], [{ 0: CSV_ROWS[0] }], ['18']])('rejects %j as rows with INVALID_TYPE', (rows) => {
    const error = catchError(() => createSnapshots(rows as never));
    expect([error.code, error.path]).toEqual(['INVALID_TYPE', []]);
  });

  it('applies the options to every row', () => {
    const error = catchError(() => createSnapshots(CSV_ROWS, { unknownFields: 'reject' }));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [0, 'no'],
      [0, 'nama'],
      [1, 'no'],
      [1, 'nama'],
      [2, 'no'],
      [2, 'nama'],
    ]);
    expect(createSnapshots([{ ...CSV_ROWS[0], population: '9,051,459', participants: '8,911,770' }] as never, { locale: 'en' })[0]?.population).toBe(9_051_459);
    expect(catchError(() => createSnapshots(CSV_ROWS, { unknown: 1 } as never)).code).toBe('INVALID_OPTION');
  });
});

describe('safeCreateSnapshots', () => {
  it('returns the snapshots and every note, paths starting with the row index', () => {
    const result = safeCreateSnapshots([...CSV_ROWS, { ...CSV_ROWS[0], segments: { pbiApbn: '9.000.000' } }]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.output).toHaveLength(4);
    expect(result.notes.map((note) => [note.code, note.path])).toEqual([
      ['PARTICIPANTS_ABOVE_POPULATION', [1, 'participants']],
      ['SEGMENTS_DO_NOT_SUM', [3, 'segments']],
    ]);
    expect(Object.isFrozen(result.notes)).toBe(true);
  });

  it('returns every issue of every row instead of throwing', () => {
    const result = safeCreateSnapshots([{}, CSV_ROWS[0]]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      [0, 'regionCode'],
      [0, 'asOf'],
      [0, 'population'],
      [0, 'participants'],
    ]);
  });

  it('returns an issue when rows is not an array', () => {
    const result = safeCreateSnapshots({ rows: [] });
    expect(result.success ? undefined : [result.issues[0].code, result.issues[0].path]).toEqual(['INVALID_TYPE', []]);
  });
});
