import { toPointer, type PathSegment } from './diagnostic.js';
import { formatAmount, isExactSum, sumAmounts } from './money.js';
import type { Rule } from '../kinds/define.js';

/**
 * A budget as forms print it: rows (cost types or sources of financing) by columns (years, or a
 * single amount column), with a sum row the plan may state. The tool computes every sum itself;
 * a stated sum is checked against it.
 */
export interface BudgetRow {
  label: string;
  note?: string;
  /** One cell per column; null is an empty cell. An empty array is a row with no amounts at all. */
  amounts: readonly (number | null)[];
  /** Where the row's amounts are written. */
  path: readonly PathSegment[];
}

/** Figures the plan states itself: a sum row, or a total that must balance. */
export interface StatedFigures {
  amounts: readonly (number | null)[];
  path: readonly PathSegment[];
  /** True when `path` is a list with one entry per column; false for a single figure. */
  perColumn: boolean;
}

export interface BudgetTable {
  id: string;
  title: string;
  /** Column headings; the heading over the row labels is `labelHeading`. */
  columns: readonly string[];
  labelHeading?: string;
  rows: readonly BudgetRow[];
  totalLabel: string;
  stated?: StatedFigures;
}

/** Figures that must equal the sum of other tables' totals, column by column (D.7.3 = D.7.1 + D.7.2). */
export interface BudgetBalance {
  id: string;
  /** What is checked, as the form names it: "D.7.3 Total kostnad". */
  title: string;
  stated: StatedFigures;
  /** Ids of the tables whose totals add up to it. */
  parts: readonly string[];
}

export interface BudgetView {
  tables: readonly BudgetTable[];
  balances: readonly BudgetBalance[];
}

export function statedPointer(stated: StatedFigures, column: number): string {
  return toPointer(stated.perColumn ? [...stated.path, column] : stated.path);
}

/** Column sums of the rows; null where no row has an amount in that column. */
export function computedTotals(table: BudgetTable): (number | null)[] {
  return table.columns.map((_, column) => sumAmounts(table.rows.map((row) => row.amounts[column])));
}

/** The figure a reader of the form sees: the stated sum, or the computed one where none is stated. */
export function effectiveTotals(table: BudgetTable): (number | null)[] {
  const computed = computedTotals(table);
  return computed.map((value, column) => table.stated?.amounts[column] ?? value);
}

/** What a balance's figures should be: the sum of its parts' totals, as the reader sees them. */
export function balanceTotals(view: BudgetView, balance: BudgetBalance): (number | null)[] {
  const parts = balance.parts.map((id) => view.tables.find((table) => table.id === id)).filter((table) => table !== undefined);
  const columns = parts[0]?.columns.length ?? balance.stated.amounts.length;
  return Array.from({ length: columns }, (_, column) => sumAmounts(parts.map((table) => effectiveTotals(table)[column])));
}

export const budgetRules: readonly Rule<BudgetView>[] = [
  {
    id: 'budget/column-count',
    severity: 'error',
    description: 'Each budget row has one cell per column, or none.',
    check(view, { t, report }) {
      for (const table of view.tables) {
        const hint = t('budget.columnCountHint', { columns: table.columns.join(', ') });
        for (const row of table.rows) {
          if (row.amounts.length === 0 || row.amounts.length === table.columns.length) continue;
          report({ pointer: toPointer(row.path), message: t('budget.columnCount', { table: table.id, row: row.label, count: row.amounts.length, columns: table.columns.length }), hint });
        }
        const stated = table.stated;
        if (stated?.perColumn && stated.amounts.length !== 0 && stated.amounts.length !== table.columns.length) {
          report({ pointer: toPointer(stated.path), message: t('budget.columnCount', { table: table.id, row: table.totalLabel, count: stated.amounts.length, columns: table.columns.length }), hint });
        }
      }
    },
  },
  {
    id: 'budget/sum-mismatch',
    severity: 'error',
    description: 'A sum the plan states equals the sum of its rows.',
    check(view, { t, report }) {
      for (const table of view.tables) {
        const stated = table.stated;
        if (!stated) continue;
        const computed = computedTotals(table);
        table.columns.forEach((column, index) => {
          const given = stated.amounts[index];
          const sum = computed[index] ?? 0;
          if (given === null || given === undefined || !isExactSum(sum) || given === sum) return;
          report({
            pointer: statedPointer(stated, index),
            message: t(table.columns.length > 1 ? 'budget.sumMismatch' : 'budget.sumMismatchSingle', { table: table.id, total: table.totalLabel, column, stated: formatAmount(given), computed: formatAmount(sum) }),
            hint: t('budget.sumMismatchHint', { computed: formatAmount(sum) }),
          });
        });
      }
    },
  },
  {
    id: 'budget/balance',
    severity: 'error',
    description: 'Totals that the form says must agree do agree (D.7.3 = D.7.1 + D.7.2; costs = financing).',
    check(view, { t, report }) {
      for (const balance of view.balances) {
        const expected = balanceTotals(view, balance);
        const columns = view.tables.find((table) => table.id === balance.parts[0])?.columns ?? [];
        balance.stated.amounts.forEach((given, index) => {
          if (given === null) return;
          const sum = expected[index] ?? 0;
          if (!isExactSum(sum) || given === sum) return;
          report({
            pointer: statedPointer(balance.stated, index),
            message: t(columns.length > 1 ? 'budget.balance' : 'budget.balanceSingle', { title: balance.title, column: columns[index] ?? '', stated: formatAmount(given), parts: balance.parts.join(' + '), computed: formatAmount(sum) }),
            hint: t('budget.balanceHint', { computed: formatAmount(sum) }),
          });
        });
      }
    },
  },
];
