import type { Severity, Span } from './diagnostic.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { PictureAccess } from './picture.js';

/**
 * A check over a plan: the shape of every rule, the library's, a kind's own module's and core's
 * (budgets, periods). Rules are pure: they report problems by JSON pointer, and the checker turns
 * pointers into positions and applies configuration.
 */
export interface RuleReport {
  /** JSON pointer of what is wrong; its line and column are found through the YAML nodes. */
  pointer: string;
  message: string;
  hint?: string;
  /** Point at the key rather than its value (for a key that should not be there). */
  target?: 'key' | 'value';
  /**
   * What to write in place of the reported key or value: a key's name, or a figure (`amount`),
   * written as the plan writes its figures there. Offered to the user; applied by `--fix` only when `safe`.
   */
  fix?: { text: string; safe?: boolean } | { amount: number; safe?: boolean };
}

export interface RuleContext {
  /** The language messages are written in. */
  lang: Lang;
  t: Translate;
  report(problem: RuleReport): void;
  /** Where a JSON pointer lands in the file, for messages that name another place ("first listed on line 12"). */
  locate(pointer: string): Span;
  /** From what share of a field's limit, in per cent, a text is near it (`.planrc.yaml`'s `limits: { warnFrom: … }`); 95 when absent. */
  warnFrom?: number;
  /** Where the plan's pictures may be read from; absent when the plan was not read from a file. */
  pictures?: PictureAccess;
}

export interface Rule<Plan> {
  /** "group/name", stable: users turn rules off and set their severity by this id. */
  id: string;
  severity: Severity;
  /** One sentence in English, for rule listings (SARIF, documentation). */
  description: string;
  /** What to do when it is reported (SARIF's help text); a general one when absent. */
  help?: string;
  /** Where the rule is documented. */
  helpUri?: string;
  check(plan: Plan, context: RuleContext): void;
  /**
   * For a rule that wants the values of one field to name entries of other lists (a row's
   * responsible role among the declared roles): the field paths (`actions[].responsible[]`, `[]`
   * for any entry), so that editors can offer the declared entries.
   */
  references?: { values: readonly string[]; in: readonly (readonly string[])[] };
}

