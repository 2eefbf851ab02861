import type { z } from 'zod';
import { budgetRules } from '../core/budget.js';
import { compareRuleIds, type Severity } from '../core/diagnostic.js';
import { ruleIdFor } from '../check/schema-issues.js';
import { createTranslator } from '../i18n/index.js';
import type { AnyKind } from '../kinds/define.js';
import { builtinKinds, type KindRegistry } from '../kinds/registry.js';

/** A rule the tool can report, described in English for SARIF's rule list and for documentation. */
export interface RuleInfo {
  id: string;
  /** The severity it has unless a configuration file says otherwise. */
  severity: Severity;
  /** One sentence: what the rule wants. */
  short: string;
  /** What it checks, at more length. */
  full: string;
  /** What to do when it is reported. */
  help: string;
  /** The kinds of plan it is checked in; absent for rules that apply to every file. */
  kinds?: string[];
  /** Where it is documented, for rules from the rule library. */
  helpUri?: string;
}

type CoreRule = [id: string, short: string, help: string, severity?: Severity];

const FIX_YAML = 'Correct the YAML at the reported line and column; an editor with YAML support shows the same place.';

/** yaml's error codes (yaml/dist/errors.d.ts), each a rule of its own so that CI can tell them apart. */
const YAML_RULES: CoreRule[] = [
  ['ALIAS_PROPS', 'An alias (*name) has an anchor or a tag of its own, which YAML does not allow.', FIX_YAML],
  ['BAD_ALIAS', 'An alias (*name) refers to an anchor (&name) that is not defined before it.', 'Define the anchor before the alias, or write the value out in full.'],
  ['BAD_DIRECTIVE', 'A %YAML or %TAG directive is not valid.', 'Remove the directive; plans do not need directives.', 'warning'],
  ['BAD_DQ_ESCAPE', 'A "double-quoted" text contains a backslash escape that YAML does not know.', 'Write \\\\ for a backslash, or put the text in single quotes.'],
  ['BAD_INDENT', 'The indentation does not match the lines around it.', 'Indent the line with spaces to the level of its siblings.'],
  ['BAD_PROP_ORDER', 'An anchor or tag is not placed before the value it belongs to.', FIX_YAML],
  ['BAD_SCALAR_START', 'A value starts with a character YAML reserves (such as @, `, | or >) without being quoted.', 'Put the value in quotes.'],
  ['BLOCK_AS_IMPLICIT_KEY', 'A nested block is used as a key.', 'Check for a missing ":" or wrong indentation on the line above.'],
  ['BLOCK_IN_FLOW', 'Block syntax appears inside a [flow list] or {flow mapping}.', 'Write the collection either as a block (one item per line) or in flow style ([a, b]), not both.'],
  ['DUPLICATE_KEY', 'The same key appears twice in one mapping.', 'Remove or rename one of the two keys; YAML allows each key once.'],
  ['IMPOSSIBLE', 'The YAML reader reached a state it should not.', 'This is a bug in the YAML reader; simplify the YAML around the position and report the file.'],
  ['KEY_OVER_1024_CHARS', 'A key is longer than 1024 characters.', 'Check for a missing ":" after a short key.'],
  ['MISSING_CHAR', 'A quote, bracket or brace is not closed.', 'Close the quote or bracket that starts at the reported position.'],
  ['MULTILINE_IMPLICIT_KEY', 'A key spans several lines.', 'Check for a missing ":" or an unclosed quote on the line above.'],
  ['MULTIPLE_ANCHORS', 'A value has more than one anchor (&name).', 'Keep one anchor.'],
  ['MULTIPLE_DOCS', 'Several documents were found where one was expected.', 'Keep one document per file.'],
  ['MULTIPLE_TAGS', 'A value has more than one tag (!tag).', 'Keep one tag.'],
  ['NON_STRING_KEY', 'A key is a list or mapping rather than a text.', 'Use a plain text as the key.'],
  ['RESOURCE_EXHAUSTION', 'The document would take more resources to read than any plan needs.', 'Remove the aliases or nesting that make the document grow.'],
  ['TAB_AS_INDENT', 'A tab character is used for indentation.', 'Indent with spaces; YAML does not allow tabs for indentation.'],
  ['TAG_RESOLVE_FAILED', 'A value could not be read as its tag (!tag) says, or the tag is unknown.', 'Remove the tag; plans do not need tags.', 'warning'],
  ['UNEXPECTED_TOKEN', 'Unexpected text where YAML expects something else.', FIX_YAML],
  ['BAD_COLLECTION_TYPE', 'A collection tag does not fit the collection it is on.', 'Remove the tag.'],
];

