import { readDateCell, type DateSpan, type DateStatus, type PlanDate } from '../../core/dates.js';

/** A plan as kinds/handlingsplan/kind.yaml reads it: the parts the rules and figures below look at. */
export interface Handlingsplan {
  title: string;
  date: PlanDate;
  roles: { abbreviation: string; title: string }[];
  actions: HandlingsplanAction[];
  [key: string]: unknown;
}

export interface HandlingsplanAction {
  problem: string;
  action: string;
  /** One entry per statement of the cell; a single one in the plan is read as a list of one. */
  date: PlanDate[];
  responsible: { role: string; scope?: string | null }[];
}

/**
 * Where an action stands, as its plan says on the plan's own date. A status word means what it
 * says only for a date that has come: in a plan dated 15 May 2007, "Påbörjat april 2007" is a
 * fact, but "Klart 1 jan. 2008" is when the work is to be finished and "påbörjas okt 2007" when it
 * is to start. Recurring work ("Löpande", "Varje termin") is going on; work to be done at once
 * ("Omgående") and work the plan says is not done ("Ej påbörjat", "Inte klart") is planned.
 */
export type Phase = 'done' | 'ongoing' | 'planned';

export interface Statement {
  /** The entry of the row's `date` list it comes from. */
  entry: number;
  date: PlanDate;
  /** True for a status that has come about by the plan's date: done, or started and going on. */
  fact: boolean;
}

export interface ActionProgress {
  index: number;
  phase: Phase;
  /** The last day of the dates still ahead of the plan: when the action should be finished. */
  due?: string;
  statements: Statement[];
}

/**
 * The statements of a date cell. "Pågår, Klart feb 2008" says two things, of which the date reader
 * keeps the last status; read clause by clause, it says the work is going on and when it ends. A
 * cell whose clauses do not each read as a date or status is taken whole; a clause that says
 * neither ("Klart, se bilaga 3") says nothing about where the work stands.
 */
export function statementsOf(entry: PlanDate, index: number, planDay: DateSpan): Statement[] {
  const clauses = entry.text.split(/\s*[,;]\s+/).filter((clause) => clause !== '');
  let dates: PlanDate[] = [entry];
  if (clauses.length > 1) {
    const read = clauses.map((clause) => readDateCell(clause, 'sv'));
    if (read.every((r) => r.ok)) {
      const said = read.map((r) => (r as { value: PlanDate }).value).filter((date) => !date.unread);
      if (said.length > 0) dates = said;
    }
  }
  return dates.map((date) => ({ entry: index, date, fact: isFact(date, planDay) }));
}

/** Work that has come about: done, started, going on, or recurring. */
const HAPPENING = new Set<DateStatus>(['done', 'started', 'ongoing', 'continuous']);
/** "Ej genomfört 2014", "Inte påbörjat": the plan says the work is not done; the date is not a deadline ahead. */
const NOT_DONE = new Set<DateStatus>(['notDone', 'notStarted']);

function isFact(date: PlanDate, planDay: DateSpan): boolean {
  if (!date.status || !HAPPENING.has(date.status)) return false;
  return !date.span || date.span.from <= planDay.to;
}

/** A statement that says nothing of when the work is due: a negation, a follow-up alone, or text plan could not read. */
export function isNeutral(statement: Statement): boolean {
  const { date } = statement;
  return (!!date.status && NOT_DONE.has(date.status)) || (!date.span && !date.status);
}

export function progressOf(action: HandlingsplanAction, index: number, planDay: DateSpan): ActionProgress {
  const statements = action.date.flatMap((entry, i) => statementsOf(entry, i, planDay));
  const facts = statements.filter((s) => s.fact);
  const ahead = statements.filter((s) => !s.fact && !isNeutral(s));
  const notDone = statements.some((s) => s.date.status && NOT_DONE.has(s.date.status));
  const phase: Phase =
    facts.length > 0 && ahead.length === 0 && !notDone && facts.every((s) => s.date.status === 'done') ? 'done' : facts.length > 0 ? 'ongoing' : 'planned';
  const due = ahead.reduce<string | undefined>((last, s) => (s.date.span && (!last || s.date.span.to > last) ? s.date.span.to : last), undefined);
  return { index, phase, ...(due && phase !== 'done' ? { due } : {}), statements };
}

export function planDay(plan: Handlingsplan): DateSpan | undefined {
  return plan.date.span;
}

export interface Summary {
  /** The plan's date, ISO. */
  date?: string;
  actions: number;
  /** How many actions are done, going on and planned, as the plan says on its own date. */
  byPhase: Record<Phase, number>;
  /** Actions not done whose dates have all passed on the day asked about, in the plan's order. */
  overdue: { index: number; problem: string; due: string; responsible: string[] }[];
}

/** The plan's key figures: where its actions stand and, on a given day, which are overdue. */
export function summarise(plan: Handlingsplan, asOf?: string): Summary {
  const day = planDay(plan);
  const byPhase: Record<Phase, number> = { done: 0, ongoing: 0, planned: 0 };
  const overdue: Summary['overdue'] = [];
  if (day) {
    plan.actions.forEach((action, index) => {
      const progress = progressOf(action, index, day);
      byPhase[progress.phase]++;
      if (asOf && progress.due && progress.due < asOf) {
        overdue.push({ index, problem: action.problem, due: progress.due, responsible: action.responsible.map((r) => r.role) });
      }
    });
  }
  return { ...(day ? { date: day.from } : {}), actions: plan.actions.length, byPhase, overdue };
}
