import type { z } from 'zod';
import type { Rule } from '../core/rule.js';
import type { BudgetView } from '../core/budget.js';
import type { Lang, Messages, Translate } from '../i18n/index.js';
import type { FormField } from '../fields/form.js';

/** The rule shape lives in core, so that core's own rules (budgets, periods) need nothing from above it. */
export type { Rule, RuleContext, RuleReport } from '../core/rule.js';

export interface KindDefinition<Plan = unknown> {
  /** The value of `kind:` in a plan. */
  id: string;
  /** The document's language: its headings, dates and amounts, and the default for messages. */
  lang: Lang;
  /** The document's title as the form prints it. */
  title: string;
  /** One sentence in English for `plan kinds`. */
  description: string;
  schema: z.ZodType<Plan>;
  rules: readonly Rule<Plan>[];
  /** The kind's own message texts, beside the core catalog. */
  messages?: Messages;
  /** Handlebars templates that produce the document's Markdown, by language, relative to the package. */
  templates: Partial<Record<Lang, string>>;
  /** The plan's budget tables and the balances between them, when the form has a budget. */
  budget?: (plan: Plan) => BudgetView;
  /**
   * Values a new plan starts with (`plan init`), where the form itself prints them: its fixed rows,
   * its column headings. Everything else starts empty.
   */
  starter?: () => unknown;
  /**
   * The plan's key figures for `plan summary`, in the language of `context.t`: what a reader of
   * this kind of document looks for first. Kinds with a budget get their totals without saying so.
   */
  summary?: (plan: Plan, context: SummaryContext) => KeyFigures;
  /** The plan as templates see it: with the values the kind works out (a risk's value) filled in where the plan leaves them out. */
  complete?: (plan: Plan) => unknown;
  /** The form's fields in its order, with their labels and limits, for `plan fields`. */
  form?: readonly FormField[];
  /** The kind's folder, for a kind defined as data: templates and the example are found there. */
  folder?: string;
  /** The example plan, absolute, when the kind has one. */
  example?: string;
}

export interface SummaryContext {
  lang: Lang;
  t: Translate;
  /** The day the figures are asked for (ISO), for what is overdue or ahead; absent for "as written". */
  asOf?: string;
}

/** Figures as label and value, in the order a reader wants them, and lists under their own titles. */
export interface KeyFigures {
  figures: { label: string; value: string | number }[];
  lists?: { title: string; items: string[] }[];
}

/** The definition with its schema's output type attached, so that rules and views are typed. */
export function defineKind<Schema extends z.ZodType>(definition: KindDefinition<z.output<Schema>> & { schema: Schema }): KindDefinition<z.output<Schema>> {
  return definition;
}

/** A registry entry, type-erased; the registry only hands a plan to the kind that parsed it. */
export type AnyKind = KindDefinition<any>;

/**
 * A kind's rules module: what no library rule can say, in the library's rule shape. A project
 * office writes one as JavaScript beside its kind file (`module: rules.js`); the package's own
 * kinds name theirs as `module: plan:<name>`, compiled with the rest of plan (src/kinds/builtin-modules.ts).
 */
export interface KindModule {
  rules: readonly Rule<any>[];
  /** Texts the rules say, by message id, in every language. */
  messages?: Messages;
  /** The kind's key figures for `plan summary`, where the kind file's `summary:` is not enough. */
  summary?: (plan: any, context: SummaryContext) => KeyFigures;
}

