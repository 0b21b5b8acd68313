// Two tools as tabs, following the WAI-ARIA tabs pattern: arrow keys, Home and End move
// between tabs, Tab moves into the open panel. The open tab is kept in the URL's hash.
import { h } from './dom.js';
import { t } from './i18n.js';
import type { Messages } from './messages.js';

export interface TabSpec {
  readonly id: string;
  readonly label: keyof Messages & `tab${string}`;
  readonly panel: HTMLElement;
}

export function mountTabs(container: HTMLElement, specs: readonly TabSpec[]): void {
  const list = h('div', { role: 'tablist', class: 'tabs', 'data-i18n-label': 'toolsLabel', 'aria-label': t('toolsLabel') });
  const tabs = specs.map((spec) =>
    h('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${spec.id}`,
      'aria-controls': `panel-${spec.id}`,
      'data-i18n': spec.label,
      class: 'tab',
    }, t(spec.label)),
  );
  const panels = specs.map((spec) => {
    spec.panel.id = `panel-${spec.id}`;
    spec.panel.setAttribute('role', 'tabpanel');
    spec.panel.setAttribute('aria-labelledby', `tab-${spec.id}`);
    spec.panel.tabIndex = 0;
    spec.panel.classList.add('panel');
    return spec.panel;
  });

  function select(index: number, focus: boolean): void {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i]!.hidden = !selected;
      if (selected && focus) tab.focus();
    });
    const spec = specs[index];
    if (spec !== undefined && location.hash !== `#${spec.id}`) history.replaceState(null, '', `#${spec.id}`);
  }

  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(index, false));
    tab.addEventListener('keydown', (event) => {
      const last = tabs.length - 1;
      const next =
        event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
        : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
        : event.key === 'Home' ? 0
        : event.key === 'End' ? last
        : undefined;
      if (next === undefined) return;
      event.preventDefault();
      select(next, true);
    });
  });
  list.append(...tabs);
  container.append(list, ...panels);
  const fromHash = specs.findIndex((spec) => `#${spec.id}` === location.hash);
  select(fromHash === -1 ? 0 : fromHash, false);
}
