// To add an export: give it an entry in the part of its concept (or a new part listed below),
// with at least a `valid`, a `null` and an `undefined` row, and a row for each class of bad input
// (../hostile-case.ts BAD_INPUTS) that its parameters can receive, each with the documented
// outcome. ../catalogue.test.ts fails, naming the function, until the entry exists; the fuzz in
// ../any-input.test-prop.ts then starts from its `valid` rows.

import type { Catalogue } from '../hostile-case.js';
import { AWARDS_CATALOGUE } from './awards.js';
import { BULK_CATALOGUE } from './bulk.js';
import { ERRORS_CATALOGUE } from './errors.js';
import { FIGURES_CATALOGUE } from './figures.js';
import { METRICS_CATALOGUE } from './metrics.js';
import { MODELS_CATALOGUE } from './models.js';
import { RANKING_CATALOGUE } from './ranking.js';
import { RECONCILE_CATALOGUE } from './reconcile.js';
import { SERIES_CATALOGUE } from './series.js';
import { TABLES_CATALOGUE } from './tables.js';

/** The catalogue's parts, one per concept; a function is in one part only. */
export const CATALOGUE_PARTS: readonly Catalogue[] = [
  ERRORS_CATALOGUE,
  FIGURES_CATALOGUE,
  MODELS_CATALOGUE,
  METRICS_CATALOGUE,
  SERIES_CATALOGUE,
  AWARDS_CATALOGUE,
  RANKING_CATALOGUE,
  RECONCILE_CATALOGUE,
  BULK_CATALOGUE,
  TABLES_CATALOGUE,
];

/** Every exported function's rows, by export name. */
export const CATALOGUE: Catalogue = Object.assign({}, ...CATALOGUE_PARTS) as Catalogue;
