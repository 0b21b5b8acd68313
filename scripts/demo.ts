// The demo report: runs the library over its embedded seed dataset (the five source articles)
// and prints, per article and statement: region, date, coverage, target status, people short,
// growth where two dates exist, reconciliation flags and award tier.
//
//   npm run demo              Indonesian number format (default)
//   npm run demo -- --en      English number format and labels
import {
  RPJMN_2020_2024,
  UHC_AWARDS_2023,
  UHC_AWARDS_2024,
  checkTarget,
  classifyAward,
  coveragePct,
  createSnapshot,
  explainAward,
  figuresAgree,
  formatCount,
  formatPercent,
  formatPp,
  growthBetween,
  impliedParticipants,
  impliedPopulation,
  impliedUncovered,
  intervalsOverlap,
  podium,
  provinceName,
  reconcileSnapshot,
  targetAt,
  targetName,
  type AwardScheme,
  type FigureLocale,
  type Interval,
  type PrintedFigure,
  type Snapshot,
  type Target,
} from '../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticle, renderArticleCheck } from '../src/article.js';
import { LAMPUNG_PODIUM_2023, SEED_ARTICLES, SEED_ARTICLE_IDS, SEED_OBSERVATIONS, type SeedObservation } from '../src/seeds.js';

const args = process.argv.slice(2);
const unknownArgs = args.filter((arg) => arg !== '--en' && arg !== '--id');
if (unknownArgs.length > 0) {
  console.error(`unknown argument(s): ${unknownArgs.join(' ')}; use --en or --id`);
  process.exit(2);
}
const locale: FigureLocale = args.includes('--en') ? 'en' : 'id';

const WORDS = {
  id: {
    title: 'uhc-metrics: laporan atas lima artikel sumber',
    published: 'terbit',
    notPrinted: 'tidak dicetak',
    counts: (participants: string, population: string) => `peserta ${participants} dari penduduk ${population}`,
    coverage: 'cakupan',
    computed: 'dihitung dari angka',
    printed: 'dicetak',
    impliedParticipants: 'peserta tersirat',
    impliedPopulation: 'penduduk tersirat',
    impliedUncovered: 'belum terdaftar tersirat',
    agreesWith: (text: string) => `sesuai dengan "${text}"`,
    disagreesWith: (text: string) => `TIDAK sesuai dengan "${text}"`,
    met: 'tercapai',
    notMet: 'belum tercapai',
    undetermined: 'tak dapat dipastikan',
    short: (people: string) => `kurang ${people} jiwa`,
    consistent: 'konsisten',
    inconsistent: 'TIDAK KONSISTEN',
    unknown: 'tak dapat diperiksa',
    cause: 'kemungkinan penyebab',
    growth: 'pertumbuhan',
    award: 'penghargaan',
    noCounts: 'tidak dapat dinilai: jumlah peserta dan penduduk tidak dicetak',
    sameDate: 'sumber lain, tanggal sama',
    populationImpliedNote: 'penduduk awal tersirat dari persentase cetak',
    participantEffect: 'efek peserta',
    populationEffect: 'efek penduduk',
    perYear: 'per tahun',
    podium: 'penghargaan komitmen dan kepatuhan iuran JKN',
    readings: { rounded: 'dibulatkan', truncated: 'dipotong' },
    causes: { 'slipped-digit': 'salah ketik satu angka', 'different-base': 'pembagi berbeda', rounding: 'pembulatan' },
    fields: {
      coverage: 'cakupan',
      activeCoverage: 'cakupan peserta aktif',
      activityRate: 'tingkat keaktifan',
      participants: 'peserta',
      population: 'penduduk',
      uncovered: 'belum terdaftar',
      activeParticipants: 'peserta aktif',
    } as Readonly<Record<string, string>>,
    metrics: { coverage: 'cakupan', activeCoverage: 'cakupan peserta aktif', activityRate: 'tingkat keaktifan' },
  },
  en: {
    title: 'uhc-metrics: report over the five source articles',
    published: 'published',
    notPrinted: 'not printed',
    counts: (participants: string, population: string) => `${participants} participants of ${population} people`,
    coverage: 'coverage',
    computed: 'computed from the counts',
    printed: 'printed',
    impliedParticipants: 'implied participants',
    impliedPopulation: 'implied population',
    impliedUncovered: 'implied uncovered',
    agreesWith: (text: string) => `agrees with "${text}"`,
    disagreesWith: (text: string) => `DISAGREES with "${text}"`,
    met: 'met',
    notMet: 'not met',
    undetermined: 'undetermined',
    short: (people: string) => `${people} people short`,
    consistent: 'consistent',
    inconsistent: 'INCONSISTENT',
    unknown: 'cannot be checked',
    cause: 'likely cause',
    growth: 'growth',
    award: 'award',
    noCounts: 'not assessable: participants and population are not printed',
    sameDate: 'another source, same date',
    populationImpliedNote: 'starting population implied by the printed percentage',
    participantEffect: 'participant effect',
    populationEffect: 'population effect',
    perYear: 'per year',
    podium: 'award for commitment and compliance with JKN contributions',
    readings: { rounded: 'rounded', truncated: 'truncated' },
    causes: { 'slipped-digit': 'a slipped digit', 'different-base': 'a different base', rounding: 'rounding' },
    fields: {
      coverage: 'coverage',
      activeCoverage: 'active coverage',
      activityRate: 'activity rate',
      participants: 'participants',
      population: 'population',
      uncovered: 'uncovered',
      activeParticipants: 'active participants',
    } as Readonly<Record<string, string>>,
    metrics: { coverage: 'coverage', activeCoverage: 'active coverage', activityRate: 'activity rate' },
  },
} as const;
const w = WORDS[locale];


