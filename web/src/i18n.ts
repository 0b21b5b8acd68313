// The page's language: Indonesian by default, English on the switch. Static text in the HTML
// carries `data-i18n` (text), `data-i18n-label` (aria-label) attributes; views built in code
// read `t()` and re-render when the language changes.
import { MESSAGES, type Locale, type Messages } from './messages.js';

let current: Locale = 'id';
const listeners = new Set<() => void>();

/** The page's current language. */
export function locale(): Locale {
  return current;
}

/** The message for `key` in the current language. */
export function t<K extends keyof Messages>(key: K): Messages[K] {
  return MESSAGES[current][key];
}

/** Calls `listener` after every change of language. */
export function onLocaleChange(listener: () => void): void {
  listeners.add(listener);
}

/** Switches the page's language, updates the static text and re-renders every view. */
export function setLocale(next: Locale): void {
  current = next;
  document.documentElement.lang = next;
  applyStaticText(document);
  for (const listener of listeners) listener();
}

function isMessageKey(key: string | undefined): key is keyof Messages {
  return key !== undefined && Object.hasOwn(MESSAGES.id, key);
}

/** Fills every `data-i18n` and `data-i18n-label` element under `root` from the current language. */
export function applyStaticText(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset['i18n'];
    const message = isMessageKey(key) ? MESSAGES[current][key] : undefined;
    if (typeof message === 'string') element.textContent = message;
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = element.dataset['i18nLabel'];
    const message = isMessageKey(key) ? MESSAGES[current][key] : undefined;
    if (typeof message === 'string') element.setAttribute('aria-label', message);
  }
  const title = MESSAGES[current].title;
  document.title = title;
}
