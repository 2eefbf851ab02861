import { toPointer, type PathSegment } from './diagnostic.js';
import { formatAmount, isExactSum, sumAmounts } from './money.js';
import type { Rule } from './rule.js';

/**
 * A budget as forms print it: rows (cost types or sources of financing) by columns (years, or a
 * single amount column), with a sum row the plan may state. The tool computes every sum itself;
 * a stated sum is checked against it.
 */
export interface BudgetRow {
  label: string;
  note?: string;
  /**
   * One cell per column; null is an empty cell, NaN one the plan fills in with something that is
   * not an amount (the figure is not known, so no sum over it is). An empty array is a row with no amounts at all.
   */
  amounts: readonly (number | null)[];
  /** Where the row's amounts are written. */
  path: readonly PathSegment[];
  /** What the plan writes in the table's derived columns for this row, checked against what they work out to. */
  stated?: StatedFigures;
}

/** Figures the plan states itself: a sum row, or a total that must balance. */
export interface StatedFigures {
  amounts: readonly (number | null)[];
  path: readonly PathSegment[];
  /** True when `path` is a list with one entry per column; false for a single figure. */
  perColumn: boolean;
  /** Where each figure is written, when they stand under keys of their own ("planned", "actual") rather than in one list. */
  paths?: readonly (readonly PathSegment[] | undefined)[];
}

/**
 * A column the form has but nobody needs to add up by hand: worked out from the row's own cells.
 * "Avvikelse" (deviation) is Utfall − Planerat, weights [-1, 1]; a row total over three years is [1, 1, 1].
 */
export interface DerivedColumn {
  label: string;
  /** One weight per column of the table: 1 adds the cell, -1 subtracts it, 0 leaves it out. */
  weights: readonly number[];
}

export interface BudgetTable {
  id: string;
  title: string;
  /** Column headings; the heading over the row labels is `labelHeading`. */
  columns: readonly string[];
  labelHeading?: string;
  rows: readonly BudgetRow[];
  /** True when the list the columns are named by is missing or invalid, so the rows' cells cannot be counted against it. */
  unknownColumns?: boolean;
  totalLabel: string;
  /** The sum row as the plan states it: one figure per column, then one per derived column. */
  stated?: StatedFigures;
  derived?: readonly DerivedColumn[];
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
  const own = stated.paths?.[column];
  if (own) return toPointer(own);
  return toPointer(stated.perColumn ? [...stated.path, column] : stated.path);
}

/** Every column the table prints: its own, then the derived ones. */
export function allColumns(table: BudgetTable): string[] {
  return [...table.columns, ...(table.derived ?? []).map((column) => column.label)];
}

/** The row's derived cells, worked out from its own; null where none of the cells they use has an amount. */
export function derivedCells(table: BudgetTable, row: BudgetRow): (number | null)[] {
  return (table.derived ?? []).map((column) => {
    const used = column.weights.map((weight, index) => (weight === 0 ? null : row.amounts[index])).filter((value): value is number => typeof value === 'number');
    if (used.length === 0) return null;
    return column.weights.reduce((sum, weight, index) => sum + weight * (row.amounts[index] ?? 0), 0);
  });
}

/** Column sums of the rows, derived columns included; null where no row has an amount in that column. */
export function computedTotals(table: BudgetTable): (number | null)[] {
  let totals = totalsOf.get(table);
  if (totals === undefined) {
    const own = table.columns.map((_, column) => sumAmounts(table.rows.map((row) => row.amounts[column])));
    const derived = (table.derived ?? []).map((_, column) => sumAmounts(table.rows.map((row) => derivedCells(table, row)[column])));
    totalsOf.set(table, (totals = [...own, ...derived]));
  }
  // A copy: a caller may keep or change what it is given.
  return [...totals];
}

/** A table's sums, worked out once: the rules' view, the sum rule and every balance a table is part of ask for them. */
const totalsOf = new WeakMap<BudgetTable, (number | null)[]>();

