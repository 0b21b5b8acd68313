// A small helper to build DOM elements in code that reads like the markup it makes.

type Child = Node | string | number | false | null | undefined;

/** Attributes and properties of {@link h}: `class`, `text`, `on<Event>` handlers, anything else as an attribute. */
type Props = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * Creates an element with attributes, event handlers (`onclick`, `oninput`, ...) and children.
 * Text is always set as text, never parsed as HTML, so data from a file cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** Appends children, skipping `false`, `null` and `undefined`. */
function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A unique id for `aria-*` references, e.g. `uid('tip')` is `tip-7`. */
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
