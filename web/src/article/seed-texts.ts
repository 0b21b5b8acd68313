// The five seed articles to pick from: their outlet and headline from `uhc-metrics/seeds`, their
// text from the repository's seeds/*.txt, each loaded only when picked (a chunk of its own).
import { SEED_ARTICLE_IDS, SEED_ARTICLES } from 'uhc-metrics/seeds';
import type { SeedArticleId } from 'uhc-metrics/seeds';

const TEXTS = import.meta.glob<string>('../../../seeds/*.txt', { query: '?raw', import: 'default' });

export interface SeedChoice {
  readonly id: SeedArticleId;
  readonly label: string;
}

/** Every seed article, labelled `000 · outlet: headline`. */
export function seedChoices(): readonly SeedChoice[] {
  return SEED_ARTICLE_IDS.map((id) => {
    const article = SEED_ARTICLES[id];
    const title = article.headline === undefined ? '' : `: ${article.headline}`;
    return { id, label: `${id.slice(0, 3)} · ${article.outlet}${title}` };
  });
}

/** The text of a seed article, as printed in its file. */
export async function seedText(id: SeedArticleId): Promise<string> {
  const load = TEXTS[`../../../seeds/${SEED_ARTICLES[id].file}`];
  if (load === undefined) throw new Error(`seeds/${SEED_ARTICLES[id].file} is not in the build`);
  return load();
}
