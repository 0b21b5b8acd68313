import { ARTICLE_VOCABULARY } from './article-vocabulary.js';

/** One word of an article: letters, or a number with its separators, or a `%` sign. */
export interface ArticleWord {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The word as printed. */
  readonly text: string;
  /** The word in lower case. */
  readonly lower: string;
  /** Index of its sentence; a line break or a full stop ends a sentence. */
  readonly sentence: number;
  /** Index of its line (a paragraph in the articles). */
  readonly line: number;
  /** Whether it holds a digit. */
  readonly hasDigit: boolean;
}

const ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(ARTICLE_VOCABULARY.abbreviations);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(char: string, code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && /\p{L}/u.test(char);
}

/** Whether the character at `index` joins the characters around it into one word. */
function isConnector(text: string, index: number): boolean {
  const char = text.charAt(index);
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);
  if (char === '.' || char === ',' || char === '/' || char === ':') return isDigit(before) && isDigit(after);
  // `ke-10`, `TA-2025`: a letter joined to a number; `JKN-KIS` splits in two.
  if (char === '-') return isLetter(text.charAt(index - 1), before) && isDigit(after);
  return false;
}

/**
 * Splits an article into words in one pass over its characters (linear in the length, no
 * regular expression over the whole text), recording each word's sentence and line.
 */
export function articleWords(text: string): ArticleWord[] {
  const words: ArticleWord[] = [];
  let sentence = 0;
  let line = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const char = text.charAt(index);
    const code = text.charCodeAt(index);
    if (char === '\n') {
      line += 1;
      sentence += 1;
      index += 1;
      continue;
    }
    if (char === '%') {
      words.push({ start: index, end: index + 1, text: '%', lower: '%', sentence, line, hasDigit: false });
      index += 1;
      continue;
    }
    if (isDigit(code) || isLetter(char, code) || char === '$') {
      const start = index;
      let hasDigit = false;
      while (index < length) {
        const c = text.charAt(index);
        const k = text.charCodeAt(index);
        if (isDigit(k)) hasDigit = true;
        else if (!(isLetter(c, k) || c === '$' || (index > start && isConnector(text, index)))) break;
        index += 1;
      }
      const word = text.slice(start, index);
      words.push({ start, end: index, text: word, lower: word.toLowerCase(), sentence, line, hasDigit });
      continue;
    }
    if (char === '.' || char === '!' || char === '?') {
      const next = text.charAt(index + 1);
      const last = words[words.length - 1];
      const abbreviation = char === '.' && last !== undefined && last.end === index && ABBREVIATIONS.has(last.lower);
      if (!abbreviation && (next === '' || /\s/u.test(next) || next === '"' || next === '”')) sentence += 1;
    }
    index += 1;
  }
  return words;
}
