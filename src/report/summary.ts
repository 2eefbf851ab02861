import { Chalk } from 'chalk';
import { effectiveTotals, balanceTotals, type BudgetView } from '../core/budget.js';
import { formatAmount } from '../core/money.js';
import type { KeyFigures } from '../kinds/define.js';

/** A budget's totals as key figures: each table's sum row, and each balance, column by column. */
export function budgetFigures(view: BudgetView): KeyFigures['figures'] {
  const columnsText = (columns: readonly string[], values: readonly (number | null)[]) =>
    columns.length === 1 ? formatAmount(values[0] ?? 0) : columns.map((column, i) => `${column}: ${values[i] === null || values[i] === undefined ? '–' : formatAmount(values[i]!)}`).join(' · ');
  const figures: KeyFigures['figures'] = view.tables.map((table) => ({ label: `${table.id} ${table.totalLabel}`.trim(), value: columnsText(table.columns, effectiveTotals(table)) }));
  for (const balance of view.balances) {
    const columns = view.tables.find((table) => table.id === balance.parts[0])?.columns ?? [];
    const stated = balance.stated.amounts;
    const values = balanceTotals(view, balance).map((value, i) => stated[i] ?? value);
    if (!view.tables.some((table) => balance.title.startsWith(table.id))) figures.push({ label: balance.title, value: columnsText(columns, values) });
  }
  return figures;
}

/** Key figures as aligned lines for the terminal. */
export function formatKeyFigures(heading: string, summary: KeyFigures, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const width = Math.max(0, ...summary.figures.map((figure) => figure.label.length));
  const out = [c.bold(heading)];
  for (const { label, value } of summary.figures) out.push(`  ${label.padEnd(width)}  ${value}`);
  for (const list of summary.lists ?? []) {
    out.push('', c.bold(list.title));
    for (const item of list.items) out.push(`  - ${item}`);
  }
  return out.join('\n') + '\n';
}
