import { defineKind } from '../define.js';
import type { BudgetTable, BudgetView } from '../../core/budget.js';
import { effectiveTotals } from '../../core/budget.js';
import { schema, type ProsjektplanPlan } from './schema.js';
import { messages } from './messages.js';
import { projectPeriod, rules } from './rules.js';
import { formatDate } from '../../core/dates.js';

export const COSTS = '6.3 Kostnader';
export const FINANCING = '6.3 Finansiering';

/** 6.3 as two one-column tables, costs and financing, each with a "Sum" row; financing must equal costs. */
export function budgetView(plan: ProsjektplanPlan): BudgetView {
  const { costs, financing } = plan.budget;
  const costTable: BudgetTable = {
    id: COSTS,
    title: 'Kostnader og kostnadstyper relatert til gjennomføringen av prosjektet',
    labelHeading: 'Aktivitet',
    columns: ['Kostnader'],
    rows: costs.rows.map((row, index) => ({ label: row.activity, amounts: [row.amount], path: ['budget', 'costs', 'rows', index, 'amount'] })),
    totalLabel: 'Sum',
    ...(costs.total != null ? { stated: { amounts: [costs.total], path: ['budget', 'costs', 'total'], perColumn: false } } : {}),
  };
  const financingTable: BudgetTable = {
    id: FINANCING,
    title: 'Finansiering',
    labelHeading: 'Finansiering',
    columns: ['NOK'],
    rows: financing.rows.map((row, index) => ({ label: row.source, amounts: [row.amount], path: ['budget', 'financing', 'rows', index, 'amount'] })),
    totalLabel: 'Sum',
    ...(financing.total != null ? { stated: { amounts: [financing.total], path: ['budget', 'financing', 'total'], perColumn: false } } : {}),
  };
  return {
    tables: [costTable, financingTable],
    // Financing as the reader sees it (its stated sum, else its rows) must cover the costs exactly.
    balances: [
      {
        id: 'financing=costs',
        title: FINANCING,
        stated: { amounts: effectiveTotals(financingTable), path: financing.total != null ? ['budget', 'financing', 'total'] : ['budget', 'financing'], perColumn: false },
        parts: [COSTS],
      },
    ],
  };
}

export default defineKind({
  id: 'prosjektplan',
  lang: 'nb',
  title: 'Prosjektplan for hovedprosjekt',
  description: 'Norwegian project plan for a main project (Kvalitetskommune): six chapters, dated decision points and milestones, costs equal to financing.',
  schema,
  messages,
  templates: { nb: 'templates/prosjektplan/nb.md.hbs' },
  budget: budgetView,
  rules,
  summary(plan, { t, lang, asOf }) {
    const period = projectPeriod(plan);
    const ahead = asOf ? plan.milestones.filter((milestone) => milestone.date.span && milestone.date.span.to > asOf) : [];
    return {
      figures: [
        // The start as the plan writes it ("slutten av juni 2007"); the end is worked out from the months.
        ...(period ? [{ label: t('prosjektplan.summary.period'), value: t('prosjektplan.summary.periodValue', { start: formatDate(plan.period.start, lang), end: formatDate(period.to, lang), months: plan.period.months }) }] : []),
        { label: t('prosjektplan.summary.subGoals'), value: plan.subGoals.length },
        { label: t('prosjektplan.summary.activities'), value: plan.subGoals.reduce((count, goal) => count + (goal.activities?.length ?? 0), 0) },
        { label: t('prosjektplan.summary.milestones'), value: plan.milestones.length },
      ],
      lists: asOf ? [{ title: t('prosjektplan.summary.ahead', { date: formatDate(asOf, lang) }), items: ahead.map((milestone) => `${formatDate(milestone.date, lang)}: ${milestone.description}`) }] : [],
    };
  },
});