const pct = (value: number): string => formatPercent(value, { locale });
const people = (value: number): string => formatCount(value, { locale });
const range = (interval: Interval): string =>
  interval.low === interval.high ? people(interval.low) : `${people(interval.low)} – ${people(interval.high)}`;

function regionName(code: string): string {
  if (code === 'ID') return 'Indonesia';
  if (code === '33.10') return 'Kabupaten Klaten';
  return provinceName(code);
}

/** The target kinds a report states: whether the region is UHC, and the national plan. */
function targetsAt(date: string): readonly Target[] {
  const found = [targetAt(date, { kind: 'uhc-status' }), targetAt(date, { kind: 'plan' })];
  return found.filter((target): target is Target => target !== undefined);
}

/** The award scheme whose year matches the data's year, when there is one. */
function awardSchemeFor(date: string): AwardScheme | undefined {
  const year = date.slice(0, 4);
  return year === '2023' ? UHC_AWARDS_2023 : year === '2024' ? UHC_AWARDS_2024 : undefined;
}

/** A target judged from a printed percentage alone: met only if every value the print allows meets it. */
function printedStatus(figure: PrintedFigure, target: Target): string {
  const condition = target.conditions.find((c) => c.metric === 'coverage');
  if (condition === undefined || target.conditions.length > 1) return w.undetermined;
  const meets = (value: number): boolean => (condition.operator === '>' ? value > condition.thresholdPct : value >= condition.thresholdPct);
  if (meets(figure.interval.low)) return w.met;
  if (!meets(figure.interval.high)) return w.notMet;
  return w.undetermined;
}

/**
 * The best award tier a printed percentage alone decides: a tier counts only when one of its
 * alternatives is made of coverage conditions that every value the print allows meets.
 */
function printedAwardTier(figure: PrintedFigure, scheme: AwardScheme): string | undefined {
  const holds = (condition: AwardScheme['tiers'][number]['alternatives'][number]['conditions'][number]): boolean =>
    condition.kind === 'metric' &&
    condition.metric === 'coverage' &&
    (condition.operator === '>' ? figure.interval.low > condition.thresholdPct : condition.operator === '>=' && figure.interval.low >= condition.thresholdPct);
  return scheme.tiers.find((tier) => tier.alternatives.some((alternative) => alternative.conditions.every(holds)))?.name;
}

