import { Chalk } from 'chalk';
import { effectiveTotals, balanceTotals, type BudgetView } from '../core/budget.js';
import { formatAmount } from '../core/money.js';
import { holesOf, tracked, UNKNOWN_MARK } from '../core/partial.js';
import { createTranslator, type Messages } from '../i18n/index.js';
import type { AnyKind, KeyFigures, SummaryContext } from '../kinds/define.js';

const messages: Messages<'summary.kindFigures'> = {
  en: { 'summary.kindFigures': 'Key figures of the {kind}' },
  sv: { 'summary.kindFigures': 'Nyckeltal för {kind}' },
  nb: { 'summary.kindFigures': 'Nøkkeltall for {kind}' },
};

/**
 * A plan's key figures: the kind's own, then its budget's totals. On a plan read in part, a
 * figure the kind works out from a missing or invalid value is shown as unknown rather than
 * counted from what happens to be there; a kind's figures worked out in one piece (a rules
 * module's) are all unknown once any of them read such a value.
 */
export function keyFigures(kind: AnyKind, plan: unknown, context: SummaryContext): KeyFigures {
  const holes = holesOf(plan);
  let own: KeyFigures | undefined;
  if (holes.size === 0 || !kind.summary) own = kind.summary?.(plan, context);
  else {
    let touched = false;
    try {
      own = kind.summary(tracked(plan, holes, () => (touched = true)), context);
    } catch {
      touched = true;
    }
    // Figures that could not be worked out at all are still named, so that their absence is not read as nothing to report.
    if (touched) own = { figures: own ? own.figures.map((figure) => ({ ...figure, value: UNKNOWN_MARK })) : [{ label: createTranslator(context.lang, messages)('summary.kindFigures', { kind: kind.title }), value: UNKNOWN_MARK }] };
  }
  return {
    figures: [...(own?.figures ?? []), ...(kind.budget ? budgetFigures(kind.budget(plan)) : [])],
    ...(own?.lists?.length ? { lists: own.lists } : {}),
  };
}

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
