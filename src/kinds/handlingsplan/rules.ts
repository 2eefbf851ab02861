import { formatDate } from '../../core/dates.js';
import type { KindModule } from '../define.js';
import type { Rule } from '../define.js';
import { messages } from './messages.js';
import { isNeutral, planDay, progressOf, summarise, type Handlingsplan } from './progress.js';

/**
 * What kinds/handlingsplan/kind.yaml cannot say as data: a date cell read clause by clause against
 * the plan's own date, and the figures of where the actions stand. The roles' checks (declared
 * once, known, used) are library rules in the kind file.
 */
const dateBeforePlan: Rule<Handlingsplan> = {
  id: 'handlingsplan/date-before-plan',
  severity: 'error',
  description: "A date that ends before the plan's own date is allowed only in a row that says the work has started or is done.",
  check(plan, { t, lang, report }) {
    const day = planDay(plan);
    if (!day) return;
    plan.actions.forEach((action, a) => {
      const progress = progressOf(action, a, day);
      if (progress.statements.some((s) => s.fact)) return;
      const reported = new Set<number>();
      for (const statement of progress.statements) {
        const { entry, date } = statement;
        // "Ej genomfört 2014" says what did not happen by then: the plan knows the date has passed.
        if (!date.span || date.span.to >= day.from || reported.has(entry) || isNeutral(statement)) continue;
        reported.add(entry);
        const written = action.date[entry]!;
        report({
          pointer: `/actions/${a}/date/${entry}`,
          message: t('handlingsplan.deadlinePassed', { date: written.text, end: formatDate(date.span.to, lang), planDate: formatDate(plan.date, lang) }),
          hint: t('handlingsplan.deadlinePassedHint', { date: written.text }),
        });
      }
    });
  },
};

export const handlingsplanModule: KindModule = {
  rules: [dateBeforePlan],
  messages,
  summary(plan: Handlingsplan, { t, lang, asOf }) {
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
};
