import { describe, expect, it } from 'vitest';
import { SEGMENT_NAMES } from '../../src/models/segment-names.js';
import type { Snapshot } from '../../src/models/snapshot.js';
import { snapshotNotes } from '../../src/models/snapshot-note.js';
import { catchError } from '../support/caught-error.js';

const BASE: Snapshot = Object.freeze({ regionCode: '32.15', asOf: '2025-12-31', population: 1000, participants: 900 });

describe('snapshotNotes', () => {
  it('has nothing to say about an ordinary snapshot', () => {
    expect(snapshotNotes(BASE)).toEqual([]);
  });

  it('notes participants above population (Karawang printed 100,25%)', () => {
    const notes = snapshotNotes({ ...BASE, population: 400, participants: 401 });
    expect(notes).toEqual([
      {
        code: 'PARTICIPANTS_ABOVE_POPULATION',
        path: ['participants'],
        message: 'participants (401) exceed population (400) by 1 person',
        peopleAbovePopulation: 1,
      },
    ]);
    expect(Object.isFrozen(notes[0])).toBe(true);
  });

  it('says nothing when participants equal population', () => {
    expect(snapshotNotes({ ...BASE, participants: 1000 })).toEqual([]);
  });

  it('notes six segments that do not add up, either way', () => {
    const six = Object.fromEntries(SEGMENT_NAMES.map((name) => [name, 150]));
    expect(snapshotNotes({ ...BASE, segments: six })).toEqual([]);
    expect(snapshotNotes({ ...BASE, segments: { ...six, bp: 140 } })).toEqual([
      {
        code: 'SEGMENTS_DO_NOT_SUM',
        path: ['segments'],
        message: 'the six segments total 890 people, 10 fewer than the 900 participants',
        segmentsTotal: 890,
        peopleDifference: -10,
        allSegmentsGiven: true,
      },
    ]);
    const [more] = snapshotNotes({ ...BASE, segments: { ...six, bp: 151 } });
    expect(more?.code === 'SEGMENTS_DO_NOT_SUM' && [more.peopleDifference, more.message]).toEqual([
      1,
      'the six segments total 901 people, 1 more than the 900 participants',
    ]);
  });

  it('notes some segments only when they already exceed participants', () => {
    expect(snapshotNotes({ ...BASE, segments: { pbiApbn: 500, pbpuPemda: 399 } })).toEqual([]);
    expect(snapshotNotes({ ...BASE, segments: { pbiApbn: 500, pbpuPemda: 400 } })).toEqual([]);
    const [note] = snapshotNotes({ ...BASE, segments: { pbiApbn: 500, pbpuPemda: 401 } });
    expect(note).toEqual({
      code: 'SEGMENTS_DO_NOT_SUM',
      path: ['segments'],
      message: 'the 2 segments given total 901 people, 1 more than the 900 participants',
      segmentsTotal: 901,
      peopleDifference: 1,
      allSegmentsGiven: false,
    });
  });

  it('gives both notes in field order', () => {
    const notes = snapshotNotes({ ...BASE, population: 800, segments: { pbiApbn: 1000 } });
    expect(notes.map((note) => note.code)).toEqual(['PARTICIPANTS_ABOVE_POPULATION', 'SEGMENTS_DO_NOT_SUM']);
    expect(Object.isFrozen(notes)).toBe(true);
  });

  it.each<[unknown, string, readonly (string | number)[]]>([
    [null, 'INVALID_TYPE', []],
    [{ ...BASE, population: -1 }, 'INVALID_COUNT', ['population']],
    [{ ...BASE, participants: '900' }, 'INVALID_COUNT', ['participants']],
    [{ ...BASE, segments: 'x' }, 'INVALID_TYPE', ['segments']],
    [{ ...BASE, segments: { pbpu: Number.NaN } }, 'INVALID_COUNT', ['segments', 'pbpu']],
  ])('rejects %j with %s', (snapshot, code, path) => {
    const error = catchError(() => snapshotNotes(snapshot as Snapshot));
    expect([error.code, error.path]).toEqual([code, path]);
  });
});
