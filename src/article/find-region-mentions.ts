import type { ArticleWord } from './article-words.js';
import { ARTICLE_VOCABULARY } from './article-vocabulary.js';
import type { RegionName } from './region-names.js';

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

const MAX_NAME_WORDS = 4;

/** The names grouped by normalised form, each form to every region it may stand for. */
export function regionNameIndex(names: readonly RegionName[]): ReadonlyMap<string, readonly RegionName[]> {
  const index = new Map<string, RegionName[]>();
  for (const name of names) {
    const list = index.get(name.normalised);
    if (list === undefined) index.set(name.normalised, [name]);
    else list.push(name);
  }
  return index;
}

/** The longest name starting at word `from` that `accept` allows: its regions and last word. */
function longestName(
  words: readonly ArticleWord[],
  from: number,
  index: ReadonlyMap<string, readonly RegionName[]>,
  accept: (name: RegionName) => boolean,
): { readonly regions: readonly RegionName[]; readonly last: number } | undefined {
  let key = '';
  let found: { regions: readonly RegionName[]; last: number } | undefined;
  for (let offset = 0; offset < MAX_NAME_WORDS; offset += 1) {
    const word = words[from + offset];
    if (word === undefined || word.sentence !== words[from]?.sentence || word.hasDigit) break;
    key = offset === 0 ? word.lower : `${key} ${word.lower}`;
    const regions = index.get(key)?.filter(accept);
    if (regions !== undefined && regions.length > 0) found = { regions, last: from + offset };
  }
  return found;
}

function isKota(code: string): boolean {
  const regency = Number(code.slice(3, 5));
  return regency >= 71;
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
  index: ReadonlyMap<string, readonly RegionName[]>,
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
    const word = words[at] as ArticleWord;
    const national = vocabulary.nationalPhrases.find((phrase) => spells(words, at, phrase));
    if (national !== undefined) {
      mention(at, at + national.length - 1, ['ID']);
      at += national.length;
      continue;
    }
    const regencyPrefix = vocabulary.regencyPrefixes.find((prefix) => prefix.word === word.lower);
    if (regencyPrefix !== undefined && touchesNext(text, words, at)) {
      const wantKota = regencyPrefix.kind === 'kota';
      const found = longestName(words, at + 1, index, (name) => name.level === 'regency' && isKota(name.code) === wantKota);
      if (found !== undefined && found.regions.length === 1) {
        mention(at, found.last, [(found.regions[0] as RegionName).code]);
        at = found.last + 1;
        continue;
      }
    }
    // A prefix binds only the name right after it: `(Pemprov) Lampung` is a bare name.
    const provincePrefix = vocabulary.provincePrefixes.includes(word.lower) && touchesNext(text, words, at);
    const from = provincePrefix ? at + 1 : at;
    const province = longestName(words, from, index, (name) => name.level === 'province');
    if (province !== undefined && province.regions.length === 1) {
      mention(at, province.last, [(province.regions[0] as RegionName).code], !provincePrefix);
      at = province.last + 1;
      continue;
    }
    at += 1;
  }
  return mentions;
}
