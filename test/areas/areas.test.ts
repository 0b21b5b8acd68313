import { describe, expect, it } from 'vitest';
import { defineArea } from '../../src/areas/area.js';
import { rollUpToAreas } from '../../src/areas/roll-up-to-areas.js';
import { lookupRegion } from '../../src/regions/lookup-region.js';
import { errorOf } from '../support/caught-error.js';

describe('defineArea', () => {
  it('accepts codes, and names through the directory, scoped to a province', () => {
    expect(defineArea({ id: 'kc-metro', name: 'KC Metro', members: ['Kota Metro', 'Kab. Lampung Timur', '1802'] }, { lookupRegion, province: '18' })).toEqual({
      id: 'kc-metro',
      name: 'KC Metro',
      members: ['18.02', '18.07', '18.72'],
    });
    expect(defineArea({ id: 'jateng-diy', members: ['34', '33'] })).toEqual({ id: 'jateng-diy', name: 'jateng-diy', members: ['33', '34'] });
  });

  it('never guesses a name: ambiguous and unknown names throw with the candidates', () => {
    expect(errorOf(() => defineArea({ id: 'x', members: ['Blitar'] }, { lookupRegion }))).toEqual({ code: 'AMBIGUOUS_REGION', path: ['members', 0] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['18.72', 'Lampung Tenggara'] }, { lookupRegion }))).toEqual({ code: 'UNKNOWN_REGION', path: ['members', 1] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['Zzzzqqq'] }, { lookupRegion: (query) => ({ status: 'unknown', query, nearest: [] }) }))).toEqual({ code: 'UNKNOWN_REGION', path: ['members', 0] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['Kota Metro'] }))).toEqual({ code: 'INVALID_REGION_CODE', path: ['members', 0] });
  });

  it('rejects malformed membership: none, repeated, nested, bad codes, bad ids', () => {
    expect(errorOf(() => defineArea({ id: 'x', members: [] }))).toEqual({ code: 'INVALID_AREA', path: ['members'] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['18.72', '1872'] }))).toEqual({ code: 'INVALID_AREA', path: ['members', 1] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['18.72.01', '18'] }))).toEqual({ code: 'INVALID_AREA', path: ['members', 0] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['99.01'] }))).toEqual({ code: 'UNKNOWN_PROVINCE', path: ['members', 0] });
    expect(errorOf(() => defineArea({ id: 'x', members: [18 as never] }))).toEqual({ code: 'INVALID_TYPE', path: ['members', 0] });
    expect(errorOf(() => defineArea({ id: ' ', members: ['18'] }))).toEqual({ code: 'INVALID_TYPE', path: ['id'] });
    expect(errorOf(() => defineArea({ id: 'x', name: '', members: ['18'] }))).toEqual({ code: 'INVALID_TYPE', path: ['name'] });
    expect(errorOf(() => defineArea({ id: 'x', members: 'x' as never }))).toEqual({ code: 'INVALID_TYPE', path: ['members'] });
    expect(errorOf(() => defineArea('x' as never))).toEqual({ code: 'INVALID_TYPE', path: [] });
  });

  it('rejects bad options', () => {
    expect(errorOf(() => defineArea({ id: 'x', members: ['18'] }, { lookupRegion: 1 as never }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'lookupRegion'] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['18'] }, { province: '18.72' }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'province'] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['18'] }, { province: 18 as never }))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'province'] });
    expect(errorOf(() => defineArea({ id: 'x', members: ['18'] }, { scope: 1 } as never))).toEqual({ code: 'INVALID_OPTION', path: ['options', 'scope'] });
  });
});

describe('rollUpToAreas', () => {
  const metro = defineArea({ id: 'kc-metro', members: ['18.72', '18.07'] });
  const cluster = defineArea({ id: 'cluster', members: ['18.72'] });

  it('sums members per date, lists the missing, sums active and non-active only when all give them', () => {
    const rows = rollUpToAreas(
      [
        { regionCode: '18.72', asOf: '2024-08', population: 200, participants: 198, activeParticipants: 150, nonActiveParticipants: 48 },
        { regionCode: '1807', asOf: '2024-08', population: 800, participants: 752, activeParticipants: 600 },
        { regionCode: '18.72', asOf: '2024-07', population: 200, participants: 197 },
        { regionCode: '18.01', asOf: '2024-08', population: 900, participants: 850 },
      ],
      [metro, cluster],
    );
    expect(rows).toEqual([
      { areaId: 'kc-metro', asOf: '2024-07', population: 200, participants: 197, members: ['18.72'], missingMembers: ['18.07'] },
      { areaId: 'kc-metro', asOf: '2024-08', population: 1000, participants: 950, activeParticipants: 750, members: ['18.07', '18.72'], missingMembers: [] },
      { areaId: 'cluster', asOf: '2024-07', population: 200, participants: 197, members: ['18.72'], missingMembers: [] },
      { areaId: 'cluster', asOf: '2024-08', population: 200, participants: 198, activeParticipants: 150, nonActiveParticipants: 48, members: ['18.72'], missingMembers: [] },
    ]);
    expect(Object.isFrozen(rows[0])).toBe(true);
  });

  it('throws for bad snapshots, bad areas and repeated area ids', () => {
    const ok = { regionCode: '18.72', asOf: '2024-08', population: 200, participants: 198 };
    expect(errorOf(() => rollUpToAreas([ok, ok], [metro]))).toEqual({ code: 'DUPLICATE_SNAPSHOT', path: [1] });
    expect(errorOf(() => rollUpToAreas([{ ...ok, nonActiveParticipants: -1 }], [metro]))).toEqual({ code: 'INVALID_COUNT', path: [0, 'nonActiveParticipants'] });
    expect(errorOf(() => rollUpToAreas([ok], [metro, { ...cluster, id: 'kc-metro' }]))).toEqual({ code: 'INVALID_AREA', path: ['areas', 1, 'id'] });
    expect(errorOf(() => rollUpToAreas([ok], [{ id: 'x', name: 'x', members: [] }]))).toEqual({ code: 'INVALID_AREA', path: ['areas', 0, 'members'] });
    expect(errorOf(() => rollUpToAreas([ok], 'x' as never))).toEqual({ code: 'INVALID_TYPE', path: ['areas'] });
  });
});