const CORE_RULES: CoreRule[] = [
  ...YAML_RULES.map(([code, short, help, severity]): CoreRule => ['yaml/' + code.toLowerCase().replace(/_/g, '-'), short, help, severity]),
  ['yaml/multiple-documents', 'The file holds more than one YAML document (separated by "---").', 'Remove the "---" that starts the second document, or put each plan in a file of its own.'],
  ['yaml/alias-limit', 'The file uses YAML aliases so often that reading it would expand it beyond any real plan.', 'Write the values out instead of repeating them through aliases.'],
  ['file/empty', 'The file is empty or holds only comments.', 'Start the plan with a line "kind: <kind>"; "plan init <kind>" writes a new plan.'],
  ['file/too-large', 'The file is larger than any real plan.', 'Check that the right file is named; plans are small text files.'],
  ['file/binary', 'The file is not text: it contains a NUL byte.', 'Check that the right file is named.'],
  ['file/encoding', 'The file is not UTF-8 text.', 'Open the file in an editor and save it with the encoding UTF-8.'],
  ['file/unreadable', 'The file could not be read.', 'Check that the file exists and that you may read it.'],
  ['plan/missing-kind', 'The plan does not say which kind of document it is (no "kind:" key).', 'Add a first line "kind: <kind>"; "plan kinds" lists the kinds.'],
  ['plan/unknown-kind', 'The plan names a kind that this version of plan does not know.', 'Use one of the kinds "plan kinds" lists; check the spelling.'],
  ['plan/kind-invalid', 'The plan names a kind whose kind file has a mistake, so the plan cannot be checked.', 'Run "plan kind check" on the kind\'s folder and correct the kind file where it says.'],
  ['plan/not-a-mapping', 'The file holds a list or a single value, not a mapping of keys to values.', 'A plan is a mapping: start it with "kind: <kind>" and add the form\'s fields as keys.'],
  ['plan/unused-disable', 'A "# plan-disable-next-line" comment disables a rule that reports nothing on the next line.', 'Remove the comment, or the rule id that is no longer needed from it.', 'warning'],
  ['plan/disable-missing-rule', 'A "# plan-disable-next-line" comment names no rule.', 'Name the rules to disable: "# plan-disable-next-line budget/sum-mismatch".', 'warning'],
  ['plan/unknown-rule', 'A "# plan-disable-next-line" comment names a rule that does not exist.', 'Check the rule id\'s spelling; the rule id is printed beside each problem.', 'warning'],
  ['schema/unknown-key', 'A key that the kind\'s form does not have.', 'Remove the key or correct its spelling; the message suggests the key you probably meant.'],
  ['schema/required', 'A field the form requires is missing.', 'Add the field to the mapping the problem points at.'],
  ['schema/invalid-type', 'A value is of the wrong type (for example a list where a text is expected).', 'Write the value as the field expects it: the message names the type (a text, a number, a list of entries, a mapping of keys); "plan init <kind>" shows every field\'s shape.'],
  ['schema/invalid-value', 'A value is not one of the values allowed.', 'Use one of the values the message lists.'],
  ['schema/invalid-format', 'A value is not in the required format (an e-mail address, a web address, a date).', 'Write the value in the format the message names, such as name@kommun.se for an e-mail address or https://… for a web address.'],
  ['schema/too-small', 'A list has too few entries, or a number is too small.', 'Add the entries the form asks for, or raise the number to at least the least the message gives.'],
  ['schema/too-big', 'A list has too many entries, or a number is too large.', 'Remove entries, or lower the number to at most the most the message gives.'],
  ['schema/invalid', 'A value is not valid for its field.', 'Compare the value with the field\'s help (hover in an editor with the kind\'s schema, or "plan init <kind>") and correct it as the message says.'],
  ['schema/invalid-amount', 'An amount cannot be read exactly as whole currency units.', 'Write whole units as digits (1835000) or grouped by spaces ("1 835 000"); never "200.000", which can be read two ways.'],
  ['schema/invalid-date', 'A date cannot be read.', 'Write an ISO date (2008-05-15) or a form the plans use ("april 2007", "hösten 2005", "Q3 2008").'],
  ['field/empty-text', 'A text field the form requires is empty.', 'Write the text the form asks for.'],
  ['field/email', 'A field for an e-mail address holds something else.', 'Write an e-mail address such as name@kommun.se.'],
  ['field/out-of-range', 'A number is outside the range the form allows (a kind file\'s min and max).', 'Write a number within the range the message gives.'],
  ['internal/error', 'plan could not check the file because of an internal error.', 'This is a bug in plan; please report it with the file.'],
];

/** What to do about the budget model's problems (src/core/budget.ts), which every kind with a budget shares. */
const BUDGET_HELP: Readonly<Record<string, string>> = {
  'budget/sum-mismatch': 'Write the sum the message gives, or correct the row that is wrong; "plan budget <file>" prints every computed sum beside the stated one.',
  'budget/balance': 'Make the two totals agree: correct a row on either side, or the stated total the message names.',
  'budget/column-count': 'Give the row one cell per column (use ~ for an empty cell), or leave the row\'s cells out.',
  'budget/derived-mismatch': 'Write the figure the message gives, or correct the cells it is worked out from.',
};

