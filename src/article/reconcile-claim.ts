import type { Interval, PrintedFigure } from '../figures/printed-figure.js';
import { intervalsOverlap } from '../figures/interval-relations.js';
import { safeCreateSnapshot } from '../models/create-snapshot.js';
import type { ActivityBase, IsoDate, PrintedFigures, Snapshot } from '../models/snapshot.js';
import { figuresAgree } from '../reconcile/figures-agree.js';
import { impliedParticipants } from '../reconcile/implied-participants.js';
import { impliedPopulation } from '../reconcile/implied-population.js';
import { impliedUncovered } from '../reconcile/implied-uncovered.js';
import { reconcileSnapshot, type FigureReconciliation } from '../reconcile/reconcile-snapshot.js';
import type { ArticleClaim, FigurePairAgreement, FigureVerdict, UncheckedReason } from './article-check.js';
import type { ArticleRole } from './article-role.js';

/** A figure of a claim: its index in the article and what it is. */
export interface ClaimMember {
  readonly index: number;
  readonly role: ArticleRole;
  readonly figure: PrintedFigure;
}

/** What {@link reconcileClaim} works from. */
export interface ClaimInput {
  readonly regionCodes: readonly string[];
  readonly asOf: IsoDate | undefined;
  readonly populationPeriod: string | undefined;
  readonly members: readonly ClaimMember[];
  /** The base the claim's sentences print for an activity rate, if any. */
  readonly wordedBase: ActivityBase | undefined;
}

/** The claim and each member's verdict (and inferred base), by index. */
export interface ClaimResult {
  readonly claim: Omit<ArticleClaim, 'figures'>;
  readonly verdicts: ReadonlyMap<number, FigureVerdict>;
}

/** A count printed in full (`8.911.770 jiwa`): no hedge, no scale word, no decimals. */
function exactCount(figure: PrintedFigure): number | undefined {
  return figure.qualifier === 'exact' && figure.scaleExponent === 0 && figure.decimals === 0 && Number.isSafeInteger(figure.value)
    ? figure.value
    : undefined;
}

/** The most precise print of a role: no hedge if possible, then the smallest step. */
function bestPrint(members: readonly ClaimMember[], role: ArticleRole): ClaimMember | undefined {
  let best: ClaimMember | undefined;
  for (const member of members) {
    if (member.role !== role) continue;
    const exact = member.figure.qualifier === 'exact';
    const bestExact = best?.figure.qualifier === 'exact';
    if (best === undefined || (exact && !bestExact) || (exact === bestExact && member.figure.step < best.figure.step)) best = member;
  }
  return best;
}

/** An implied interval, or `undefined` when the prints allow none (a 0 % coverage). */
function safely(compute: () => Interval): Interval | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}

/** `reconcileSnapshot` on plain counts and one printed figure. */
function reconcileOne(
  counts: { readonly population: number; readonly participants: number; readonly activeParticipants?: number },
  printed: PrintedFigures,
): FigureReconciliation | undefined {
  const check = reconcileSnapshot({ regionCode: '00', asOf: '2000-01-01', ...counts, printed } as Snapshot);
  return check.figures[0];
}

function fromReconciliation(check: FigureReconciliation | undefined): FigureVerdict {
  if (check === undefined || check.status === 'unknown') return { status: 'unchecked', unchecked: 'no-counts' };
  return check.status === 'consistent'
    ? { status: 'consistent', ...(check.computed === undefined ? {} : { computed: check.computed }) }
    : {
        status: 'inconsistent',
        ...(check.computed === undefined ? {} : { computed: check.computed }),
        ...(check.likelyCause === undefined ? {} : { likelyCause: check.likelyCause }),
      };
}

/**
 * Reconciles one claim: each printed percentage against the counts printed in full (through
 * `reconcileSnapshot`), the activity rate's base found from the counts when they decide it, an
 * uncovered count against what participants and coverage imply, active plus non-active against
 * participants, and every other print of a role against the first one (`figuresAgree`). Each
 * member is looked at a bounded number of times, so a claim costs time linear in its size.
 */
