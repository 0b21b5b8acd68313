// Type-level tests: the constructors of untrusted input take typed inputs (editor completion,
// misspelt keys caught at compile time), and the snapshot input is a Standard Schema.
import { describe, expectTypeOf, it } from 'vitest';
import {
  classifyAward,
  conditionsOf,
  createRegion,
  createSnapshot,
  createSnapshots,
  defineAwardScheme,
  defineTarget,
  safeCreateSnapshot,
  snapshotSchema,
  targetName,
  RPJMN_2020_2024,
  UHC_AWARDS_2026,
  type AwardConditionResult,
  type AwardInput,
  type AwardPctInput,
  type AwardScheme,
  type TierConditions,
  type AwardSchemeInput,
  type LocalizedText,
  type Region,
  type RegionInput,
  type Snapshot,
  type SnapshotInput,
  type StandardSchemaV1,
  type Target,
  type TargetInput,
} from '../../src/index.js';

/** The spec's inference helpers (`StandardSchemaV1.InferInput` / `InferOutput`), written out. */
type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input'];
type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];

describe('SnapshotInput', () => {
  it('is what createSnapshot and createSnapshots take', () => {
    expectTypeOf(createSnapshot).parameter(0).toEqualTypeOf<SnapshotInput>();
    expectTypeOf(createSnapshots).parameter(0).toEqualTypeOf<readonly SnapshotInput[]>();
  });

  it('accepts counts as numbers or printed strings, months, blanks and printed figures', () => {
    expectTypeOf({
      regionCode: '1872',
      asOf: '2024-07',
      population: '170.000',
      participants: 165_000,
      activeParticipants: '',
      nonActiveParticipants: null,
      populationPeriod: '2023-S2',
      segments: { pbiApbn: '120.000', ppu: 3_000 },
      printed: { coverage: '97,06%', activityRate: { figure: '67,85 %', base: 'population' } },
      source: { outlet: 'NU Online Lampung', published: '2024-07-19' },
    } as const).toMatchTypeOf<SnapshotInput>();
    // A CSV record of strings with extra columns is a valid input when it is not a literal.
    const record = { no: '1', regionCode: '18', asOf: '2024-07-01', population: '9.051.459', participants: '8.911.770' };
    expectTypeOf(createSnapshot(record)).toEqualTypeOf<Snapshot>();
    // A snapshot is itself a valid input.
    expectTypeOf<Snapshot>().toMatchTypeOf<SnapshotInput>();
  });

  it('rejects a misspelt key, a missing field and a wrong type', () => {
    // @ts-expect-error `partcipants` is not a snapshot field
    createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 10, partcipants: 9 });
    // @ts-expect-error `participants` is required
    createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 10 });
    // @ts-expect-error a count is a number or a string
    createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 10, participants: true });
    // @ts-expect-error an activity rate names its base
    createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 10, participants: 9, printed: { activityRate: { figure: '80%' } } });
    // @ts-expect-error `pbi` is not a segment
    createSnapshot({ regionCode: '18', asOf: '2024-07-01', population: 10, participants: 9, segments: { pbi: 5 } });
  });

  it('leaves safeCreateSnapshot open to data of any shape', () => {
    expectTypeOf(safeCreateSnapshot).parameter(0).toEqualTypeOf<unknown>();
  });
});

describe('snapshotSchema is a Standard Schema V1', () => {
  it('infers SnapshotInput in and Snapshot out', () => {
    expectTypeOf(snapshotSchema).toMatchTypeOf<StandardSchemaV1<SnapshotInput, Snapshot>>();
    expectTypeOf<InferInput<typeof snapshotSchema>>().toEqualTypeOf<SnapshotInput>();
    expectTypeOf<InferOutput<typeof snapshotSchema>>().toEqualTypeOf<Snapshot>();
  });

  it('validates unknown values synchronously: a value or issues', () => {
    const result = snapshotSchema['~standard'].validate(JSON.parse('{}') as unknown);
    expectTypeOf(result).not.toEqualTypeOf<Promise<unknown>>();
    if (result.issues === undefined) expectTypeOf(result.value).toEqualTypeOf<Snapshot>();
    else expectTypeOf(result.issues[0].path).toEqualTypeOf<readonly (string | number)[]>();
  });
});