/** A rule's own help where it has none written: what it asks of the plan, said as what to do. */
function ownHelp(description: string): string {
  const wanted = description.replace(/\.$/, '');
  return `Correct the plan where the message points so that this holds: ${/^[A-Z][a-z]/.test(wanted) ? wanted.charAt(0).toLowerCase() + wanted.slice(1) : wanted}.`;
}

const cache = new WeakMap<object, RuleInfo[]>();

/**
 * Every rule id the tool can report: the core's, and those of every registered kind (its rules, and
 * the message ids its schema's refinements report), so that a new kind's rules appear here without
 * anyone listing them again.
 */
export function ruleCatalog(source: KindRegistry | readonly AnyKind[] = builtinKinds()): readonly RuleInfo[] {
  const cached = cache.get(source);
  if (cached) return cached;
  // By id, not by the order they were loaded in (which a --cache run changes): the same catalogue, byte for byte, in every run.
  const kinds = [...(Array.isArray(source) ? (source as readonly AnyKind[]) : (source as KindRegistry).all())].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rules = new Map<string, RuleInfo>();
  for (const [id, short, help, severity = 'error'] of CORE_RULES) rules.set(id, { id, severity, short, full: short, help });
  for (const rule of budgetRules) rules.set(rule.id, { id: rule.id, severity: rule.severity, short: rule.description, full: rule.description, help: rule.help ?? BUDGET_HELP[rule.id] ?? ownHelp(rule.description) });

  const addKindRule = (kind: AnyKind, id: string, severity: Severity, description: string, help?: string, helpUri?: string) => {
    const known = rules.get(id);
    if (known) {
      // Shared by several kinds: one entry that lists them; a core rule stays a rule for every file.
      if (known.kinds && !known.kinds.includes(kind.id)) known.kinds.push(kind.id);
      return;
    }
    rules.set(id, { id, severity, short: description, full: description, help: help ?? ownHelp(description), ...(helpUri ? { helpUri } : {}), kinds: [kind.id] });
  };
  for (const kind of kinds) {
    for (const rule of kind.rules) addKindRule(kind, rule.id, rule.severity, rule.description, rule.help, rule.helpUri);
    const english = createTranslator('en', ...(kind.messages ? [kind.messages] : []));
    for (const messageId of refinementMessageIds(kind.schema)) {
      const text = english(messageId);
      if (text === messageId) continue;
      addKindRule(kind, ruleIdFor(messageId), 'error', describeMessage(text));
    }
  }
  for (const rule of rules.values()) {
    if (rule.kinds) rule.full = `${rule.short} Checked in plans of kind ${rule.kinds.join(', ')}.`;
  }
  const list = [...rules.values()].sort((a, b) => compareRuleIds(a.id, b.id));
  cache.set(source, list);
  return list;
}

export function findRule(id: string, kinds?: KindRegistry | readonly AnyKind[]): RuleInfo | undefined {
  return ruleCatalog(kinds).find((rule) => rule.id === id);
}

/** A message as a rule's description: "{field}: the project lasts at least one month." → "The project lasts at least one month." */
function describeMessage(text: string): string {
  const general = text.replace(/^\{\w+\}:\s*/, '').replace(/\{\w+\}/g, '…');
  return general.charAt(0).toUpperCase() + general.slice(1);
}

type Def = { type: string; checks?: unknown[]; error?: unknown; [key: string]: unknown };
const defOf = (value: unknown): Def | undefined => (value as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/**
 * The message ids a schema's own refinements and checks carry (`refine(f, { message: 'x.y' })`,
 * `z.email({ message: 'field.email' })`): each becomes a rule id through the checker's ruleIdFor.
 * zod keeps a fixed message as a function without parameters in `def.error`.
 */
function refinementMessageIds(schema: z.ZodType): Set<string> {
  const ids = new Set<string>();
  const seen = new Set<unknown>();
  const messageOf = (def: Def | undefined) => {
    if (typeof def?.error !== 'function') return;
    try {
      const message = (def.error as () => unknown)();
      if (typeof message === 'string') ids.add(message);
    } catch {
      // A message computed from the issue: not a fixed id.
    }
  };
  const visit = (node: unknown): void => {
    const def = defOf(node);
    if (!def || seen.has(node)) return;
    seen.add(node);
    messageOf(def);
    for (const check of def.checks ?? []) messageOf(defOf(check));
    for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'keyType', 'left', 'right', 'rest']) visit(def[key]);
    for (const key of ['options', 'items']) if (Array.isArray(def[key])) (def[key] as unknown[]).forEach(visit);
    if (def.shape && typeof def.shape === 'object') Object.values(def.shape as object).forEach(visit);
    if (def.type === 'lazy' && typeof def.getter === 'function') visit((def.getter as () => unknown)());
  };
  visit(schema);
  return ids;
}
