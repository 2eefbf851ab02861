import { addMonths, daysInMonth, MAX_DATE_LENGTH, formatDate, readDateCell, spanWithin, type DateProblem, type DateSpan, type PlanDate } from '../../core/dates.js';
import { toPointer, type PathSegment } from '../../core/diagnostic.js';
import type { Lang, Translate } from '../../i18n/index.js';
import type { KindModule, Rule, RuleContext } from '../define.js';
import { messages } from './messages.js';

/**
 * What kinds/prosjektplan/kind.yaml cannot say: sub-goals and main activities numbered "HA N.M"
 * under "Delmål N", and dates read clause by clause from decision points and activities, checked
 * against a period that runs from a start through a time frame in months.
 */

/** The plan as kinds/prosjektplan/kind.yaml reads it, as far as these rules look. */
export interface ProsjektplanPlan {
  period: { months: number; start: PlanDate };
  decisionPoints: { mandatory: string[]; planned?: string[] | null };
  subGoals: { id: string; text: string; activities?: { id: string; text: string; deadline?: PlanDate | null }[] | null }[];
  milestones: { description: string; date: PlanDate }[];
}

type PlanRule = Rule<ProsjektplanPlan>;

/** "Delmål 2" → 2: the number a sub-goal's activities are numbered under. */
export function subGoalNumber(id: string): number | undefined {
  const match = /(\d+)\s*$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** "HA 2.1" → [2, 1]. */
export function activityNumber(id: string): [number, number] | undefined {
  const match = /(\d+)\.(\d+)\s*$/.exec(id);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Ids compare as a reader reads them: "HA 2.1", "ha  2.1" and "HA2.1" are the same activity. */
const sameId = (id: string) => id.toLowerCase().replace(/\s+/g, '');

const activityIds: PlanRule = {
  id: 'activity/id-format',
  severity: 'error',
  description: 'Sub-goals are numbered ("Delmål 2") and main activities carry a number "HA N.M".',
  check(plan, { t, report }) {
    plan.subGoals.forEach((goal, g) => {
      if (subGoalNumber(goal.id) === undefined) report({ pointer: toPointer(['subGoals', g, 'id']), message: t('prosjektplan.subGoalNumber', { id: goal.id }) });
      goal.activities?.forEach((activity, a) => {
        if (activityNumber(activity.id)) return;
        const example = `HA ${subGoalNumber(goal.id) ?? 1}.${a + 1}`;
        report({ pointer: toPointer(['subGoals', g, 'activities', a, 'id']), message: t('prosjektplan.activityNumber', { id: activity.id }), hint: t('prosjektplan.activityNumberHint', { example }) });
      });
    });
  },
};

const activityUnderItsGoal: PlanRule = {
  id: 'activity/sub-goal-mismatch',
  severity: 'error',
  description: 'A main activity "HA N.M" sits under "Delmål N".',
  check(plan, { t, report }) {
    plan.subGoals.forEach((goal, g) => {
      const goalNumber = subGoalNumber(goal.id);
      if (goalNumber === undefined) return;
      goal.activities?.forEach((activity, a) => {
        const number = activityNumber(activity.id);
        if (!number || number[0] === goalNumber) return;
        const target = plan.subGoals.find((other) => subGoalNumber(other.id) === number[0]);
        report({
          pointer: toPointer(['subGoals', g, 'activities', a, 'id']),
          message: t('prosjektplan.activityGoal', { id: activity.id, goal: goal.id, number: goalNumber }),
          hint: target ? t('prosjektplan.activityGoalMove', { goal: target.id, number: goalNumber }) : t('prosjektplan.activityGoalRenumber', { number: goalNumber }),
        });
      });
    });
  },
};

const uniqueIds: PlanRule = {
  id: 'activity/duplicate-id',
  severity: 'error',
  description: 'No two sub-goals, and no two main activities, share an id.',
  check(plan, { t, report }) {
    const goals = new Map<string, string>();
    const activities = new Map<string, string>();
    plan.subGoals.forEach((goal, g) => {
      const key = sameId(goal.id);
      const first = goals.get(key);
      if (first !== undefined) report({ pointer: toPointer(['subGoals', g, 'id']), message: t('prosjektplan.duplicateSubGoal', { id: goal.id }) });
      else goals.set(key, goal.id);
      goal.activities?.forEach((activity, a) => {
        const activityKey = sameId(activity.id);
        const under = activities.get(activityKey);
        if (under !== undefined) report({ pointer: toPointer(['subGoals', g, 'activities', a, 'id']), message: t('prosjektplan.duplicateActivity', { id: activity.id, goal: under }) });
        else activities.set(activityKey, goal.id);
      });
    });
  },
};

/**
 * The project period: from the start (1.3, "Beslutningspunkt for oppstart") through the time frame
 * in months, counted from the start's first day. A frame in whole months ends with the month it
 * ends in: 30 months from the end of June 2007 run to 31 December 2009, as the plan's own last
 * milestone says; 12 months from "2015", "januar 2015" or "Q1 2015" run to 31 December 2015.
 */
export function projectPeriod(plan: ProsjektplanPlan): DateSpan | undefined {
  const start = plan.period.start.span;
  if (!start) return undefined;
  // Counted from the start's first day: 12 months from "2015" (or "Q1 2015") end on 31 December 2015, not a year later.
  const after = addMonths(start.from, plan.period.months);
  const [year, month, day] = after.split('-').map(Number) as [number, number, number];
  // The frame's last day is the day before `after`; its month is the month before when that is the 1st.
  const [endYear, endMonth] = day > 1 ? [year, month] : month > 1 ? [year, month - 1] : [year - 1, 12];
  return { from: start.from, to: `${endYear}-${String(endMonth).padStart(2, '0')}-${String(daysInMonth(endYear, endMonth)).padStart(2, '0')}` };
}

/** Every dated thing in the plan: what it is (for messages), where, and its date, or why it has none. */
interface Dated {
  /** "Milepælen «…»", in the message language: put into words only for a message, which few dated things have. */
  what: () => string;
  path: PathSegment[];
  /** The date, or the reader's problem with the text; undefined when a free text simply has no date. */
  date?: PlanDate;
  problem?: DateProblem;
  /** A decision point or milestone must have a date; an activity need not. */
  required: boolean;
  /** True when the date was found in a sentence: messages then show its days, not the whole sentence. */
  inSentence?: boolean;
  /** An activity's text too long to look for a deadline in. */
  unread?: boolean;
}

/** A sentence with its date inside ("Medio november 2007 ved avleveringen …"), read by the shared date reader. */
function readSentence(text: string, lang: Lang): Pick<Dated, 'date' | 'problem' | 'inSentence'> {
  const result = readDateCell(text, lang);
  // "Evaluering desember 2009": in a sentence that names a decision point, a follow-up's date is its date.
  if (result.ok) {
    const span = result.value.span ?? result.value.followUp;
    return span ? { date: { ...result.value, span }, inSentence: true } : {};
  }
  // No date at all is for the caller to judge; a date that is there but wrong is always a problem.
  if (result.problem.code === 'notADate' || result.problem.code === 'statusOnly') return {};
  return { problem: result.problem };
}

const short = (text: string) => (text.length > 60 ? text.slice(0, 57).trimEnd() + '…' : text).trim();

/** Four rules look at the same dates; reading every sentence once per plan and language halves a run. */
const datedCache = new WeakMap<ProsjektplanPlan, Map<Translate, Dated[]>>();

function datedThings(plan: ProsjektplanPlan, t: Translate): Dated[] {
  let byTranslator = datedCache.get(plan);
  if (!byTranslator) datedCache.set(plan, (byTranslator = new Map()));
  let dated = byTranslator.get(t);
  if (!dated) byTranslator.set(t, (dated = readDatedThings(plan, t)));
  return dated;
}

function readDatedThings(plan: ProsjektplanPlan, t: Translate): Dated[] {
  const dated: Dated[] = [];
  const points = (list: readonly string[] | null | undefined, key: 'mandatory' | 'planned') =>
    list?.forEach((text, i) => dated.push({ what: () => t('prosjektplan.decisionPoint', { text: short(text) }), path: ['decisionPoints', key, i], required: true, ...readSentence(text, 'nb') }));
  points(plan.decisionPoints.mandatory, 'mandatory');
  points(plan.decisionPoints.planned, 'planned');
  plan.subGoals.forEach((goal, g) =>
    goal.activities?.forEach((activity, a) => {
      const what = () => t('prosjektplan.activity', { id: activity.id });
      if (activity.deadline) dated.push({ what, path: ['subGoals', g, 'activities', a, 'deadline'], date: activity.deadline, required: false });
      else {
        const read = readSentence(activity.text, 'nb');
        // A long description is not searched for a date: say so, rather than call it wrong or skip it silently.
        if (read.problem?.code === 'tooLong') dated.push({ what, path: ['subGoals', g, 'activities', a, 'text'], required: false, unread: true });
        else dated.push({ what, path: ['subGoals', g, 'activities', a, 'text'], required: false, ...read });
      }
    }),
  );
  plan.milestones.forEach((milestone, m) => dated.push({ what: () => t('prosjektplan.milestone', { text: short(milestone.description) }), path: ['milestones', m, 'date'], date: milestone.date, required: true }));
  return dated;
}

function reportDateProblem(item: Dated, problem: DateProblem, { t, report }: RuleContext): void {
  const params = { ...(problem as unknown as Record<string, string>), field: item.what() };
  const hintId = `date.${problem.code}Hint`;
  const hint = t(hintId, params);
  report({ pointer: toPointer(item.path), message: `${params.field}: ${t(`date.${problem.code}`, params)}`, ...(hint !== hintId ? { hint } : {}) });
}

const datesReadable: PlanRule = {
  id: 'date/invalid',
  severity: 'error',
  description: 'A date written in a decision point or an activity is a real date with a year.',
  check(plan, context) {
    for (const item of datedThings(plan, context.t)) if (item.problem) reportDateProblem(item, item.problem, context);
  },
};

const deadlineUnread: PlanRule = {
  id: 'date/unread',
  severity: 'warning',
  description: 'A main activity whose text is too long to find its deadline in gives the deadline in a field of its own.',
  check(plan, { t, report }) {
    for (const item of datedThings(plan, t)) {
      if (item.unread) report({ pointer: toPointer(item.path), message: t('prosjektplan.deadlineUnread', { what: item.what(), limit: MAX_DATE_LENGTH }), hint: t('prosjektplan.deadlineUnreadHint') });
    }
  },
};

const datesPresent: PlanRule = {
  id: 'date/missing',
  severity: 'error',
  description: 'Every decision point in 4.2 says when it is.',
  check(plan, { t, report }) {
    for (const item of datedThings(plan, t)) {
      if (!item.required || item.date || item.problem) continue;
      report({ pointer: toPointer(item.path), message: t('prosjektplan.undated', { what: item.what() }), hint: t('prosjektplan.undatedHint') });
    }
  },
};

const datesInPeriod: PlanRule = {
  id: 'date/outside-period',
  severity: 'error',
  description: 'Decision points, activity deadlines and milestones fall inside the project period (start + time frame in months).',
  check(plan, { t, report, lang }) {
    const period = projectPeriod(plan);
    if (!period) return;
    const hint = t('prosjektplan.outsidePeriodHint', { start: formatDate(plan.period.start, lang), months: plan.period.months });
    for (const item of datedThings(plan, t)) {
      const span = item.date?.span;
      if (!span || spanWithin(span, period)) continue;
      report({
        pointer: toPointer(item.path),
        message: t(span.from > period.to ? 'prosjektplan.afterPeriod' : span.to < period.from ? 'prosjektplan.beforePeriod' : 'prosjektplan.acrossPeriod', {
          what: item.what(),
          date: item.inSentence ? formatDate(span, lang) : formatDate(item.date!, lang),
          period: formatDate(period, lang),
        }),
        hint,
      });
    }
  },
};

export const rules: readonly PlanRule[] = [activityIds, activityUnderItsGoal, uniqueIds, datesReadable, deadlineUnread, datesPresent, datesInPeriod];

/** The rules, their texts and the key figures, as kind.yaml's `module: plan:prosjektplan`. */
export const prosjektplanModule: KindModule = {
  rules,
  messages,
  summary(plan: ProsjektplanPlan, { t, lang, asOf }) {
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
};