describe('TargetInput, RegionInput, AwardSchemeInput', () => {
  it('are what defineTarget, createRegion and defineAwardScheme take, and their outputs fit them', () => {
    expectTypeOf(defineTarget).parameter(0).toEqualTypeOf<TargetInput>();
    expectTypeOf(createRegion).parameter(0).toEqualTypeOf<RegionInput>();
    expectTypeOf(defineAwardScheme).parameter(0).toEqualTypeOf<AwardSchemeInput>();
    expectTypeOf<Target>().toMatchTypeOf<TargetInput>();
    expectTypeOf<Region>().toMatchTypeOf<RegionInput>();
    expectTypeOf<AwardScheme>().toMatchTypeOf<AwardSchemeInput>();
    expectTypeOf(defineAwardScheme(UHC_AWARDS_2026)).toEqualTypeOf<AwardScheme>();
  });

  it('name a target in one string or in both languages, and targetName gives a string', () => {
    const base = { id: 'X', kind: 'plan', source: 's', validFrom: '2025-01-01', conditions: [{ metric: 'coverage', operator: '>=', thresholdPct: 98 }] } as const;
    expectTypeOf(defineTarget({ ...base, name: 'Target X' }).name).toEqualTypeOf<LocalizedText>();
    expectTypeOf(defineTarget({ ...base, name: { id: 'Target X', en: 'Target X' } })).toEqualTypeOf<Target>();
    expectTypeOf(targetName(RPJMN_2020_2024, { locale: 'en' })).toEqualTypeOf<string>();
    // @ts-expect-error a name in a third language is not a LocalizedText
    defineTarget({ ...base, name: { id: 'X', jv: 'X' } });
    // @ts-expect-error `deadlin` is not a target field
    defineTarget({ ...base, name: 'X', deadlin: '2029-12-31' });
    // @ts-expect-error a target kind is 'uhc-status' or 'plan'
    defineTarget({ ...base, name: 'X', kind: 'award' });
  });

  it('reject misspelt region and award fields', () => {
    // @ts-expect-error `nama` is not a region field
    createRegion({ code: '18', nama: 'Lampung' });
    // @ts-expect-error a level is one of the region levels
    createRegion({ code: '18', name: 'Lampung', level: 'provinsi' });
    // @ts-expect-error `tier` is not a scheme field (it is `tiers`)
    defineAwardScheme({ id: 'x', name: 'x', source: 'x', tier: [] });
    // @ts-expect-error a condition's threshold is `thresholdPct`
    defineAwardScheme({ id: 'x', name: 'x', source: 'x', tiers: [{ id: 'a', name: 'A', alternatives: [{ conditions: [{ kind: 'metric', metric: 'coverage', operator: '>=', threshold: 95 }] }] }] });
  });
});

describe('award inputs as printed percentages, and the conditions of a tier', () => {
  it('accept counts or a printed coverage, not both', () => {
    expectTypeOf(classifyAward).parameter(0).toEqualTypeOf<AwardInput | AwardPctInput>();
    classifyAward({ coveragePct: 98.2, activeCoveragePct: 86 }, UHC_AWARDS_2026);
    classifyAward({ population: 100, participants: 99, activeCoveragePct: 86 }, UHC_AWARDS_2026);
    // @ts-expect-error a printed coverage stands for population and participants: not both
    classifyAward({ coveragePct: 98.2, population: 100, participants: 99 }, UHC_AWARDS_2026);
    // @ts-expect-error the percentage is `coveragePct`
    classifyAward({ coverage: 98.2 }, UHC_AWARDS_2026);
    expectTypeOf<Snapshot>().toMatchTypeOf<AwardInput>();
  });

  it('give the conditions of a tier by outcome', () => {
    const conditions = conditionsOf(classifyAward({ coveragePct: 99 }, UHC_AWARDS_2026), 'madya');
    expectTypeOf(conditions).toEqualTypeOf<TierConditions>();
    expectTypeOf(conditions.failing).toEqualTypeOf<readonly AwardConditionResult[]>();
  });
});
