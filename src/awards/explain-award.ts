import { intlLocaleTag, resolveFigureLocale, type FigureLocale } from '../figures/figure-locale.js';
import { assertOptions, assertRecord } from '../internal/assert.js';
import { ownField, readOwnFields } from '../internal/copy-input.js';
import { workMeter } from '../internal/work-meter.js';
import type { ComparisonOperator } from '../metrics/comparison-operator.js';
import type { ActivityBase } from '../models/snapshot.js';
import type { AwardMetric } from './award-scheme.js';
import {
  assertAwardClassification,
  type AwardClassification,
  type AwardConditionResult,
  type AwardMetricResult,
  type AwardOutcome,
} from './classify-award.js';

/**
 * Options of {@link explainAward}.
 *
 * @example
 * ```ts
 * const options: ExplainAwardOptions = { locale: 'id' };
 * ```
 *
 * @category Awards and ranking
 */
export interface ExplainAwardOptions {
  /** `'id'` (default, as every formatter of this library) or `'en'`: words and number format (`79,69` or `79.69`). */
  readonly locale?: FigureLocale;
}

interface Phrases {
  readonly outcome: Readonly<Record<AwardOutcome, string>>;
  readonly metric: (metric: AwardMetric, base: ActivityBase) => string;
  readonly flag: (name: string) => string;
  readonly needs: (requirement: string) => string;
  readonly yes: string;
  readonly no: string;
  readonly spare: (pp: string) => string;
  readonly short: (pp: string) => string;
  readonly peopleShort: (people: string, plural: Intl.LDMLPluralRule) => string;
  readonly atThreshold: string;
  readonly missing: (fields: string) => string;
  readonly zeroBase: string;
  readonly anyOf: string;
  readonly noTier: string;
  readonly incomplete: string;
  readonly undecidedAbove: (tiers: string) => string;
  readonly undecided: (tiers: string) => string;
  readonly alternative: (index: number, count: number) => string;
}

// Words only: numbers are formatted by Intl.NumberFormat for the locale.
const PHRASES: Readonly<Record<FigureLocale, Phrases>> = {
  en: {
    outcome: { met: 'met', failed: 'not met', unknown: 'unknown' },
    metric: (metric, base) =>
      metric === 'coverage'
        ? 'coverage'
        : metric === 'pemdaShare'
        ? 'Pemda-registered residents (PBPU Pemda / population)'
        : `activity rate (active participants / ${base})`,
    flag: (name) =>
      name === 'noContributionArrears'
        ? 'Pemda contributions paid up (noContributionArrears)'
        : name === 'uhcPrioritas'
        ? 'UHC Prioritas status (uhcPrioritas)'
        : `flag ${name}`,
    needs: (requirement) => `(needs ${requirement})`,
    yes: 'yes',
    no: 'no',
    spare: (pp) => `${pp} pp to spare`,
    short: (pp) => `${pp} pp short`,
    peopleShort: (people, plural) => `${people} ${plural === 'one' ? 'person' : 'people'} short`,
    atThreshold: 'exactly at the threshold',
    missing: (fields) => `missing input: ${fields}`,
    zeroBase: 'the base is 0',
    anyOf: 'at least one of',
    noTier: 'no tier met',
    incomplete: 'published conditions only; the other cut-offs of this tier are not published',
    undecidedAbove: (tiers) => `A higher tier is not ruled out for lack of data: ${tiers}.`,
    undecided: (tiers) => `Undecided for lack of data: ${tiers}.`,
    alternative: (index, count) => `Alternative ${index} of ${count}`,
  },
  id: {
    outcome: { met: 'terpenuhi', failed: 'tidak terpenuhi', unknown: 'belum diketahui' },
    metric: (metric, base) =>
      metric === 'coverage'
        ? 'cakupan kepesertaan'
        : metric === 'pemdaShare'
        ? 'penduduk didaftarkan Pemda (PBPU Pemda / jumlah penduduk)'
        : `tingkat keaktifan peserta (peserta aktif / ${base === 'population' ? 'jumlah penduduk' : 'jumlah peserta'})`,
    flag: (name) =>
      name === 'noContributionArrears'
        ? 'iuran Pemda lunas (noContributionArrears)'
        : name === 'uhcPrioritas'
        ? 'status UHC Prioritas (uhcPrioritas)'
        : `penanda ${name}`,
    needs: (requirement) => `(syarat ${requirement})`,
    yes: 'ya',
    no: 'tidak',
    spare: (pp) => `lebih ${pp} poin persentase`,
    short: (pp) => `kurang ${pp} poin persentase`,
    peopleShort: (people) => `kurang ${people} orang`,
    atThreshold: 'tepat di ambang batas',
    missing: (fields) => `data tidak tersedia: ${fields}`,
    zeroBase: 'pembaginya 0',
    anyOf: 'salah satu dari',
    noTier: 'tidak ada tingkat yang terpenuhi',
    incomplete: 'hanya syarat yang dipublikasikan; batas lain tingkat ini tidak dipublikasikan',
    undecidedAbove: (tiers) => `Tingkat yang lebih tinggi belum dapat dipastikan karena data belum lengkap: ${tiers}.`,
    undecided: (tiers) => `Belum dapat dipastikan karena data belum lengkap: ${tiers}.`,
    alternative: (index, count) => `Alternatif ${index} dari ${count}`,
  },
};