/** "Utfall − Planerat": how a derived column is worked out, in the table's own words. */
export function derivedFormula(table: BudgetTable, column: DerivedColumn): string {
  const terms = column.weights.flatMap((weight, index) => (weight === 0 ? [] : [{ weight, label: table.columns[index] ?? String(index + 1) }]));
  // Added terms first: "Utfall − Planerat" rather than "−Planerat + Utfall".
  terms.sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0));
  return terms
    .map(({ weight, label }, index) => {
      const factor = Math.abs(weight) === 1 ? label : `${Math.abs(weight)} × ${label}`;
      if (index === 0) return weight < 0 ? `−${factor}` : factor;
      return `${weight < 0 ? '−' : '+'} ${factor}`;
    })
    .join(' ');
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

/** What a balance's figures are by the rows themselves, whatever the parts' stated sums say. */
function balanceFromRows(view: BudgetView, balance: BudgetBalance): (number | null)[] {
  const parts = balance.parts.map((id) => view.tables.find((table) => table.id === id)).filter((table) => table !== undefined);
  const columns = parts[0]?.columns.length ?? balance.stated.amounts.length;
  return Array.from({ length: columns }, (_, column) => sumAmounts(parts.map((table) => computedTotals(table)[column])));
}

export const budgetRules: readonly Rule<BudgetView>[] = [
  {
    id: 'budget/column-count',
    severity: 'error',
    description: 'Each budget row has one cell per column, or none.',
    check(view, { t, report }) {
      for (const table of view.tables) {
        if (table.unknownColumns) continue;
        const hint = t('budget.columnCountHint', { columns: table.columns.join(', ') });
        for (const row of table.rows) {
          if (row.amounts.length === 0 || row.amounts.length === table.columns.length) continue;
          report({ pointer: toPointer(row.path), message: t('budget.columnCount', { table: table.id, row: row.label, count: row.amounts.length, columns: table.columns.length }), hint });
        }
        const stated = table.stated;
        const allowed = [0, table.columns.length, allColumns(table).length];
        if (stated?.perColumn && !stated.paths && !allowed.includes(stated.amounts.length)) {
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
        const columns = allColumns(table);
        columns.forEach((column, index) => {
          const given = stated.amounts[index];
          const sum = computed[index] ?? 0;
          if (given === null || given === undefined || !isExactSum(sum) || given === sum) return;
          report({
            pointer: statedPointer(stated, index),
            message: t(columns.length > 1 ? 'budget.sumMismatch' : 'budget.sumMismatchSingle', { table: table.id, total: table.totalLabel, column, stated: formatAmount(given), computed: formatAmount(sum) }),
            hint: t('budget.sumMismatchHint', { computed: formatAmount(sum) }),
            fix: { amount: sum },
          });
        });
      }
    },
  },
  {
    id: 'budget/derived-mismatch',
    severity: 'error',
    description: 'A figure the plan states in a derived column (a deviation, a row total) equals what the row\'s cells work out to.',
    check(view, { t, report }) {
      for (const table of view.tables) {
        for (const row of table.rows) {
          const stated = row.stated;
          if (!stated) continue;
          const computed = derivedCells(table, row);
          (table.derived ?? []).forEach((column, index) => {
            const given = stated.amounts[index];
            const value = computed[index] ?? 0;
            if (given === null || given === undefined || given === value || Number.isNaN(value)) return;
            report({
              pointer: statedPointer(stated, index),
              message: t('budget.derivedMismatch', { table: table.id, column: column.label, row: row.label, stated: formatAmount(given), formula: derivedFormula(table, column), computed: formatAmount(value) }),
              hint: t('budget.derivedMismatchHint', { computed: formatAmount(value) }),
            });
          });
        }
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
        const fromRows = balanceFromRows(view, balance);
        const columns = view.tables.find((table) => table.id === balance.parts[0])?.columns ?? [];
        balance.stated.amounts.forEach((given, index) => {
          if (given === null || Number.isNaN(given)) return;
          // Where a part's own stated sum is wrong, that is reported already; the balance is judged
          // by the real figures, and agreeing with either the stated or the real sums is no new mistake.
          if (given === (expected[index] ?? 0)) return;
          const sum = fromRows[index] ?? 0;
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
