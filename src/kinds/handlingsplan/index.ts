import { formatDate } from '../../core/dates.js';
import { defineKind } from '../define.js';
import { summarise } from './progress.js';
import { messages } from './messages.js';
import { rules } from './rules.js';
import { schema } from './schema.js';

export { summarise, progressOf, type Summary, type Phase } from './progress.js';
export type { Handlingsplan } from './schema.js';

export default defineKind({
  id: 'handlingsplan',
  lang: 'sv',
  title: 'Handlingsplan',
  description: 'An action plan: a table of problems, actions, dates or statuses and responsible roles, signed off with date, unit and manager.',
  schema,
  messages,
  templates: { sv: 'templates/handlingsplan/sv.md.hbs' },
  rules,
  summary(plan, { t, lang, asOf }) {
    const { date, actions, byPhase, overdue } = summarise(plan, asOf);
    const day = (iso: string) => formatDate(iso, lang);
    return {
      figures: [
        ...(date ? [{ label: t('handlingsplan.summary.date'), value: day(date) }] : []),
        { label: t('handlingsplan.summary.actions'), value: actions },
        { label: t('handlingsplan.summary.done'), value: byPhase.done },
        { label: t('handlingsplan.summary.ongoing'), value: byPhase.ongoing },
        { label: t('handlingsplan.summary.planned'), value: byPhase.planned },
      ],
      // Which actions are late only means something on a given day.
      lists: asOf
        ? [
            {
              title: t(overdue.length ? 'handlingsplan.summary.overdue' : 'handlingsplan.summary.overdueNone', { date: day(asOf), count: overdue.length }),
              items: overdue.map((item) => t('handlingsplan.summary.overdueItem', { problem: item.problem.replace(/\s+/g, ' ').trim(), due: day(item.due), responsible: item.responsible.join(', ') })),
            },
          ]
        : [],
    };
  },
});
