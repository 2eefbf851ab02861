import { defineKind } from '../define.js';
import type { BudgetTable, BudgetView } from '../../core/budget.js';
import { FORM_COST_TYPES, FORM_FINANCING_SOURCE, schema, type KompetensstegenPlan } from './schema.js';
import { messages } from './messages.js';

export function budgetView(plan: KompetensstegenPlan): BudgetView {
  const { budget } = plan;
  const columns = budget.years;
  const supportSought: BudgetTable = {
    id: 'D.7.1',
    title: 'Stöd söks från Kompetensstegen för följande kostnader:',
    columns,
    rows: budget.supportSought.rows.map((row, index) => ({
      label: row.costType,
      ...(row.note ? { note: row.note } : {}),
      amounts: row.amounts ?? [],
      path: ['budget', 'supportSought', 'rows', index, 'amounts'],
    })),
    totalLabel: 'Summa kronor',
    ...(budget.supportSought.total ? { stated: { amounts: budget.supportSought.total, path: ['budget', 'supportSought', 'total'], perColumn: true } } : {}),
  };
  const otherFinancing: BudgetTable = {
    id: 'D.7.2',
    title: 'Eventuell övrig finansiering',
    columns,
    rows: (budget.otherFinancing?.rows ?? []).map((row, index) => ({
      label: row.source,
      ...(row.note ? { note: row.note } : {}),
      amounts: row.amounts ?? [],
      path: ['budget', 'otherFinancing', 'rows', index, 'amounts'],
    })),
    totalLabel: 'Summa kronor',
    ...(budget.otherFinancing?.total ? { stated: { amounts: budget.otherFinancing.total, path: ['budget', 'otherFinancing', 'total'], perColumn: true } } : {}),
  };
  return {
    tables: [supportSought, otherFinancing],
    // D.7.3 is always printed; where the plan does not state it, the form shows the computed sum.
    balances: [{ id: 'D.7.3', title: 'D.7.3 Total kostnad', stated: { amounts: budget.totalCost ?? [], path: ['budget', 'totalCost'], perColumn: true }, parts: ['D.7.1', 'D.7.2'] }],
  };
}

export default defineKind({
  id: 'kompetensstegen-d',
  lang: 'sv',
  title: 'PLAN för KOMMUNGEMENSAM AKTIVITET för kvalitets- och kompetensutveckling inom vård och omsorg om äldre',
  description: 'Kompetensstegen form D: plan for a joint activity of several municipalities, with a three-year budget.',
  schema,
  messages,
  templates: { sv: 'templates/kompetensstegen-d/sv.md.hbs' },
  budget: budgetView,
  starter: () => ({
    budget: {
      years: ['År 1', 'År 2', 'År 3'],
      supportSought: { rows: FORM_COST_TYPES.map((costType) => ({ costType })) },
      otherFinancing: { rows: [{ source: FORM_FINANCING_SOURCE }] },
    },
  }),
  rules: [
    {
      id: 'contact/reachable',
      severity: 'warning',
      description: 'The contact person has a telephone number, a mobile number or an e-mail address.',
      check(plan, { t, report }) {
        const { phone, mobile, email } = plan.contact;
        if (phone?.trim() || mobile?.trim() || email?.trim()) return;
        report({ pointer: '/contact', target: 'key', message: t('contact.unreachable', { name: plan.contact.name }) });
      },
    },
  ],
});
