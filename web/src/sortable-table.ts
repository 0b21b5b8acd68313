// A data table whose column headers sort it: a button in each header (keyboard and screen
// reader usable), `aria-sort` on the sorted column, one click for ascending, another for descending.
import { h, replaceChildren } from './dom.js';

/** One column: its header, the value it sorts by and the text it shows. */
export interface Column<T> {
  readonly id: string;
  readonly header: () => string;
  readonly sortValue: (row: T) => number | string | undefined;
  readonly show: (row: T) => string;
  /** Numbers align right. */
  readonly numeric?: boolean;
  /** The column that names the row (a `th` for screen readers). */
  readonly rowHeader?: boolean;
}

interface SortState {
  readonly id: string;
  readonly direction: 'ascending' | 'descending';
}

function compare(a: number | string | undefined, b: number | string | undefined): number {
  // Rows without a value go last whatever the direction.
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** A sortable table of `rows`, captioned, starting sorted by `initial`. */
export function sortableTable<T>(options: {
  readonly caption: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly initial: SortState;
  readonly testId: string;
  readonly sortLabel: (header: string) => string;
}): HTMLElement {
  const { columns, rows, caption, sortLabel } = options;
  let sort = options.initial;
  const thead = h('thead');
  const tbody = h('tbody');
  const table = h('table', { class: 'data-table', 'data-testid': options.testId }, h('caption', {}, caption), thead, tbody);

  function render(): void {
    const column = columns.find((candidate) => candidate.id === sort.id) ?? columns[0];
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const sorted = column === undefined ? rows : [...rows].sort((a, b) => {
      const av = column.sortValue(a);
      const bv = column.sortValue(b);
      return av === undefined || bv === undefined ? compare(av, bv) : sign * compare(av, bv);
    });
    replaceChildren(
      thead,
      h('tr', {}, ...columns.map((col) => {
        const active = col.id === sort.id;
        const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
        return h(
          'th',
          { scope: 'col', class: col.numeric ? 'num' : undefined, 'aria-sort': active ? sort.direction : undefined },
          h('button', {
            type: 'button',
            class: 'sort-button',
            'data-column': col.id,
            title: sortLabel(col.header()),
            onclick: () => {
              sort = { id: col.id, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' };
              render();
              table.querySelector<HTMLButtonElement>(`button[data-column="${col.id}"]`)?.focus();
            },
          }, col.header(), h('span', { 'aria-hidden': 'true', class: 'sort-arrow' }, arrow)),
        );
      })),
    );
    replaceChildren(
      tbody,
      ...sorted.map((row) =>
        h('tr', {}, ...columns.map((col) =>
          col.rowHeader === true
            ? h('th', { scope: 'row' }, col.show(row))
            : h('td', { class: col.numeric ? 'num' : undefined, 'data-column': col.id }, col.show(row)),
        )),
      ),
    );
  }
  render();
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption }, table);
}
