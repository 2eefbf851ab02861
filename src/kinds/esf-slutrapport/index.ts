import { defineKind } from '../define.js';
import type { BudgetTable, BudgetView } from '../../core/budget.js';
import { messages } from './messages.js';
import { rules } from './rules.js';
import { formatPeriod } from '../../core/period.js';
import { SECTIONS } from './sections.js';
import { schema, type EsfReport } from './schema.js';

export const BUDGET_OUTCOME = 'Budgetutfall';

/** The budget outcome as a table: planned and actual per cost type, the deviation worked out per row. */
export function budgetView(report: EsfReport): BudgetView {
  const outcome = report.budgetOutcome;
  if (!outcome) return { tables: [], balances: [] };
  const total = outcome.total;
  const table: BudgetTable = {
    id: BUDGET_OUTCOME,
    title: BUDGET_OUTCOME,
    labelHeading: 'Kostnadsslag',
    columns: ['Planerat', 'Utfall'],
    derived: [{ label: 'Avvikelse', weights: [-1, 1] }],
    rows: outcome.rows.map((row, index) => ({
      label: row.costType,
      amounts: [row.planned, row.actual],
      path: ['budgetOutcome', 'rows', index],
      ...(row.deviation !== undefined && row.deviation !== null ? { stated: { amounts: [row.deviation], path: ['budgetOutcome', 'rows', index, 'deviation'], perColumn: false } } : {}),
    })),
    totalLabel: 'Summa',
    ...(total
      ? {
          stated: {
            amounts: [total.planned ?? null, total.actual ?? null, total.deviation ?? null],
            path: ['budgetOutcome', 'total'],
            perColumn: true,
            paths: (['planned', 'actual', 'deviation'] as const).map((key) => ['budgetOutcome', 'total', key]),
          },
        }
      : {}),
  };
  return { tables: [table], balances: [] };
}

export default defineKind({
  id: 'esf-slutrapport',
  lang: 'sv',
  title: 'Slutrapport genomförande',
  description: 'Swedish ESF Council final report for an implementation project, with checked result figures and budget outcome.',
  schema,
  messages,
  templates: { sv: 'templates/esf-slutrapport/sv.md.hbs' },
  budget: budgetView,
  // Most reports give their figures in prose: a new report starts without a table to fill in or delete.
  starter: () => ({ indicators: [], budgetOutcome: null }),
  rules,
  summary(report, { t, lang }) {
    const answered = SECTIONS.filter((section) => /\S/.test(String((report as Record<string, unknown>)[section.key] ?? ''))).length;
    return {
      figures: [
        ...(report.period ? [{ label: t('report.summary.period'), value: formatPeriod(report.period, lang) }] : []),
        { label: t('report.summary.answered'), value: t('report.summary.answeredValue', { answered, sections: SECTIONS.length }) },
        { label: t('report.summary.indicators'), value: report.indicators?.length ?? 0 },
      ],
    };
  },
});
