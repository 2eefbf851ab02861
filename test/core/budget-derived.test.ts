import { describe, expect, it } from 'vitest';
import { budgetRules, computedTotals, derivedFormula, statedPointer, type BudgetTable, type BudgetView } from '../../src/core/budget.js';
import { createTranslator } from '../../src/i18n/index.js';
import type { RuleReport } from '../../src/kinds/define.js';
import { displayTable } from '../../src/render/helpers.js';

/** Planned and actual cost per row, with the deviation (Utfall − Planerat) the form prints beside them. */
function outcome(statedDeviation: number, statedTotals: (number | null)[]): BudgetView {
  const table: BudgetTable = {
    id: 'Budgetutfall',
    title: 'Budgetutfall',
    columns: ['Planerat', 'Utfall'],
    derived: [{ label: 'Avvikelse', weights: [-1, 1] }],
    rows: [
      { label: 'Personal', amounts: [1000, 900], path: ['rows', 0], stated: { amounts: [statedDeviation], path: ['rows', 0, 'deviation'], perColumn: false } },
      { label: 'Lokaler', amounts: [200, 250], path: ['rows', 1] },
    ],
    totalLabel: 'Summa',
    stated: { amounts: statedTotals, path: ['total'], perColumn: true, paths: [['total', 'planned'], ['total', 'actual'], ['total', 'deviation']] },
  };
  return { tables: [table], balances: [] };
}

function problems(view: BudgetView): (RuleReport & { ruleId: string })[] {
  const found: (RuleReport & { ruleId: string })[] = [];
  for (const rule of budgetRules) rule.check(view, { lang: 'en', t: createTranslator('en'), report: (p) => found.push({ ...p, ruleId: rule.id }), locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) });
  return found;
}

describe('budget tables with derived columns', () => {
  it('works out each row\'s deviation and sums it like any column', () => {
    const table = outcome(-100, [])!.tables[0]!;
    expect(computedTotals(table)).toEqual([1200, 1150, -50]);
    expect(derivedFormula(table, table.derived![0]!)).toBe('Utfall − Planerat');
  });

  it('hands each caller sums of its own, the same however often it asks', () => {
    const table = outcome(-100, [])!.tables[0]!;
    const first = computedTotals(table);
    first[0] = 0;
    first.push(7);
    expect(computedTotals(table)).toEqual([1200, 1150, -50]);
    expect(computedTotals(table)).not.toBe(computedTotals(table));
  });

  it('accepts stated figures that agree', () => {
    expect(problems(outcome(-100, [1200, 1150, -50]))).toEqual([]);
  });

  it('reports a stated deviation that disagrees, at the row\'s own key', () => {
    const found = problems(outcome(100, [1200, 1150, -50]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'budget/derived-mismatch', pointer: '/rows/0/deviation' });
    expect(found[0]!.message).toBe('Budgetutfall: Avvikelse for "Personal" is stated as 100, but Utfall − Planerat is −100.');
  });

  it('reports a stated total of a derived column at the key it stands under', () => {
    const found = problems(outcome(-100, [1200, 1150, 50]));
    expect(found.map((p) => [p.ruleId, p.pointer])).toEqual([['budget/sum-mismatch', '/total/deviation']]);
    expect(found[0]!.message).toContain('Avvikelse');
  });

  it('points at a list entry when figures are in one list', () => {
    expect(statedPointer({ amounts: [1, 2], path: ['total'], perColumn: true }, 1)).toBe('/total/1');
  });

  it('prints the derived columns after the table\'s own, in rows and in the sum row', () => {
    const shown = displayTable(outcome(-100, [1200, 1150, null]), 'Budgetutfall')!;
    expect(shown.columns).toEqual(['Planerat', 'Utfall', 'Avvikelse']);
    expect(shown.rows.map((row) => row.cells)).toEqual([['1 000', '900', '−100'], ['200', '250', '50']]);
    expect(shown.totals).toEqual(['1 200', '1 150', '−50']);
  });
});
