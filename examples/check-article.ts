// Checking an article's figures: the five seed articles' printed figures against their own counts
// and against each other (docs/checking-article-figures.md).
import {
  figuresAgree,
  formatCount,
  impliedPopulation,
  impliedUncovered,
  intervalsOverlap,
  parseFigure,
  reconcileSnapshot,
  type Interval,
} from 'uhc-metrics';
import { SEED_ARTICLES, SEED_FIGURES, SEED_SNAPSHOTS } from 'uhc-metrics/seeds';

/** A seed figure by id; the dataset is fixed, so a missing id is a bug in this script. */
function seedFigure(id: string): (typeof SEED_FIGURES)[number] {
  const figure = SEED_FIGURES.find((candidate) => candidate.id === id);
  if (figure === undefined) throw new Error(`no seed figure ${id}`);
  return figure;
}

const range = (interval: Interval): string => `${formatCount(interval.low)} to ${formatCount(interval.high)}`;

console.log('Printed percentages against the article\'s own counts:');
for (const snapshot of SEED_SNAPSHOTS) {
  const result = reconcileSnapshot(snapshot);
  for (const figure of result.figures) {
    const cause = figure.likelyCause === undefined ? '' : ` (likely cause: ${figure.likelyCause})`;
    console.log(`  ${snapshot.source?.outlet}, ${snapshot.regionCode} on ${snapshot.asOf}: ${figure.field} "${figure.printed.text}" is ${figure.status}${cause}`);
  }
}

console.log('\nTwo outlets, one count (national participants on 1 March 2023):');
const klaten = seedFigure('002-national-participants');
const palembang = seedFigure('004-national-participants');
const agreement = figuresAgree(klaten.figure, palembang.figure);
console.log(`  ${SEED_ARTICLES[klaten.article].outlet}: "${klaten.figure.text}"; ${SEED_ARTICLES[palembang.article].outlet}: "${palembang.figure.text}"`);
console.log(`  agree: ${agreement.agree}, under readings ${agreement.readings.map((pair) => `${pair.a}/${pair.b}`).join(', ')}`);

console.log('\nWhat ANTARA\'s Lampung figures imply (1 August 2023):');
const coverage = seedFigure('003-coverage-quoted').figure;
const participants = seedFigure('003-participants').figure;
const uncoveredPrinted = seedFigure('003-uncovered').figure;
const uncovered = impliedUncovered(participants, coverage);
console.log(`  "${coverage.text}" of "${participants.text}": population ${range(impliedPopulation(participants, coverage))}`);
console.log(`  not covered: ${range(uncovered)}; printed "${uncoveredPrinted.text}" agrees: ${intervalsOverlap(uncovered, uncoveredPrinted.interval)}`);

console.log('\nParse any printed figure:');
for (const text of ['8.911.770 jiwa', '99,46 %', 'sekitar 400 ribu orang', 'lebih dari 250 juta orang']) {
  const figure = parseFigure(text);
  console.log(`  "${text}": ${figure.kind} ${figure.value}, true value in [${figure.interval.low}, ${figure.interval.high}]`);
}
