// A <select> with its <label>, whose options can be refilled (new data, another language)
// without losing the chosen value or the keyboard focus.
import { h } from './dom.js';
import type { Messages } from './messages.js';
import { t } from './i18n.js';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface LabelledSelect {
  /** The label and the select, in a wrapper. */
  readonly element: HTMLElement;
  readonly select: HTMLSelectElement;
  /** Rebuilds the options from `options()`, keeping the chosen value when it is still offered. */
  refresh(): void;
}

export function labelledSelect(
  id: string,
  labelKey: { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages],
  options: () => readonly SelectOption[],
  onChange: () => void,
): LabelledSelect {
  // The label follows the language through its data-i18n key.
  const label = h('label', { for: id, 'data-i18n': labelKey }, t(labelKey));
  const select = h('select', { id, 'data-testid': id, onchange: onChange });
  function refresh(): void {
    // Nothing is chosen yet before the first fill: the first option then is.
    const chosen = select.options.length === 0 ? undefined : select.value;
    const list = options();
    select.replaceChildren(...list.map((option) => h('option', { value: option.value }, option.label)));
    if (chosen !== undefined && list.some((option) => option.value === chosen)) select.value = chosen;
  }
  refresh();
  return {
    element: h('div', { class: 'field' }, label, select),
    select,
    refresh,
  };
}
