import { readFileSync } from 'node:fs';

/**
 * The text of a seed article from the repository's `seeds/` folder, so that a test quoting an
 * article can check that the quote is really there.
 */
export function seedText(file: string): string {
  return readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
}