function reportSnapshot(snapshot: Snapshot): void {
  const coverage = formatPercent(coveragePct(snapshot), { locale });
  console.log(`    ${w.counts(people(snapshot.participants), people(snapshot.population))}${snapshot.populationPeriod ? ` (${snapshot.populationPeriod})` : ''}`);
  if (coverage !== undefined) console.log(`    ${w.coverage} ${coverage} (${w.computed})`);
  for (const target of targetsAt(snapshot.asOf)) {
    const check = checkTarget(snapshot, target);
    const status = check.status === 'met' ? w.met : check.status === 'not-met' ? w.notMet : w.undetermined;
    const short = check.status === 'not-met' && check.coverageMeasured && check.peopleShort > 0 ? `, ${w.short(people(check.peopleShort))}` : '';
    console.log(`    ${targetName(target, { locale })}: ${status}${short}`);
  }
  for (const figure of reconcileSnapshot(snapshot).figures) {
    const verdict = figure.status === 'consistent' ? w.consistent : figure.status === 'inconsistent' ? w.inconsistent : w.unknown;
    const difference = figure.status === 'inconsistent' && figure.difference !== undefined && figure.printed.kind === 'percent'
      ? ` (${formatPp(figure.difference, { locale })}${figure.likelyCause ? `, ${w.cause}: ${w.causes[figure.likelyCause]}` : ''})`
      : '';
    console.log(`    ${w.printed} ${w.fields[figure.field] ?? figure.field} "${figure.printed.text}": ${verdict}${difference}`);
  }
  const scheme = awardSchemeFor(snapshot.asOf);
  if (scheme !== undefined) {
    const explanation = explainAward(classifyAward(snapshot, scheme), { locale });
    console.log(`    ${w.award}: ${explanation.split('\n')[0]}`);
  }
}

function reportPrintedOnly(observation: SeedObservation): void {
  const { coverage, participants, uncovered } = observation.printed;
  if (coverage === undefined) return;
  console.log(`    ${w.coverage} ${w.printed} "${coverage.text}"`);
  if (observation.population !== undefined) {
    const implied = impliedParticipants(observation.population, coverage);
    console.log(`    ${w.impliedParticipants}: ${range(implied)} (${people(observation.population)} × "${coverage.text}")`);
    const target = targetAt(observation.asOf, { kind: 'plan' });
    if (target !== undefined) {
      // A positive population and a coverage condition: every plan preset is measured here.
      const shortOf = (participants: number): number => {
        const { peopleShort } = checkTarget({ population: observation.population as number, participants }, target);
        if (peopleShort === undefined) throw new Error(`${target.id}: coverage was not measured`);
        return peopleShort;
      };
      const shortLow = shortOf(implied.high);
      const shortHigh = shortOf(implied.low);
      console.log(`    ${targetName(target, { locale })}: ${printedStatus(coverage, target)}, ${w.short(range({ low: shortLow, high: shortHigh }))}`);
    }
  }
  const counted = participants ?? observation.participants;
  if (counted !== undefined && coverage.qualifier === 'exact') {
    console.log(`    ${w.impliedPopulation}: ${range(impliedPopulation(counted, coverage))}`);
    if (uncovered !== undefined) {
      const implied = impliedUncovered(counted, coverage);
      const verdict = intervalsOverlap(implied, uncovered.interval) ? w.agreesWith(uncovered.text) : w.disagreesWith(uncovered.text);
      console.log(`    ${w.impliedUncovered}: ${range(implied)}, ${verdict}`);
    }
  }
  if (observation.population === undefined) {
    for (const target of targetsAt(observation.asOf)) console.log(`    ${targetName(target, { locale })}: ${printedStatus(coverage, target)}`);
    const scheme = observation.regionCode === 'ID' ? undefined : awardSchemeFor(observation.asOf);
    if (scheme !== undefined) {
      const tier = printedAwardTier(coverage, scheme);
      console.log(`    ${w.award} (${scheme.name}): ${tier ?? w.noCounts}`);
    }
  }
}

