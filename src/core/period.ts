import type { Rule } from './rule.js';
import { formatDate, type DateSpan, type DateStyle, type PlanDate } from './dates.js';
import type { Lang } from '../i18n/index.js';

/** A project period as plans give it: a first and a last day, each as the user wrote it. */
export interface PeriodDates {
  start?: PlanDate | null;
  end?: PlanDate | null;
}

/** The days from the start's first to the end's last, when both were read. */
export function periodSpan(period: PeriodDates | null | undefined): DateSpan | undefined {
  const from = period?.start?.span?.from;
  const to = period?.end?.span?.to;
  return from && to ? { from, to } : undefined;
}

/**
 * The period ends after it starts: one rule for every kind with a period. Dates are quoted as the
 * plan writes them, whatever language the message is in, so the user finds them in the file.
 */
export function periodOrderRule<Plan>(periodOf: (plan: Plan) => PeriodDates | null | undefined, pointer = '/period'): Rule<Plan> {
  return {
    id: 'period/order',
    severity: 'error',
    description: 'The project period ends after it starts.',
    check(plan, { t, report }) {
      const period = periodOf(plan);
      const start = period?.start;
      const end = period?.end;
      if (!start?.span || !end?.span || end.span.to >= start.span.from) return;
      report({ pointer: `${pointer}/end`, message: t('period.order', { start: start.text, end: end.text }), hint: t('period.orderHint') });
    },
  };
}

/** "1 januari 2009 – 31 mars 2012": each end as the document's language writes it, fuzzy ends as the plan does. */
export function formatPeriod(period: PeriodDates | DateSpan, lang: Lang, style: DateStyle = 'long'): string {
  const [start, end] = 'from' in period ? [period.from, period.to] : [period.start, period.end];
  return [start, end].map((day) => (day ? formatDate(day, lang, style) : '…')).join(' – ');
}
