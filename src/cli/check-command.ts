import { checkArticle } from '../article/check-article.js';
import { renderArticleCheck } from '../article/render-article-check.js';
import type { ArticleCheck } from '../article/article-check.js';
import type { OutputColumn, OutputRow } from './output.js';

/** The columns of `check` in md and csv: one row per number of the article. */
export const CHECK_COLUMNS: readonly OutputColumn[] = [
  { key: 'claim', label: { id: 'Klaim', en: 'Claim' }, kind: 'int' },
  { key: 'text', label: { id: 'Angka', en: 'Figure' }, kind: 'text' },
  { key: 'role', label: { id: 'Peran', en: 'Role' }, kind: 'text' },
  { key: 'regionCodes', label: { id: 'Wilayah', en: 'Regions' }, kind: 'text' },
  { key: 'asOf', label: { id: 'Tanggal', en: 'Date' }, kind: 'text' },
  {
    key: 'status',
    label: { id: 'Putusan', en: 'Verdict' },
    kind: 'word',
    words: {
      consistent: { id: 'konsisten', en: 'consistent' },
      inconsistent: { id: 'TIDAK KONSISTEN', en: 'INCONSISTENT' },
      unchecked: { id: 'tak diperiksa', en: 'unchecked' },
    },
  },
  { key: 'computed', label: { id: 'Dihitung', en: 'Computed' }, kind: 'text' },
  { key: 'reason', label: { id: 'Sebab', en: 'Why' }, kind: 'text' },
];

/** The numbers of a checked article as output rows. */
export function checkRows(check: ArticleCheck): OutputRow[] {
  return check.figures.map((figure) => ({
    claim: figure.claim,
    text: figure.text,
    role: figure.role,
    regionCodes: figure.regionCodes?.join(' '),
    asOf: figure.asOf,
    status: figure.verdict.status,
    computed: figure.verdict.computed === undefined ? undefined : String(Math.round(figure.verdict.computed * 100) / 100),
    reason: figure.verdict.likelyCause ?? figure.verdict.unchecked,
  }));
}

export { checkArticle, renderArticleCheck };