const SYMBOLS: Readonly<Record<ComparisonOperator, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

interface Formats {
  readonly pct: Intl.NumberFormat;
  readonly threshold: Intl.NumberFormat;
  readonly people: Intl.NumberFormat;
  readonly plural: Intl.PluralRules;
}

function formatPp(pp: number, formats: Formats): string {
  const text = formats.pct.format(pp);
  // A margin that rounds to 0,00 is still not zero: say so rather than print a misleading 0.
  return text === formats.pct.format(0) ? `< ${formats.pct.format(0.01)}` : text;
}

function describeMetric(result: AwardMetricResult, words: Phrases, formats: Formats): string {
  const requirement = words.needs(`${SYMBOLS[result.operator]} ${formats.threshold.format(result.thresholdPct)}%`);
  const label = words.metric(result.metric, result.base);
  const verdict = words.outcome[result.outcome];
  if (result.measuredPct === undefined || result.marginPp === undefined) {
    const why = result.missing.length > 0 ? words.missing(result.missing.join(', ')) : words.zeroBase;
    return `${label} ${requirement}: ${verdict}, ${why}.`;
  }
  const measured = `${label} ${formats.pct.format(result.measuredPct)}% ${requirement}: ${verdict}`;
  if (result.marginPp === 0) return `${measured}, ${words.atThreshold}.`;
  const distance = formatPp(Math.abs(result.marginPp), formats);
  if (result.marginPp > 0) return `${measured}, ${words.spare(distance)}.`;
  const { peopleShort } = result;
  const people =
    peopleShort === undefined
      ? ''
      : ` (${words.peopleShort(formats.people.format(peopleShort), formats.plural.select(peopleShort))})`;
  return `${measured}, ${words.short(distance)}${people}.`;
}

/**
 * Appends the lines of one condition to `lines`. Pushed one by one, never spread: an `any` with
 * thousands of parts would overflow the stack as arguments of one call.
 */
function describeCondition(
  result: AwardConditionResult,
  words: Phrases,
  formats: Formats,
  indent: string,
  lines: string[],
): void {
  workMeter.steps += 1;
  const verdict = words.outcome[result.outcome];
  switch (result.kind) {
    case 'metric':
      lines.push(`${indent}- ${describeMetric(result, words, formats)}`);
      return;
    case 'flag': {
      const head = `${indent}- ${words.flag(result.flag)} ${words.needs(
        result.expected ? words.yes : words.no,
      )}: ${verdict}`;
      lines.push(result.actual === undefined ? `${head}, ${words.missing(result.missing.join(', '))}.` : `${head}.`);
      return;
    }
    case 'any': {
      // Notes are sentences; inside parentheses their full stop would double the line's own.
      // Own only: a result without a note must not print one from a polluted Object.prototype.
      const own = ownField(result, 'note') as string | undefined;
      const note = own === undefined ? '' : ` (${own.replace(/\.$/, '')})`;
      lines.push(`${indent}- ${words.anyOf}${note}: ${verdict}.`);
      // Nesting is at most 16 deep (defineAwardScheme), so this recursion is shallow.
      for (const part of result.conditions) describeCondition(part, words, formats, `${indent}  `, lines);
    }
  }
}

