import type { ArticleWord } from './article-words.js';
import { ARTICLE_VOCABULARY } from './article-vocabulary.js';
import type { RegionCandidate } from '../models/region-lookup.js';
import type { RegionNameForm } from './region-names.js';

/**
 * A region named in an article: where, and which region. A mention of two regions joined by
 * `dan` (`Jawa Tengah dan DI Yogyakarta`) is an area of both: `codes` lists each.
 *
 * @example
 * ```ts
 * const mention: RegionMention = { start: 10, end: 26, text: 'Provinsi Lampung', codes: ['18'] };
 * ```
 *
 * @category Articles
 */
export interface RegionMention {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The words as printed. */
  readonly text: string;
  /** The normalised region codes (`'ID'` for the whole country); two or more for an area. */
  readonly codes: readonly string[];
}

/** A mention with where it sits among the words, for assigning figures. */
export interface LocatedMention extends RegionMention {
  /** Index of its first word. */
  readonly firstWord: number;
  /** Index of its last word. */
  readonly lastWord: number;
  /** Its sentence. */
  readonly sentence: number;
  /** Its line. */
  readonly line: number;
}

/** The longest region name, in words. */
const MAX_NAME_WORDS = 6;

/** The forms by normalised text; a form listed twice keeps every candidate. */
export function regionNameIndex(forms: readonly RegionNameForm[]): ReadonlyMap<string, readonly RegionCandidate[]> {
  const index = new Map<string, RegionCandidate[]>();
  for (const form of forms) {
    const list = index.get(form.normalized) ?? [];
    for (const candidate of form.candidates) if (!list.some((known) => known.code === candidate.code)) list.push(candidate);
    index.set(form.normalized, list);
  }
  return index;
}

/** Whether only spaces (or the dot of `Kab.`) separate word `at` from the next word. */
function touchesNext(text: string, words: readonly ArticleWord[], at: number): boolean {
  const next = words[at + 1];
  if (next === undefined) return false;
  const gap = text.slice((words[at] as ArticleWord).end, next.start);
  return gap.length <= 3 && /^\.?[ \t]+$/u.test(gap);
}

/** Whether the words from `at` spell `phrase`. */
function spells(words: readonly ArticleWord[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((part, offset) => words[at + offset]?.lower === part);
}

/**
 * The longest name starting at word `from`: its one region and last word. A prefix word
 * (`Pemprov`) is read as the prefix the index knows (`provinsi`) and must touch the name.
 * An ambiguous name (several candidates) is not a match.
 */
function longestName(
  text: string,
  words: readonly ArticleWord[],
  from: number,
  index: ReadonlyMap<string, readonly RegionCandidate[]>,
): { readonly region: RegionCandidate; readonly last: number; readonly prefixed: boolean } | undefined {
  const first = words[from] as ArticleWord;
  const prefix = ARTICLE_VOCABULARY.regionPrefixes[first.lower];
  const prefixed = prefix !== undefined && touchesNext(text, words, from);
  let key = '';
  let found: { region: RegionCandidate; last: number; prefixed: boolean } | undefined;
  for (let offset = 0; offset < MAX_NAME_WORDS; offset += 1) {
    const word = words[from + offset];
    if (word === undefined || word.sentence !== first.sentence || word.hasDigit) break;
    const part = offset === 0 && prefixed ? (prefix as string) : word.lower;
    key = offset === 0 ? part : `${key} ${part}`;
    const regions = index.get(key);
    if (regions !== undefined && regions.length === 1) found = { region: regions[0] as RegionCandidate, last: from + offset, prefixed };
  }
  return found;
}

/**
 * Finds every region an article names, in one pass over its words: `Provinsi X` and bare province
 * names, `Kabupaten X` / `Kab. X` / `Kota X` for regencies and cities (a regency needs its prefix:
 * a bare `Metro` is a word), `secara nasional` and `Indonesia` for the whole country. A name shared
 * by several regions is skipped, never guessed. A place name that opens a line and is followed by
 * a comma is a dateline (`PALEMBANG, RADARPALEMBANG.COM`), where the article was written, and is
 * skipped too.
 */
export function findRegionMentions(
  text: string,
  words: readonly ArticleWord[],
  index: ReadonlyMap<string, readonly RegionCandidate[]>,
): LocatedMention[] {
  const vocabulary = ARTICLE_VOCABULARY;
  const mentions: LocatedMention[] = [];
  const mention = (first: number, last: number, codes: readonly string[], bare = false): void => {
    const head = words[first] as ArticleWord;
    const tail = words[last] as ArticleWord;
    const lineStart = first === 0 || words[first - 1]?.line !== head.line;
    if (bare && lineStart && text.charAt(tail.end) === ',') return;
    const previous = mentions[mentions.length - 1];
    const joiner = words[first - 1];
    // `Jawa Tengah dan DI Yogyakarta`: one area of both regions.
    if (
      previous !== undefined &&
      previous.lastWord === first - 2 &&
      joiner !== undefined &&
      (joiner.lower === 'dan' || joiner.text === '&') &&
      !previous.codes.includes('ID') &&
      !codes.includes('ID')
    ) {
      mentions[mentions.length - 1] = {
        ...previous,
        end: tail.end,
        text: text.slice(previous.start, tail.end),
        codes: Object.freeze([...previous.codes, ...codes]),
        lastWord: last,
      };
      return;
    }
    mentions.push({
      start: head.start,
      end: tail.end,
      text: text.slice(head.start, tail.end),
      codes: Object.freeze([...codes]),
      firstWord: first,
      lastWord: last,
      sentence: head.sentence,
      line: head.line,
    });
  };
  let at = 0;
  while (at < words.length) {
    const national = vocabulary.nationalPhrases.find((phrase) => spells(words, at, phrase));
    if (national !== undefined) {
      mention(at, at + national.length - 1, ['ID']);
      at += national.length;
      continue;
    }
    const found = longestName(text, words, at, index);
    if (found !== undefined) {
      mention(at, found.last, [found.region.code], !found.prefixed);
      at = found.last + 1;
      continue;
    }
    at += 1;
  }
  return mentions;
}