export function reconcileClaim(input: ClaimInput): ClaimResult {
  const { members } = input;
  const firstOf = new Map<ArticleRole, ClaimMember>();
  for (const member of members) if (!firstOf.has(member.role)) firstOf.set(member.role, member);
  const exactOf = (role: ArticleRole): { member: ClaimMember; value: number } | undefined => {
    for (const member of members) {
      if (member.role !== role) continue;
      const value = exactCount(member.figure);
      if (value !== undefined) return { member, value };
    }
    return undefined;
  };
  const participants = exactOf('participants');
  const population = exactOf('population');
  const active = exactOf('active-participants');
  const nonActive = exactOf('non-active');
  const coverage = firstOf.get('coverage');
  const participantsPrint = bestPrint(members, 'participants');
  const populationPrint = bestPrint(members, 'population');
  const counts =
    participants !== undefined && population !== undefined
      ? { population: population.value, participants: participants.value, ...(active === undefined ? {} : { activeParticipants: active.value }) }
      : undefined;

  // The activity rate's base: the counts decide when only one base gives the print.
  let activityBase: ArticleClaim['activityBase'];
  const rate = firstOf.get('activity-rate');
  if (rate !== undefined && counts !== undefined && active !== undefined) {
    const fits = (['participants', 'population'] as const).filter(
      (base) => reconcileOne(counts, { activityRate: { figure: rate.figure, base } })?.status === 'consistent',
    );
    if (fits.length === 1) activityBase = { base: fits[0] as ActivityBase, how: 'counts' };
  }
  if (activityBase === undefined && input.wordedBase !== undefined) activityBase = { base: input.wordedBase, how: 'words' };

  const implied: { population?: Interval; participants?: Interval; uncovered?: Interval } = {};
  if (coverage !== undefined && population === undefined && participantsPrint !== undefined) {
    const people = participants?.value ?? participantsPrint.figure;
    const impliedPop = safely(() => impliedPopulation(people, coverage.figure));
    const impliedOut = safely(() => impliedUncovered(people, coverage.figure));
    if (impliedPop !== undefined) implied.population = impliedPop;
    if (impliedOut !== undefined) implied.uncovered = impliedOut;
  }
  if (coverage !== undefined && participants === undefined && populationPrint !== undefined) {
    const people = population?.value ?? populationPrint.figure;
    const impliedPart = safely(() => impliedParticipants(people, coverage.figure));
    if (impliedPart !== undefined) implied.participants = impliedPart;
  }

  const agreements: FigurePairAgreement[] = [];
  const agreeWithFirst = new Map<number, boolean>();
  for (const member of members) {
    const first = firstOf.get(member.role) as ClaimMember;
    if (first === member) continue;
    const agree = first.figure.text.trim() === member.figure.text.trim() || figuresAgree(first.figure, member.figure).agree;
    agreements.push({ role: member.role, a: first.index, b: member.index, agree });
    agreeWithFirst.set(member.index, agree);
  }
  const byAgreement = (member: ClaimMember, unchecked: UncheckedReason): FigureVerdict => {
    const agree = agreeWithFirst.get(member.index);
    if (agree === undefined) return { status: 'unchecked', unchecked };
    return agree ? { status: 'consistent' } : { status: 'inconsistent', likelyCause: 'disagrees-with-other-print' };
  };

  const verdicts = new Map<number, FigureVerdict>();
  for (const member of members) {
    verdicts.set(member.index, verdictOf(member));
  }
  function verdictOf(member: ClaimMember): FigureVerdict {
    const { figure } = member;
    switch (member.role) {
      case 'coverage':
        if (counts !== undefined) return fromReconciliation(reconcileOne(counts, { coverage: figure }));
        return byAgreement(member, participantsPrint !== undefined || populationPrint !== undefined ? 'one-count-only' : 'no-counts');
      case 'active-coverage':
        if (counts !== undefined && active !== undefined) return fromReconciliation(reconcileOne(counts, { activeCoverage: figure }));
        return byAgreement(member, counts === undefined ? 'no-counts' : 'no-active-count');
      case 'activity-rate':
        if (counts !== undefined && active !== undefined && activityBase !== undefined) {
          return fromReconciliation(reconcileOne(counts, { activityRate: { figure, base: activityBase.base } }));
        }
        if (counts !== undefined && active !== undefined) {
          return fromReconciliation(reconcileOne(counts, { activityRate: { figure, base: 'participants' } }));
        }
        return byAgreement(member, activityBase === undefined ? 'no-base' : counts === undefined ? 'no-counts' : 'no-active-count');
      case 'uncovered': {
        if (counts !== undefined) return fromReconciliation(reconcileOne(counts, { uncovered: figure }));
        if (implied.uncovered !== undefined) {
          const computed = (implied.uncovered.low + implied.uncovered.high) / 2;
          return intervalsOverlap(implied.uncovered, figure.interval)
            ? { status: 'consistent', computed }
            : { status: 'inconsistent', computed };
        }
        return byAgreement(member, 'no-counts');
      }
      case 'non-active':
        if (participants !== undefined && active !== undefined && nonActive?.member === member) {
          const computed = participants.value - active.value;
          return computed === nonActive.value
            ? { status: 'consistent', computed }
            : { status: 'inconsistent', computed, likelyCause: 'parts-do-not-add-up' };
        }
        return byAgreement(member, 'no-counts');
      case 'participants':
        if (participants?.member === member) return { status: 'unchecked', unchecked: 'reference-count' };
        return byAgreement(member, 'no-counts');
      case 'population':
        if (population?.member === member) return { status: 'unchecked', unchecked: 'reference-count' };
        return byAgreement(member, 'no-counts');
      case 'active-participants':
        if (active?.member === member) return { status: 'unchecked', unchecked: 'reference-count' };
        return byAgreement(member, 'no-counts');
      default:
        return byAgreement(member, 'no-segment-counts');
    }
  }

  let snapshot: Snapshot | undefined;
  const code = input.regionCodes.length === 1 ? input.regionCodes[0] : undefined;
  if (counts !== undefined && code !== undefined && input.asOf !== undefined) {
    const printed: Record<string, unknown> = {};
    if (coverage !== undefined) printed['coverage'] = coverage.figure;
    if (rate !== undefined && activityBase !== undefined) printed['activityRate'] = { figure: rate.figure, base: activityBase.base };
    const built = safeCreateSnapshot({
      regionCode: code,
      asOf: input.asOf,
      ...counts,
      ...(input.populationPeriod === undefined ? {} : { populationPeriod: input.populationPeriod }),
      printed,
    });
    if (built.success) snapshot = built.output;
  }
  const consistent =
    [...verdicts.values()].every((verdict) => verdict.status !== 'inconsistent') && agreements.every((pair) => pair.agree);
  return {
    claim: {
      regionCodes: input.regionCodes,
      ...(input.asOf === undefined ? {} : { asOf: input.asOf }),
      ...(input.populationPeriod === undefined ? {} : { populationPeriod: input.populationPeriod }),
      ...(snapshot === undefined ? {} : { snapshot }),
      ...(activityBase === undefined ? {} : { activityBase }),
      implied,
      agreements,
      consistent,
    },
    verdicts,
  };
}