/** Growth between two statements about one region at two dates, when counts allow it. */
function reportGrowth(): void {
  const byRegion = new Map<string, SeedObservation[]>();
  for (const observation of SEED_OBSERVATIONS) {
    if (observation.countsFrom !== undefined) continue;
    byRegion.set(observation.regionCode, [...(byRegion.get(observation.regionCode) ?? []), observation]);
  }
  for (const [code, observations] of byRegion) {
    const dated = [...observations].sort((a, b) => a.asOf.localeCompare(b.asOf));
    const first = dated[0];
    const last = dated.at(-1);
    if (first === undefined || last === undefined || first.asOf === last.asOf) continue;
    if (last.snapshot === undefined || first.participants === undefined || first.printed.coverage === undefined) continue;
    // The earlier report printed participants and a percentage only: its population is implied.
    const implied = impliedPopulation(first.participants, first.printed.coverage, { reading: 'rounded' });
    const from = createSnapshot({
      regionCode: code,
      asOf: first.asOf,
      population: Math.round((implied.low + implied.high) / 2),
      participants: first.participants,
    });
    const growth = growthBetween(from, last.snapshot);
    console.log(`\n${w.growth}: ${regionName(code)} ${first.asOf} → ${last.asOf} (${w.populationImpliedNote})`);
    console.log(`    ${people(first.participants)} → ${people(last.snapshot.participants)}: +${people(growth.participantsChange)}`);
    if (growth.coverageChangePp !== undefined && growth.pacePpPerYear !== undefined) {
      console.log(
        `    ${w.coverage} ${formatPp(growth.coverageChangePp, { locale })}: ` +
          `${w.participantEffect} ${formatPp(growth.participantEffectPp, { locale }) ?? '–'}, ` +
          `${w.populationEffect} ${formatPp(growth.populationEffectPp, { locale }) ?? '–'}; ` +
          `${formatPp(growth.pacePpPerYear, { locale })} ${w.perYear}`,
      );
    }
  }
}

/** Two outlets printing the same quantity for the same region and date. */
function reportAgreement(): void {
  const seen = new Map<string, SeedObservation>();
  for (const observation of SEED_OBSERVATIONS) {
    const key = `${observation.regionCode}@${observation.asOf}`;
    const earlier = seen.get(key);
    const a = earlier?.printed.participants;
    const b = observation.printed.participants;
    if (earlier !== undefined && a !== undefined && b !== undefined && earlier.article !== observation.article) {
      const agreement = figuresAgree(a, b);
      const how = agreement.readings.map((pair) => `${w.readings[pair.a]}/${w.readings[pair.b]}`).join(', ');
      console.log(`\n${w.sameDate}: ${regionName(observation.regionCode)} ${observation.asOf}`);
      console.log(`    "${a.text}" (${earlier.article.slice(0, 3)}) ~ "${b.text}" (${observation.article.slice(0, 3)}): ${agreement.agree ? `${w.consistent} (${how})` : w.inconsistent}`);
    }
    seen.set(key, observation);
  }
}

console.log(w.title);
console.log(`${targetName(RPJMN_2020_2024, { locale })}: ${RPJMN_2020_2024.conditions.map((c) => `${w.metrics[c.metric]} ${c.operator} ${pct(c.thresholdPct)}`).join(', ')}`);
for (const id of SEED_ARTICLE_IDS) {
  const article = SEED_ARTICLES[id];
  console.log(`\n[${id.slice(0, 3)}] ${article.outlet}, ${w.published} ${article.published ?? w.notPrinted}`);
  if (article.headline !== undefined) console.log(`      "${article.headline}"`);
  for (const observation of SEED_OBSERVATIONS.filter((o) => o.article === id)) {
    console.log(`  ${regionName(observation.regionCode)} (${observation.regionCode}), ${observation.asOf}`);
    if (observation.snapshot !== undefined) reportSnapshot(observation.snapshot);
    else reportPrintedOnly(observation);
  }
}
reportGrowth();
reportAgreement();

// The same articles read from their raw text by checkArticle: what it finds without the ledger.
for (const id of SEED_ARTICLE_IDS) {
  const text = readFileSync(join(import.meta.dirname, '..', 'seeds', `${id}.txt`), 'utf8');
  const report = renderArticleCheck(checkArticle(text), { locale }).split('\n');
  console.log(`\ncheckArticle [${id.slice(0, 3)}]`);
  for (const line of report) if (line.startsWith('Klaim') || line.startsWith('Claim') || line.startsWith('  ') || line === report.at(-1)) console.log(`  ${line}`);
}

// The Lampung article prints places, not scores: the podium is ranked from the places.
const places = podium(LAMPUNG_PODIUM_2023, { keys: [{ value: (placement) => placement.place, direction: 'asc' }] });
console.log(`\n${w.podium} (${LAMPUNG_PODIUM_2023[0]?.awardedOn ?? ''}):`);
for (const place of places) console.log(`    ${place.rank}. ${place.entries.map((entry) => entry.item.government).join(', ')}`);