/**
 * Renders a classification as sentences, one per line: the decision, any higher tier left
 * undecided, then each tier, alternative and condition with the measured value, the threshold
 * and how far above or below it. Numbers are rounded for display only (2 decimals) with
 * `Intl.NumberFormat` for the locale; a nonzero margin that would print as 0 prints as `< 0.01`.
 *
 * @param classification - a result of {@link classifyAward}
 * @param options - {@link ExplainAwardOptions}: `locale` `'id'` (default) or `'en'`
 * @returns the explanation, lines separated by `\n`
 * @throws {@link UhcMetricsError} `INVALID_TYPE` when `classification` was not returned by
 *   {@link classifyAward}; `INVALID_OPTION` for an unknown option or locale; `INPUT_THREW` when
 *   a getter or proxy of `options` throws.
 *
 * @example
 * ```ts
 * explainAward(classifyAward({ population: 100_000, participants: 96_000 }, UHC_AWARDS_2023), { locale: 'en' });
 * // => 'UHC Awards 2023: Penghargaan UHC.\nPenghargaan UHC: met.\n- coverage 96.00% (needs ≥ 95%): met, 1.00 pp to spare.'
 * ```
 *
 * @example
 * ```ts
 * // Kabupaten Kudus, Aug 2024: 697.086 active of 874.796 residents; participants illustrative.
 * const kudus = { population: 874_796, participants: 850_000, activeParticipants: 697_086 };
 * explainAward(classifyAward(kudus, UHC_AWARDS_2024)).split('\n')[3];
 * // => '- tingkat keaktifan peserta (peserta aktif / jumlah penduduk) 79,69% (syarat ≥ 85%): tidak terpenuhi, kurang 5,31 poin persentase (kurang 46.491 orang).'
 * ```
 *
 * @category Awards and ranking
 */
export function explainAward(classification: AwardClassification, options?: ExplainAwardOptions): string {
  assertAwardClassification(classification, ['classification']);
  const given: unknown = options;
  if (given !== undefined) assertRecord(given, ['options']);
  // Own fields only, each read once.
  const fields = given === undefined ? undefined : readOwnFields(given, ['options']);
  assertOptions(fields, ['locale']);
  const locale = resolveFigureLocale(fields?.['locale'], ['options', 'locale']);
  const words = PHRASES[locale];
  const tag = intlLocaleTag(locale);
  const formats: Formats = {
    pct: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    // A threshold is printed in full: rounding 99.995 to 100 would misstate the rule.
    threshold: new Intl.NumberFormat(tag, { maximumFractionDigits: 20 }),
    people: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    plural: new Intl.PluralRules(tag),
  };
  const { tier, tiers, undecidedHigherTierIds } = classification;
  const decision =
    tier === undefined ? words.noTier : tier.incomplete ? `${tier.name} (${words.incomplete})` : tier.name;
  const lines = [`${classification.schemeName}: ${decision}.`];
  if (undecidedHigherTierIds.length > 0) {
    // A set, not includes: linear in the number of tiers, however many are undecided.
    const undecided = new Set(undecidedHigherTierIds);
    const names = tiers.filter((t) => undecided.has(t.id)).map((t) => t.name);
    lines.push((tier === undefined ? words.undecided : words.undecidedAbove)(names.join(', ')));
  }
  for (const result of tiers) {
    workMeter.steps += 1;
    lines.push(`${result.name}: ${words.outcome[result.outcome]}.`);
    const count = result.alternatives.length;
    result.alternatives.forEach((alternative, index) => {
      const indent = count > 1 ? '  ' : '';
      if (count > 1) lines.push(`${words.alternative(index + 1, count)}: ${words.outcome[alternative.outcome]}.`);
      for (const condition of alternative.conditions) describeCondition(condition, words, formats, indent, lines);
    });
  }
  return lines.join('\n');
}
