import { CopyOnWrite } from '../../core/copy-on-write.js';
import { z } from 'zod';
import { once } from '../../core/once.js';
import type { BudgetBalance, BudgetTable, BudgetView, StatedFigures } from '../../core/budget.js';
import { computedTotals, effectiveTotals } from '../../core/budget.js';
import { formatDate, type PlanDate } from '../../core/dates.js';
import { toPointer, type PathSegment } from '../../core/diagnostic.js';
import { amountCell, amount, date, dateCell, email, exactDate, optionalText, phone, pictureName, strictObject, text, url, type FieldMeta } from '../../core/fields.js';
import { figure, formatFigure, readFigure } from '../../core/figures.js';
import { formatAmount } from '../../core/money.js';
import { readOrgNumber } from '../../core/orgnumber.js';
import { formatPeriod, periodOrderRule, type PeriodDates } from '../../core/period.js';
import { didYouMean } from '../../core/suggest.js';
import { excerpt, interpolate, LANGS, type Lang, type Messages, type Translate } from '../../i18n/index.js';
import { findLibraryRule, libraryMessages, LIBRARY, ruleHelpUri, type RuleEnvironment } from '../../rules/library.js';
import type { KindDefinition, KeyFigures, KindModule, Rule, RuleContext } from '../define.js';
import { evaluate, linearWeights, namesIn, parseExpression, ExpressionError, type Expression } from './expression.js';
import { localize, type ColumnSpec, type FieldSpec, type KindFile, type Localized, type RuleSpec } from './format.js';

import { dataKindMessages } from './messages.js';
import { DEFAULT_WARN_FROM, effectiveLimit, isStricter, limitSpec, measure, nearFrom, PLAN_LIMITS_KEY, readLimit, type FieldLimit } from '../../fields/limits.js';
import { pastedValue } from '../../fields/plain.js';
import type { FormField } from '../../fields/form.js';
import { linkProblems, pictureHrefs } from '../../render/links.js';
import { pictureAddress, readPicture, type PictureProblem } from '../../core/picture.js';
import { hasHoleWithin, holesOf, isHole, markPartial, retracked, untracked, UNKNOWN_MARK } from '../../core/partial.js';
import { formatFieldPath, parseFieldPath, resolvePath, type FieldPath, type Located } from './paths.js';

/** A problem in a kind file: where (a JSON pointer into kind.yaml) and what, as a message id and its params. */
export interface KindProblem {
  pointer: string;
  message: string;
  params?: Record<string, string | number>;
  hint?: { message: string; params?: Record<string, string | number> };
  target?: 'key' | 'value';
}

export interface CompiledKind {
  kind: KindDefinition<any>;
  problems: KindProblem[];
  /** The fields' specs, for template checks and editors. */
  fields: Record<string, FieldSpec>;
}


/** Fields every contact has, in the words of the document's language. */
const CONTACT_LABELS: Record<Lang, Record<string, string>> = {
  sv: { name: 'Namn', organisation: 'Organisation', role: 'Roll', phone: 'Telefon', mobile: 'Mobil', email: 'E-post' },
  nb: { name: 'Navn', organisation: 'Organisasjon', role: 'Rolle', phone: 'Telefon', mobile: 'Mobil', email: 'E-post' },
  en: { name: 'Name', organisation: 'Organisation', role: 'Role', phone: 'Telephone', mobile: 'Mobile', email: 'E-mail' },
};

function presetFields(type: 'contact' | 'person', lang: Lang): Record<string, FieldSpec> {
  const l = CONTACT_LABELS[lang];
  const base: Record<string, FieldSpec> =
    type === 'contact'
      ? { name: { type: 'text', label: l.name }, organisation: { type: 'text', label: l.organisation, required: false } }
      : { name: { type: 'text', label: l.name }, role: { type: 'text', label: l.role, required: false } };
  return { ...base, phone: { type: 'phone', label: l.phone, required: false }, mobile: { type: 'phone', label: l.mobile, required: false }, email: { type: 'email', label: l.email, required: false } };
}

/** The fields of a group-like field: its own, or a contact's and a person's with the kind's additions. */
export function subfields(spec: FieldSpec, lang: Lang): Record<string, FieldSpec> | undefined {
  if (spec.type === 'contact' || spec.type === 'person') {
    const preset = presetFields(spec.type, lang);
    const own = spec.fields ?? {};
    // A kind that restates preset fields gives the order the form prints them in ("Roll, Namn, …").
    const ordered = Object.keys(own).some((key) => key in preset) ? { ...own, ...preset, ...own } : { ...preset, ...own };
    return ordered;
  }
  if (spec.type === 'period') return { ...periodFields(lang), ...(spec.fields ?? {}) };
  if (spec.type === 'group') return spec.fields ?? {};
  return undefined;
}

/** The field a group may be written as alone (`shorthand: role` or `shorthand: { field: role, help: … }`). */
export function shorthandOf(spec: FieldSpec): string | undefined {
  return typeof spec.shorthand === 'object' ? spec.shorthand.field : spec.shorthand;
}

const NUMERIC = new Set(['amount', 'integer', 'number', 'percent']);
const YES = new Set(['true', 'ja', 'yes']);
const NO = new Set(['false', 'nej', 'nei', 'no']);

/** A period's two dates, in the words of the document's language. */
function periodFields(lang: Lang): Record<string, FieldSpec> {
  const [start, end] = { sv: ['Start', 'Slut'], nb: ['Start', 'Slutt'], en: ['Start', 'End'] }[lang];
  return { start: { type: 'fuzzy-date', label: start! }, end: { type: 'fuzzy-date', label: end! } };
}

interface BalanceInfo {
  stated: FieldPath;
  parts: string[];
  title: string;
  id: string;
  /** The id of the table whose sum is the stated figure, when `stated` names a table. */
  statedTable?: string;
}

interface TableInfo {
  spec: FieldSpec;
  path: string[];
  id: string;
}

interface ComputedInfo {
  /** The group or list entry the field is in, as a field path (with [] for list entries). */
  parent: FieldPath;
  key: string;
  formula: string;
  expression: Expression;
  spec: FieldSpec;
  /** Worked out whatever the plan says: a field the plan never writes. */
  always: boolean;
}

/**
 * Turns a kind file into the definition the checker, renderer and init use: a zod schema built
 * from the core field types, the budget view of its tables, and rules taken from the library.
 */
export interface CompileKindOptions {
  module?: KindModule;
  /**
   * A kind the package ships, whose rules' parameters and fields' keys the package's tests check
   * (plan kind check), as loadKindFolder trusts its kind file's shape: they are not checked again
   * on every run.
   */
  trusted?: boolean;
}

export function compileKind(file: KindFile, options: CompileKindOptions = {}): CompiledKind {
  const lang = file.lang;
  const problems: KindProblem[] = [];
  const tables: TableInfo[] = [];
  const computed: ComputedInfo[] = [];
  const periods: string[][] = [];
  const contacts: { path: FieldPath; spec: FieldSpec }[] = [];
  const fixedTables: TableInfo[] = [];
  /** Every text and Markdown field, with the kind's limit where it sets one: a plan may set one for any of them. */
  const textFields: TextFieldInfo[] = [];
  const markdownFields: FieldPath[] = [];
  const dateCells: FieldPath[] = [];
  const pictureFields: FieldPath[] = [];
  /** Messages of the kind's own schema checks (a group's atLeastOne), by message id and language. */
  const ownMessages: Record<Lang, Record<string, string>> = { en: {}, sv: {}, nb: {} };
  const columnLists = new Set(tableColumnSources(file.fields));

  // Message ids a kind file names (minMessage, exactlyOne) must be texts the kind can say.
  const catalog = once(() => mergeMessages(dataKindMessages, libraryMessages, ...(options.module?.messages ? [options.module.messages] : [])));
  const knownMessage = (id: string, pointer: string) => {
    if (!LANGS.some((l) => catalog()[l][id] !== undefined)) problems.push({ pointer, message: 'kindFile.unknownMessage', params: { id } });
  };

  const meta = (spec: FieldSpec, fallback: string): FieldMeta => {
    const title = localize(spec.label, lang);
    return { ...(title ? { title } : {}), description: localize(spec.help, lang) ?? title ?? fallback };
  };

  /** A text field's limit: `limit:`, or `maxLength: N`, which says the same as `limit: N`. */
  const kindLimit = (spec: FieldSpec, pointer: string): { limit?: FieldLimit } => {
    if (spec.limit !== undefined && spec.maxLength !== undefined) {
      problems.push({ pointer: `${pointer}/maxLength`, target: 'key', message: 'kindFile.limitTwice' });
      return {};
    }
    const written = spec.limit ?? spec.maxLength;
    if (written === undefined) return {};
    const read = readLimit(written);
    if (read.ok) return { limit: read.limit };
    problems.push({ pointer: `${pointer}/limit`, message: read.problem === 'oneUnit' ? 'kindFile.limitOneUnit' : 'kindFile.limitCountOptions' });
    return {};
  };

  const build = (spec: FieldSpec, key: string, fieldPath: FieldPath, pointer: string, inList: boolean): z.ZodType => {
    const m = meta(spec, key);
    const required = spec.required !== false;
    const optional = (schema: z.ZodType) => (required ? schema : schema.nullish());
    const withDefault = (schema: z.ZodType) => (spec.default !== undefined ? (schema as z.ZodType).optional().prefault(spec.default as never) : schema);
    if (spec.or) {
      // Left out or empty is the field's own business, not either alternative's, so both are built as required.
      const { or, required: _required, default: _default, ...own } = spec;
      const either = z.union([build({ ...own, required: true }, key, fieldPath, pointer, inList), build({ ...or, required: true }, key, fieldPath, `${pointer}/or`, inList)]);
      return withDefault(optional(either.register(z.globalRegistry, m)));
    }
    // A key the field's type does not take. The package's own kinds are checked so by its tests (plan kind check), not on every run.
    if (!options.trusted) {
      const notFor = (keys: (keyof FieldSpec)[]) => {
        for (const k of keys) if (spec[k] !== undefined) problems.push({ pointer: `${pointer}/${k}`, target: 'key', message: 'kindFile.notForType', params: { key: k, type: spec.type } });
      };
      const tableKeys: (keyof FieldSpec)[] = ['id', 'caption', 'rowLabel', 'rowFields', 'columns', 'rows', 'fixedRows', 'total', 'row', 'rowList', 'showEmpty'];
      if (spec.type !== 'table') notFor(tableKeys);
      if (!['text', 'markdown'].includes(spec.type)) notFor(['maxLength', 'limit']);
      if (!NUMERIC.has(spec.type)) notFor(['min', 'max', 'computed']);
      if (!['integer', 'number'].includes(spec.type)) notFor(['minMessage']);
      if (spec.minMessage !== undefined) knownMessage(spec.minMessage, `${pointer}/minMessage`);
      if (spec.type !== 'list') notFor(['items', 'orText', 'single', 'tooFew']);
      if (!['list', 'table'].includes(spec.type)) notFor(['minItems']);
      if (spec.type !== 'group') notFor(['atLeastOne', 'exactlyOne']);
      if (!['group', 'contact', 'person'].includes(spec.type)) notFor(['shorthand']);
      if (spec.type !== 'choice') notFor(['options']);
      if (!['phone', 'org-number'].includes(spec.type)) notFor(['country']);
      if (spec.type !== 'phone') notFor(['lenient']);
      if (spec.computed === undefined) notFor(['inPlan']);
      if (!['group', 'contact', 'person', 'period'].includes(spec.type)) notFor(['fields']);
    }

    let schema: z.ZodType;
    switch (spec.type) {
      case 'text':
      case 'markdown': {
        const base: z.ZodType = required ? text(m) : optionalText(m);
        // A limit is a rule, not part of the field's type: a text over it must not hide the plan's other mistakes.
        textFields.push({ path: fieldPath, markdown: spec.type === 'markdown', ...kindLimit(spec, pointer) });
        if (spec.type === 'markdown') markdownFields.push(fieldPath);
        schema = base.register(z.globalRegistry, { ...m, ...(spec.type === 'markdown' ? { format: 'markdown' } : {}) });
        return withDefault(schema);
      }
      case 'amount':
        schema = required ? amount(m) : amountCell(m);
        break;
      case 'integer': {
        let base = z.int();
        if (spec.min !== undefined) base = base.min(spec.min, spec.minMessage !== undefined ? { message: spec.minMessage } : undefined);
        if (spec.max !== undefined) base = base.max(spec.max);
        schema = optional(base.register(z.globalRegistry, m));
        break;
      }
      case 'number': {
        const { min, max, minMessage } = spec;
        schema = optional(
          figure(m).superRefine((value, ctx) => {
            if (minMessage !== undefined && min !== undefined && value < min) ctx.addIssue({ code: 'custom', message: minMessage, params: { min } });
            else if ((min !== undefined && value < min) || (max !== undefined && value > max)) ctx.addIssue({ code: 'custom', message: 'field.outOfRange', params: { min: min ?? '…', max: max ?? '…' } });
          }),
        );
        break;
      }
      case 'percent': {
        const min = spec.min ?? 0;
        const max = spec.max ?? 100;
        schema = optional(
          z
            .union([z.number(), z.string()])
            .transform((input, ctx) => {
              const read = readFigure(typeof input === 'string' ? input.replace(/\s*%\s*$/, '') : input);
              if (read.ok && read.value >= min && read.value <= max) return read.value;
              ctx.addIssue({ code: 'custom', message: 'field.percent', params: { min, max }, input });
              return z.NEVER;
            })
            .register(z.globalRegistry, m),
        );
        break;
      }
      case 'date':
        schema = optional(exactDate(m, { lang }));
        break;
      case 'fuzzy-date':
        schema = optional(date(m, { lang }));
        break;
      case 'date-cell':
        dateCells.push(fieldPath);
        schema = optional(dateCell(m, { lang }));
        break;
      case 'period': {
        const l = { sv: ['Start', 'Slut'], nb: ['Start', 'Slutt'], en: ['Start', 'End'] }[lang];
        periods.push(fieldPath.filter((s) => s !== '[]') as string[]);
        // The form's own words for its start and end, where it has them; an end is required unless the form says required: false.
        const end = (which: 'start' | 'end', word: string): z.ZodType => {
          const own = spec.fields?.[which];
          if (!own) return date({ title: word, description: word }, { lang });
          if (own.type !== 'date' && own.type !== 'fuzzy-date') problems.push({ pointer: `${pointer}/fields/${which}/type`, message: 'kindFile.periodEnd', params: { type: own.type } });
          return build({ ...own, type: own.type === 'date' ? 'date' : 'fuzzy-date' }, which, [...fieldPath, which], `${pointer}/fields/${which}`, inList);
        };
        for (const other of Object.keys(spec.fields ?? {})) if (other !== 'start' && other !== 'end') problems.push({ pointer: `${pointer}/fields/${other}`, target: 'key', message: 'schema.unknownKey', params: { key: other }, hint: { message: 'schema.knownKeys', params: { keys: '"start", "end"' } } });
        schema = optional(strictObject({ start: end('start', l[0]!), end: end('end', l[1]!) }, m));
        break;
      }
      case 'email':
        schema = optional(email(m));
        break;
      case 'phone':
        schema = optional(spec.lenient ? lenientPhone(m) : phone(m, { country: spec.country ?? (lang === 'nb' ? 'NO' : 'SE') }));
        break;
      case 'url':
        schema = optional(url(m));
        break;
      case 'picture':
        pictureFields.push(fieldPath);
        schema = optional(pictureName(m));
        break;
      case 'org-number': {
        const country = spec.country ?? (lang === 'nb' ? 'NO' : 'SE');
        schema = optional(
          z
            .union([z.string(), z.number()])
            .transform((input, ctx) => {
              const read = readOrgNumber(input, country);
              if (read.ok) return read.value;
              const { code, ...params } = read.problem;
              ctx.addIssue({ code: 'custom', message: `field.orgNumber.${code}`, params, input });
              return z.NEVER;
            })
            .register(z.globalRegistry, m),
        );
        break;
      }
      case 'choice': {
        const values = (spec.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));
        if (values.length === 0) {
          problems.push({ pointer, target: 'key', message: 'kindFile.needs', params: { type: spec.type, key: 'options' } });
          values.push('');
        }
        schema = optional(z.enum(values as [string, ...string[]]).register(z.globalRegistry, m));
        break;
      }
      case 'yes-no':
        // "ja" and "nej" are what a coordinator writes; each is read as itself, never as its opposite.
        schema = optional(
          z
            .union([z.boolean(), z.string()])
            .transform((input, ctx) => {
              if (typeof input === 'boolean') return input;
              const word = input.trim().toLowerCase();
              if (YES.has(word)) return true;
              if (NO.has(word)) return false;
              ctx.addIssue({ code: 'custom', message: 'field.yesNo', input });
              return z.NEVER;
            })
            .register(z.globalRegistry, m),
        );
        break;
      case 'list': {
        if (!spec.items) {
          problems.push({ pointer, target: 'key', message: 'kindFile.needs', params: { type: spec.type, key: 'items' } });
          return z.unknown();
        }
        const item = build(spec.items, key, [...fieldPath, '[]'], `${pointer}/items`, true);
        let list = z.array(item);
        const tooFew = spec.tooFew ? { message: ownMessage(spec.tooFew.id, spec.tooFew.message) } : undefined;
        if (spec.minItems !== undefined) list = list.min(spec.minItems, tooFew);
        // A list that names a table's columns: a table without columns is the budget's own problem.
        else if (required && columnLists.has(formatFieldPath(fieldPath))) list = list.min(1, { message: 'budget.noYears' });
        else if (required) list = list.min(1, tooFew);
        const listSchema: z.ZodType = spec.single ? z.union([item, list]).transform((value) => (Array.isArray(value) ? value : [value])) : list;
        if (spec.orText) {
          const help = typeof spec.orText === 'object' ? localize(spec.orText.help, lang) : undefined;
          schema = optional(z.union([text({ description: help ?? m.description }), listSchema]).register(z.globalRegistry, m));
          break;
        }
        schema = optional(listSchema.register(z.globalRegistry, m));
        break;
      }
      case 'group':
      case 'contact':
      case 'person': {
        const fields = subfields(spec, lang)!;
        const shape: Record<string, z.ZodType> = {};
        for (const [childKey, child] of Object.entries(fields)) {
          const childPointer = spec.fields?.[childKey] ? `${pointer}/fields/${childKey}` : pointer;
          // A field the plan never writes is not in its schema: plan works it out for templates.
          if (child.inPlan !== false) shape[childKey] = build(child, childKey, [...fieldPath, childKey], childPointer, inList);
          else build(child, childKey, [...fieldPath, childKey], childPointer, inList);
          if (child.computed !== undefined) addComputed(fieldPath, childKey, child, `${childPointer}/computed`, fields);
        }
        if (spec.type === 'contact') contacts.push({ path: fieldPath, spec });
        let group: z.ZodType = strictObject(shape, m);
        if (spec.atLeastOne) {
          const messageId = atLeastOneMessageId(spec.atLeastOne.id);
          if (!messageId) problems.push({ pointer: `${pointer}/atLeastOne/id`, message: 'kindFile.badCheckId', params: { id: spec.atLeastOne.id } });
          else {
            for (const l of ['en', 'sv', 'nb'] as const) ownMessages[l][messageId] = localize(spec.atLeastOne.message, l) ?? messageId;
            const keys = Object.keys(fields);
            group = group.refine((value) => keys.some((k) => isFilled((value as Record<string, unknown>)[k])), { message: messageId }).register(z.globalRegistry, m);
          }
        }
        if (spec.exactlyOne) group = exactlyOneOf(group, spec.exactlyOne, fields, `${pointer}/exactlyOne`).register(z.globalRegistry, m);
        const short = shorthandOf(spec);
        if (short !== undefined && !shape[short]) {
          const suggestion = didYouMean(short, Object.keys(shape));
          problems.push({ pointer: `${pointer}/shorthand`, message: 'kindFile.unknownField', params: { path: short }, ...(suggestion ? { hint: { message: 'schema.didYouMean', params: { suggestion } } } : {}) });
        }
        schema =
          short !== undefined && shape[short]
            ? // Rules and templates see one shape, whichever way the plan wrote the entry.
              optional(
                z
                  .union([shape[short], group])
                  .transform((value) => (value !== null && typeof value === 'object' ? value : { [short]: value }))
                  .register(z.globalRegistry, { ...m, description: (typeof spec.shorthand === 'object' ? localize(spec.shorthand.help, lang) : undefined) ?? m.description }),
              )
            : optional(group);
        break;
      }
      case 'table': {
        if (inList) problems.push({ pointer, target: 'key', message: 'kindFile.tableInList' });
        schema = optional(buildTable(spec, key, fieldPath, pointer));
        break;
      }
    }
    return withDefault(schema);
  };

  /** A group in which exactly one of some optional fields is filled in, said as a problem of the group itself. */
  const exactlyOneOf = (object: z.ZodType, rule: { fields: string[]; message?: string }, fields: Record<string, FieldSpec>, pointer: string): z.ZodType => {
    rule.fields.forEach((key, i) => {
      if (!Object.prototype.hasOwnProperty.call(fields, key)) {
        const suggestion = didYouMean(key, Object.keys(fields));
        problems.push({ pointer: `${pointer}/fields/${i}`, message: 'kindFile.unknownField', params: { path: key }, ...(suggestion ? { hint: { message: 'schema.didYouMean', params: { suggestion } } } : {}) });
      } else if (fields[key]!.required !== false) problems.push({ pointer: `${pointer}/fields/${i}`, message: 'kindFile.exactlyOneRequired', params: { key } });
    });
    if (rule.message !== undefined) knownMessage(rule.message, `${pointer}/message`);
    const message = rule.message ?? 'field.exactlyOne';
    const names = rule.fields.map((key) => `"${key}"`).join(', ');
    // A fixed message, so that the rule catalog (SARIF, plan rules) finds the id in the schema.
    return object.refine(
      (value) => {
        const holder = value as Record<string, unknown>;
        return rule.fields.filter((key) => holder[key] !== undefined && holder[key] !== null && !(typeof holder[key] === 'string' && !/\S/.test(holder[key] as string))).length === 1;
      },
      { message, params: { fields: names } },
    );
  };

  const addComputed = (parent: FieldPath, key: string, spec: FieldSpec, pointer: string, siblings: Record<string, FieldSpec>) => {
    const expression = readFormula(spec.computed!, pointer, reachableNames(siblings, key, lang));
    if (expression) computed.push({ parent, key, formula: spec.computed!, expression, spec, always: spec.inPlan === false });
  };

  const readFormula = (formula: string, pointer: string, names: readonly string[]): Expression | undefined => {
    try {
      const expression = parseExpression(formula);
      for (const name of namesIn(expression)) {
        if (!names.includes(name)) {
          const suggestion = didYouMean(name, names);
          problems.push({ pointer, message: 'kindFile.formulaName', params: { formula, name }, ...(suggestion ? { hint: { message: 'schema.didYouMean', params: { suggestion } } } : {}) });
          return undefined;
        }
      }
      return expression;
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      problems.push({ pointer, message: 'kindFile.badFormula', params: { formula, reason: error.message } });
      return undefined;
    }
  };

  const buildTable = (spec: FieldSpec, key: string, fieldPath: FieldPath, pointer: string): z.ZodType => {
    const m = meta(spec, key);
    const id = spec.id ?? localize(spec.label, lang) ?? key;
    const info: TableInfo = { spec, path: fieldPath as string[], id };
    tables.push(info);
    if (spec.fixedRows) fixedTables.push(info);
    const rowKey = spec.rowLabel?.key ?? 'label';
    const rowShape: Record<string, z.ZodType> = {
      [rowKey]: text({ ...(localize(spec.rowLabel?.label, lang) ? { title: localize(spec.rowLabel?.label, lang)! } : {}), description: localize(spec.rowLabel?.help, lang) ?? localize(spec.rowLabel?.label, lang) ?? rowKey }),
    };
    for (const [extraKey, extra] of Object.entries(spec.rowFields ?? {})) rowShape[extraKey] = build(extra, extraKey, [...fieldPath, 'rows', '[]', extraKey], `${pointer}/rowFields/${extraKey}`, true);
    const cell = (label: string, negative = false, help?: string) => amountCell(help ? { description: help } : { title: label, description: label }, { allowNegative: negative });
    const stated = spec.total?.stated ?? 'optional';
    const totalLabel = localize(spec.total?.label, lang) ?? dataKindMessages[lang]['table.sum']!;
    const shape: Record<string, z.ZodType> = {};
    const columns = spec.columns;
    if (!columns) {
      problems.push({ pointer, target: 'key', message: 'kindFile.needs', params: { type: 'table', key: 'columns' } });
      return z.unknown();
    }
    if ('from' in columns && typeof columns.from === 'string') {
      const from = parseFieldPath(columns.from);
      if (!from) problems.push({ pointer: `${pointer}/columns/from`, message: 'kindFile.badPath', params: { path: columns.from } });
      if (spec.total?.figure) problems.push({ pointer: `${pointer}/total/figure`, message: 'kindFile.figureTotal' });
      const named = columns as { from: string; help?: Localized; cellHelp?: Localized };
      const cellHelp = localize(named.cellHelp, lang);
      const amountsHelp = localize(named.help, lang) ?? 'One amount per column, in the order of the columns.';
      const totalHelp = localize(spec.total?.help, lang) ?? totalLabel;
      rowShape.amounts = z.array(cell(totalLabel, false, cellHelp)).optional().register(z.globalRegistry, { description: amountsHelp });
      if (stated !== 'never') shape.total = stated === 'required' ? z.array(cell(totalLabel, false, cellHelp)) : z.array(cell(totalLabel, false, cellHelp)).optional().register(z.globalRegistry, { title: totalLabel, description: totalHelp });
    } else {
      const keyed = columns as Record<string, ColumnSpec>;
      const own = Object.entries(keyed).filter(([, column]) => column.computed === undefined).map(([k]) => k);
      const totalShape: Record<string, z.ZodType> = {};
      for (const [columnKey, column] of Object.entries(keyed)) {
        const label = localize(column.label, lang) ?? columnKey;
        const help = localize(column.help, lang);
        // A worked-out column (a deviation) is negative where the outcome is below the budget.
        const negative = column.computed !== undefined;
        // A cell is named by its column in messages ("Beløp"), with the column's help for editors.
        const cellMeta = { title: label, description: help ?? label };
        rowShape[columnKey] = column.required && !negative ? amount(cellMeta) : amountCell(cellMeta, { allowNegative: negative }).optional();
        totalShape[columnKey] = cell(`${totalLabel} ${label}`, negative).optional();
        if (column.computed !== undefined) {
          const expression = readFormula(column.computed, `${pointer}/columns/${columnKey}/computed`, own);
          if (expression && !linearWeights(expression, own)) problems.push({ pointer: `${pointer}/columns/${columnKey}/computed`, message: 'kindFile.badFormula', params: { formula: column.computed, reason: 'a table column adds and subtracts other columns, it does not multiply them' } });
        }
      }
      const totalHelp = localize(spec.total?.help, lang) ?? totalLabel;
      const totalMeta = { title: totalLabel, description: totalHelp };
      if (spec.total?.figure) {
        if (own.length !== 1 || Object.keys(keyed).length !== 1) problems.push({ pointer: `${pointer}/total/figure`, message: 'kindFile.figureTotal' });
        if (stated !== 'never') shape.total = stated === 'required' ? amount(totalMeta) : amount(totalMeta).nullish();
      } else if (stated !== 'never') shape.total = stated === 'required' ? strictObject(totalShape, totalMeta) : strictObject(totalShape, totalMeta).optional();
    }
    const rowTitle = localize(spec.row?.label, lang) ?? localize(spec.rowLabel?.label, lang);
    const rowMeta = { ...(rowTitle ? { title: rowTitle } : {}), description: localize(spec.row?.help, lang) ?? m.description };
    let rows = z.array(strictObject(rowShape, rowMeta));
    if (spec.minItems !== undefined) rows = rows.min(spec.minItems);
    // The list of rows is named by rowList, else by what a row is ("Kostnadsslag"), as messages about the rows say it.
    const listTitle = localize(spec.rowList?.label, lang) ?? rowTitle;
    // Rows before their sum, as the form prints them and `plan init` writes them.
    const { total, ...rest } = shape;
    const ordered: Record<string, z.ZodType> = { ...rest, rows: rows.register(z.globalRegistry, { ...(listTitle ? { title: listTitle } : {}), description: localize(spec.rowList?.help, lang) ?? m.description }), ...(total ? { total } : {}) };
    return strictObject(ordered, m);
  };

  /** Messages the kind file words itself (a list's `tooFew`), under an id the checker turns back into the rule id. */
  function ownMessage(ruleId: string, text: Localized): string {
    const [group, name = ''] = ruleId.split('/');
    const id = `${group}.${name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
    for (const l of LANGS) ownMessages[l][id] = localize(text, l)!;
    return id;
  }

  const rootShape: Record<string, z.ZodType> = { kind: z.literal(file.id).register(z.globalRegistry, { description: dataKindMessages[lang]['kind.key']!.replace('{id}', file.id) }) };
  for (const [key, spec] of Object.entries(file.fields)) {
    const built = build(spec, key, [key], `/fields/${key}`, false);
    // `limits:` is every plan's own key, as `kind:` is: where a call sets a stricter limit than the form.
    if (key === PLAN_LIMITS_KEY) problems.push({ pointer: `/fields/${key}`, target: 'key', message: 'kindFile.reservedKey', params: { key } });
    else if (spec.inPlan !== false) rootShape[key] = built;
    if (spec.computed !== undefined) addComputed([], key, spec, `/fields/${key}/computed`, file.fields);
  }
  if (textFields.length > 0) rootShape[PLAN_LIMITS_KEY] = planLimitsSchema(textFields, lang);
  const schema = strictObject(rootShape, { title: file.title, description: localize(file.help, lang) ?? file.description });

  // Rules ask for the same paths' specs for every plan, and findSpec makes a contact's, a period's
  // and a table's fields afresh at each step: each path is looked up once. Paths are never changed.
  const specs = new WeakMap<FieldPath, FieldSpec | undefined>();
  const specAt = (path: FieldPath): FieldSpec | undefined => {
    let found = specs.get(path);
    if (found === undefined && !specs.has(path)) specs.set(path, (found = findSpec(file.fields, path, lang)));
    return found;
  };
  const label = (path: FieldPath): string => {
    const found = specAt(path);
    const own = found && localize(found.label, lang);
    if (own) return own;
    // An entry of a list is named by its list: "Roller" for roles[].
    if (path.length > 1 && path[path.length - 1] === '[]') return label(path.slice(0, -1));
    return formatFieldPath(path);
  };
  const show = (path: FieldPath, value: unknown): string => {
    const found = specAt(path);
    if (typeof value === 'number') return found?.type === 'amount' ? formatAmount(value) : formatFigure(value);
    if (value && typeof value === 'object' && 'text' in value) return formatDate(value as PlanDate, lang);
    return String(value ?? '');
  };

  /** Computed fields worked out where the plan leaves them out, written through `view`. */
  const fillComputed = (view: CopyOnWrite): void => {
    for (const info of computed) {
      for (const place of resolvePath(view.root, info.parent)) {
        const found = place.value as Record<string, unknown> | undefined;
        if (!found || typeof found !== 'object' || (!info.always && found[info.key] !== undefined && found[info.key] !== null)) continue;
        const value = evaluate(info.expression, (name) => numberAt(found, name));
        if (value !== undefined) view.writableAt(place.path)![info.key] = value;
      }
    }
  };

  /**
   * The plan with computed fields worked out where it leaves them out, as templates and rules see it.
   * It shares with the plan what it does not change, so neither may be changed.
   */
  const complete = (plan: unknown): unknown => {
    if (computed.length === 0) return plan;
    const view = new CopyOnWrite(plan);
    fillComputed(view);
    return view.root;
  };

  // The rules' view and the budget rules both need a plan's budget: it is worked out once a plan.
  const budgets = new WeakMap<object, BudgetView>();
  const budget = (plan: unknown): BudgetView => {
    // A plan a rule reads through its tracker (check/check.ts) is read so, not from the memo.
    if (plan === null || typeof plan !== 'object' || untracked(plan) !== plan) return budgetView(plan, tables, balances, lang);
    let made = budgets.get(plan);
    if (made === undefined) budgets.set(plan, (made = budgetView(plan, tables, balances, lang)));
    return made;
  };
  const balances: BalanceInfo[] = [];

  /** What rules see: computed fields worked out, and every table's `total` the sums of its rows. Made once a plan: every rule reads it. */
  const views = new WeakMap<object, unknown>();
  const ruleView = (plan: unknown): unknown => {
    if (plan === null || typeof plan !== 'object') return plan;
    // A partial plan comes to rules tracked (check/check.ts); the view is worked out from the plan itself and tracked alike.
    const raw = untracked(plan) as object;
    let made = views.get(raw);
    if (made === undefined) views.set(raw, (made = makeRuleView(raw)));
    return retracked(plan, made);
  };
  const makeRuleView = (plan: unknown): unknown => {
    const view = new CopyOnWrite(plan);
    fillComputed(view);
    const budgetTables = budget(plan).tables;
    const unknownSums: string[] = [];
    for (const info of tables) {
      const place = resolvePath(view.root, info.path)[0];
      const table = budgetTables.find((t) => t.id === info.id);
      const holder = place && place.value !== null && typeof place.value === 'object' ? view.writableAt(place.path) : undefined;
      if (!holder || !table) continue;
      const sums = computedTotals(table);
      const columns = info.spec.columns!;
      if ('from' in columns && typeof columns.from === 'string') holder.total = sums;
      else if (info.spec.total?.figure) holder.total = sums[0] ?? null;
      else holder.total = Object.fromEntries(Object.keys(columns).map((k, i) => [k, sums[orderedColumns(columns as Record<string, ColumnSpec>).indexOf(k)] ?? sums[i] ?? null]));
      // A sum over a missing or invalid figure is not known: a rule that needs it says nothing.
      if (hasHoleWithin(plan, [...info.path, 'rows']) || isColumnSourceHole(plan, info.spec)) unknownSums.push(toPointer([...info.path, 'total']));
    }
    return markPartial(view.root, [...holesOf(plan), ...unknownSums]);
  };

  /** A group a plan may write as one of its fields stands, in rules, for that field: a role reference is its role. */
  const resolveForRules = (plan: unknown, path: FieldPath, bound?: readonly number[]) => {
    const places = resolvePath(plan, path, bound);
    const found = specAt(path);
    const short = found && shorthandOf(found);
    if (short === undefined) return places;
    // The places are this call's own: each is moved on to its shorthand field in place.
    for (const place of places) if (place.value !== null && typeof place.value === 'object' && !Array.isArray(place.value)) place.value = (place.value as Record<string, unknown>)[short];
    return places;
  };
  const env: RuleEnvironment = { resolve: resolveForRules, label, show, lang, type: (path) => specAt(path)?.type };
  const rules: Rule<unknown>[] = [];

  (file.rules ?? []).forEach((ruleSpec, index) => {
    const compiled = compileRule(ruleSpec, `/rules/${index}`, file.fields, specAt, problems, env, ruleView, lang, options.trusted === true);
    if (compiled?.balance) balances.push(compiled.balance);
    if (compiled?.rule) rules.push(compiled.rule);
  });
  (file.summary ?? []).forEach((entry, index) => {
    for (const key of ['value', 'count'] as const) {
      const text = entry[key];
      if (text === undefined) continue;
      const path = parseFieldPath(text);
      if (!path) problems.push({ pointer: `/summary/${index}/${key}`, message: 'kindFile.badPath', params: { path: text } });
      else if (!specAt(path)) problems.push({ pointer: `/summary/${index}/${key}`, message: 'kindFile.unknownField', params: { path: text } });
    }
  });
  for (const period of periods) rules.push(periodOrderRule<unknown>((plan) => resolvePath(plan, period)[0]?.value as PeriodDates | undefined, toPointer(period)));
  if (contacts.length > 0) rules.push(reachableRule(contacts));
  if (computed.some((info) => !info.always)) rules.push(computedRule(computed, label, show));
  if (fixedTables.length > 0) rules.push(fixedRowsRule(fixedTables));
  if (textFields.length > 0) rules.push(...lengthRules(textFields, label, lang));
  if (markdownFields.length > 0) rules.push(linkRule(markdownFields, label));
  if (dateCells.length > 0) rules.push(unreadCellRule(dateCells, label));
  if (markdownFields.length > 0 || pictureFields.length > 0) rules.push(pictureRule(pictureFields, markdownFields, label));
  for (const rule of options.module?.rules ?? []) rules.push(rule);

  const starter = () => starterOf(file.fields, lang);
  const limitAt = new Map(textFields.flatMap((info) => (info.limit ? [[formatFieldPath(info.path), info.limit] as const] : [])));
  const formOf = (fields: Record<string, FieldSpec>, parent: FieldPath): FormField[] =>
    Object.entries(fields)
      .filter(([key, spec]) => spec.inPlan !== false && !(parent.length === 0 && key === PLAN_LIMITS_KEY))
      .map(([key, spec]) => formField(key, spec, [...parent, key]));
  const formField = (key: string, spec: FieldSpec, path: FieldPath): FormField => {
    const limit = limitAt.get(formatFieldPath(path));
    const inner = spec.type === 'table' || spec.type === 'list' ? undefined : subfields(spec, lang);
    return {
      key,
      path,
      label: label(path),
      type: spec.type,
      ...(limit ? { limit } : {}),
      ...(inner ? { fields: formOf(inner, path) } : {}),
      ...(spec.type === 'list' && spec.items ? { item: formField(key, spec.items, [...path, '[]']) } : {}),
    };
  };
  const kind: KindDefinition<any> = {
    id: file.id,
    lang,
    title: file.title,
    description: file.description,
    schema,
    rules,
    messages: mergeMessages(dataKindMessages, libraryMessages, ownMessages, ...(options.module?.messages ? [options.module.messages] : [])),
    templates: {},
    ...(tables.length > 0 ? { budget } : {}),
    starter,
    complete,
    form: formOf(file.fields, []),
    ...(options.module?.summary
      ? { summary: options.module.summary }
      : file.summary
        ? { summary: (plan: unknown, context?: { lang: Lang }) => summaryOf(file, untracked(plan), complete(untracked(plan)), show, context?.lang ?? lang) }
        : {}),
  };
  return { kind, problems, fields: file.fields };
}

/**
 * A phone kept as the plan writes it, for the rules phone-format and phone-complete to judge. Only
 * a number YAML has read as digits is refused here: its + or leading 0 is already lost.
 */
function lenientPhone(meta: FieldMeta): z.ZodType {
  return z
    .union([z.string(), z.number()])
    .transform((input, ctx) => {
      if (typeof input === 'string') return input;
      ctx.addIssue({ code: 'custom', message: 'contact.phoneYamlNumber', params: { digits: String(input) }, input });
      return z.NEVER;
    })
    .register(z.globalRegistry, meta);
}

/** The names a formula beside `key` may use: its sibling fields, and with dots the fields of a sibling group. */
function reachableNames(siblings: Record<string, FieldSpec>, key: string, lang: Lang): string[] {
  const names: string[] = [];
  const visit = (fields: Record<string, FieldSpec>, prefix: string) => {
    for (const [name, spec] of Object.entries(fields)) {
      if (prefix === '' && name === key) continue;
      names.push(prefix + name);
      const inner = spec.type === 'list' || spec.type === 'table' ? undefined : subfields(spec, lang);
      if (inner) visit(inner, `${prefix}${name}.`);
    }
  };
  visit(siblings, '');
  return names;
}

/** The number a formula's name stands for, following dots into sibling groups. */
function numberAt(holder: Record<string, unknown>, name: string): number | undefined {
  let value: unknown = holder;
  for (const part of name.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'number' ? value : undefined;
}

function orderedColumns(columns: Record<string, ColumnSpec>): string[] {
  const own = Object.entries(columns).filter(([, c]) => c.computed === undefined).map(([k]) => k);
  const derived = Object.entries(columns).filter(([, c]) => c.computed !== undefined).map(([k]) => k);
  return [...own, ...derived];
}

export function mergeMessages(...catalogs: Messages[]): Messages {
  return {
    en: Object.assign({}, ...catalogs.map((c) => c.en)),
    sv: Object.assign({}, ...catalogs.map((c) => c.sv)),
    nb: Object.assign({}, ...catalogs.map((c) => c.nb)),
  };
}

/**
 * The spec a field path names, looking into groups, lists, periods and tables (`rows[]`, a column,
 * `total`, `total.<column>`); undefined for a path the kind has no field at.
 */
export function findSpec(fields: Record<string, FieldSpec>, path: FieldPath, lang: Lang): FieldSpec | undefined {
  let current: FieldSpec | undefined = { type: 'group', fields };
  for (const segment of path) {
    if (!current) return undefined;
    if (current.type === 'list') {
      if (segment !== '[]') return undefined;
      current = current.items;
      continue;
    }
    if (current.type === 'period') {
      current = segment === 'start' || segment === 'end' ? (current.fields?.[segment] ?? { type: 'fuzzy-date', label: current.label }) : undefined;
      continue;
    }
    if (current.type === 'table') {
      const table: FieldSpec = current;
      const columns = table.columns ?? {};
      const totalLabel = localize(table.total?.label, lang);
      if (segment === 'rows') current = { type: 'list', items: { type: 'group', label: table.label, fields: tableRowFields(table) } };
      else if (segment === 'total') {
        current = table.total?.figure
          ? { type: 'amount', label: totalLabel ?? table.label }
          : 'from' in columns && typeof columns.from === 'string' ? { type: 'list', label: totalLabel ?? table.label, items: { type: 'amount', label: totalLabel ?? table.label } } : { type: 'group', label: totalLabel ?? table.label, fields: Object.fromEntries(Object.entries(columns as Record<string, ColumnSpec>).map(([k, c]) => [k, { type: 'amount', label: `${localize(table.label, lang) ?? ''}: ${localize(c.label, lang) ?? k}${totalLabel ? ` (${totalLabel})` : ''}` } as FieldSpec])) };
      } else return undefined;
      continue;
    }
    const fieldsHere: Record<string, FieldSpec> | undefined = subfields(current, lang);
    if (!fieldsHere || segment === '[]' || !Object.prototype.hasOwnProperty.call(fieldsHere, segment)) return undefined;
    current = fieldsHere[segment];
  }
  return current;
}

function tableRowFields(table: FieldSpec): Record<string, FieldSpec> {
  const rowKey = table.rowLabel?.key ?? 'label';
  const fields: Record<string, FieldSpec> = { [rowKey]: { type: 'text', ...(table.rowLabel?.label ? { label: table.rowLabel.label } : {}) } };
  Object.assign(fields, table.rowFields ?? {});
  const columns = table.columns ?? {};
  if ('from' in columns && typeof columns.from === 'string') fields.amounts = { type: 'list', items: { type: 'amount', label: table.label } };
  else for (const [k, c] of Object.entries(columns as Record<string, ColumnSpec>)) fields[k] = { type: 'amount', label: c.label ?? k, required: false };
  return fields;
}

/** What a table's budget is made of that is the same in every plan: its labels, columns and formulas. */
interface TableLayout {
  rowKey: string;
  totalLabel: string;
  title: string;
  rowsPath: PathSegment[];
  labelHeading: string | undefined;
  /** Columns named by another field's list of names. */
  namesFrom?: FieldPath;
  own: string[];
  derivedKeys: string[];
  derived: { label: string; weights: number[] }[];
  headings: string[];
}

const tableLayouts = new WeakMap<TableInfo, Partial<Record<Lang, TableLayout>>>();

/** Worked out once a table and language: parsing its formulas for every plan was 1 % of checking 1,000 plans. */
function tableLayout(info: TableInfo, lang: Lang): TableLayout {
  let byLang = tableLayouts.get(info);
  if (!byLang) tableLayouts.set(info, (byLang = {}));
  const made = byLang[lang];
  if (made) return made;
  const spec = info.spec;
  const columns = spec.columns!;
  const common = {
    rowKey: spec.rowLabel?.key ?? 'label',
    totalLabel: localize(spec.total?.label, lang) ?? dataKindMessages[lang]['table.sum']!,
    title: localize(spec.caption, lang) ?? localize(spec.label, lang) ?? info.id,
    rowsPath: [...info.path, 'rows'],
    labelHeading: localize(spec.rowLabel?.heading ?? spec.rowLabel?.label, lang),
  };
  let layout: TableLayout;
  if ('from' in columns && typeof columns.from === 'string') {
    layout = { ...common, namesFrom: parseFieldPath(columns.from) ?? [], own: [], derivedKeys: [], derived: [], headings: [] };
  } else {
    const keyed = columns as Record<string, ColumnSpec>;
    const own = Object.entries(keyed).filter(([, c]) => c.computed === undefined).map(([k]) => k);
    const derivedKeys = Object.entries(keyed).filter(([, c]) => c.computed !== undefined).map(([k]) => k);
    const derived = derivedKeys.map((k) => ({ label: localize(keyed[k]!.heading ?? keyed[k]!.label, lang) ?? k, weights: linearWeights(parseExpression(keyed[k]!.computed!), own) ?? own.map(() => 0) }));
    layout = { ...common, own, derivedKeys, derived, headings: own.map((k) => localize(keyed[k]!.heading ?? keyed[k]!.label, lang) ?? k) };
  }
  byLang[lang] = layout;
  return layout;
}

function budgetView(plan: unknown, tables: readonly TableInfo[], balances: readonly BalanceInfo[], lang: Lang): BudgetView {
  const out: BudgetTable[] = [];
  for (const info of tables) {
    const spec = info.spec;
    const value = (resolvePath(plan, info.path)[0]?.value ?? (spec.showEmpty ? { rows: [] } : undefined)) as { rows?: Record<string, unknown>[]; total?: unknown } | undefined;
    if (!value) continue;
    const layout = tableLayout(info, lang);
    const { rowKey, totalLabel, title, rowsPath, labelHeading } = layout;
    if (layout.namesFrom) {
      const names = resolvePath(plan, layout.namesFrom)[0]?.value;
      const headings = Array.isArray(names) ? names.map(String) : [];
      out.push({
        id: info.id,
        title,
        columns: headings,
        ...(isColumnSourceHole(plan, spec) ? { unknownColumns: true } : {}),
        ...(labelHeading ? { labelHeading } : {}),
        rows: (value.rows ?? []).map((row, index) => {
          const path = [...rowsPath, index, 'amounts'];
          // A figure that is missing or invalid is not known (NaN), and neither is any sum over it.
          const amounts = isHole(plan, path) ? headings.map(() => NaN) : Array.isArray(row.amounts) ? (row.amounts as (number | null)[]).map((cell, i) => (isHole(plan, [...path, i]) ? NaN : cell)) : [];
          return { label: String(row[rowKey] ?? ''), ...(typeof row.note === 'string' && row.note ? { note: row.note } : {}), amounts, path };
        }),
        totalLabel,
        ...(Array.isArray(value.total) ? { stated: { amounts: value.total as (number | null)[], path: [...info.path, 'total'], perColumn: true } } : {}),
      });
      continue;
    }
    const { own, derivedKeys, derived } = layout;
    const statedOf = (holder: Record<string, unknown>, keys: string[], base: PathSegment[]): StatedFigures | undefined => {
      if (!keys.some((k) => holder[k] !== undefined && holder[k] !== null)) return undefined;
      return { amounts: keys.map((k) => (holder[k] as number | null | undefined) ?? null), path: base, perColumn: true, paths: keys.map((k) => [...base, k]) };
    };
    const total = value.total && typeof value.total === 'object' ? (value.total as Record<string, unknown>) : undefined;
    const statedTotal = spec.total?.figure
      ? typeof value.total === 'number'
        ? { amounts: [value.total], path: [...info.path, 'total'], perColumn: false }
        : undefined
      : total
        ? statedOf(total, [...own, ...derivedKeys], [...info.path, 'total'])
        : undefined;
    out.push({
      id: info.id,
      title,
      // Copies: a plan's budget is its own to change, as it was when each was made for it.
      columns: [...layout.headings],
      ...(labelHeading ? { labelHeading } : {}),
      ...(derived.length ? { derived: derived.map((d) => ({ label: d.label, weights: [...d.weights] })) } : {}),
      rows: (value.rows ?? []).map((row, index) => {
        const stated = statedOf(row, derivedKeys, [...rowsPath, index]);
        return {
          label: String(row[rowKey] ?? ''),
          ...(typeof row.note === 'string' && row.note ? { note: row.note } : {}),
          amounts: own.map((k) => (isHole(plan, [...rowsPath, index, k]) ? NaN : ((row[k] as number | null | undefined) ?? null))),
          path: [...rowsPath, index],
          ...(stated ? { stated } : {}),
        };
      }),
      totalLabel,
      ...(statedTotal ? { stated: statedTotal } : {}),
    });
  }
  const balanceList: BudgetBalance[] = balances.flatMap((balance): BudgetBalance[] => {
    if (balance.statedTable !== undefined) {
      // A table's sum as the reader sees it: its stated sum row, else what its rows add up to.
      const table = out.find((candidate) => candidate.id === balance.statedTable);
      if (!table) return [];
      const amounts = effectiveTotals(table).slice(0, table.columns.length);
      const stated: StatedFigures = table.stated ? { ...table.stated, amounts } : { amounts, path: balance.stated as string[], perColumn: false };
      return [{ id: balance.id, title: balance.title, stated, parts: balance.parts }];
    }
    const amounts = resolvePath(plan, balance.stated)[0]?.value;
    return [{ id: balance.id, title: balance.title, stated: { amounts: Array.isArray(amounts) ? (amounts as (number | null)[]) : [], path: balance.stated as string[], perColumn: true }, parts: balance.parts }];
  });
  return { tables: out, balances: balanceList };
}

function compileRule(
  spec: RuleSpec,
  pointer: string,
  rootFields: Record<string, FieldSpec>,
  specAt: (path: FieldPath) => FieldSpec | undefined,
  problems: KindProblem[],
  env: RuleEnvironment,
  ruleView: (plan: unknown) => unknown,
  lang: Lang,
  trusted: boolean,
): { rule?: Rule<unknown>; balance?: BalanceInfo } | undefined {
  const library = findLibraryRule(spec.use);
  if (!library) {
    const suggestion = didYouMean(spec.use, LIBRARY.map((r) => r.name));
    problems.push({ pointer: `${pointer}/use`, message: 'kindFile.unknownRule', params: { use: spec.use }, hint: suggestion ? { message: 'schema.didYouMean', params: { suggestion } } : { message: 'kindFile.rulesHint', params: { rules: LIBRARY.map((r) => r.name).join(', ') } } });
    return undefined;
  }
  const { use: _use, id, severity, description, message, hint, quote, messages: ownTexts, ...rawParams } = spec;
  const messageIds = Object.keys(library.messages.en ?? {});
  for (const key of Object.keys(ownTexts ?? {})) {
    if (messageIds.includes(key)) continue;
    const suggestion = didYouMean(key, messageIds);
    problems.push({ pointer: toPointer([...pointer.slice(1).split('/'), 'messages', key]), target: 'key', message: 'schema.unknownKey', params: { key }, hint: suggestion ? { message: 'schema.didYouMean', params: { suggestion } } : { message: 'schema.knownKeys', params: { keys: messageIds.map((k) => `"${k}"`).join(', ') } } });
  }
  // No library rule's parameters are transformed or given defaults, so what parsing gives is what is written.
  const parsed = trusted ? { success: true as const, data: rawParams } : library.params().safeParse(rawParams);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const schema = library.params();
        const known = Object.keys(((schema as unknown as { _zod: { def: { shape?: object; in?: { _zod: { def: { shape?: object } } } } } })._zod.def.shape ?? (schema as unknown as { _zod: { def: { in: { _zod: { def: { shape: object } } } } } })._zod.def.in._zod.def.shape) ?? {});
        for (const key of issue.keys) {
          const suggestion = didYouMean(key, known);
          problems.push({ pointer: toPointer([...pointer.slice(1).split('/'), ...issue.path.map(String), key]), target: 'key', message: 'schema.unknownKey', params: { key }, hint: suggestion ? { message: 'schema.didYouMean', params: { suggestion } } : { message: 'schema.knownKeys', params: { keys: known.map((k) => `"${k}"`).join(', ') } } });
        }
      } else {
        problems.push({ pointer: toPointer([...pointer.slice(1).split('/'), ...issue.path.map(String)]), message: 'schema.invalid', params: { field: `"${issue.path.join('.') || spec.use}"`, detail: issue.message } });
      }
    }
    return undefined;
  }
  const params = parsed.data as Record<string, unknown>;
  const paths: Record<string, FieldPath> = {};
  /** The path the author probably meant: the longest prefix that exists, with its next key corrected. */
  const suggestPath = (path: FieldPath): string | undefined => {
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const parent = depth === 0 ? undefined : specAt(path.slice(0, depth));
      if (depth > 0 && !parent) continue;
      const candidates = Object.keys(childFields(parent ?? null));
      const fixed = didYouMean(String(path[depth]), candidates);
      if (!fixed) return undefined;
      const corrected = [...path.slice(0, depth), fixed, ...path.slice(depth + 1)];
      return specAt(corrected) ? formatFieldPath(corrected) : undefined;
    }
    return undefined;
  };
  const childFields = (spec: FieldSpec | null): Record<string, unknown> => {
    if (spec === null) return rootFields;
    if (spec.type === 'table') return { rows: 1, total: 1 };
    if (spec.type === 'period') return { start: 1, end: 1 };
    return subfields(spec, lang) ?? {};
  };
  // balance is the budget model's: it reports as budget/balance, at the severity .planrc.yaml gives it.
  if (library.name === 'balance' && (id !== undefined || severity !== undefined || message !== undefined || hint !== undefined)) {
    const key = id !== undefined ? 'id' : severity !== undefined ? 'severity' : message !== undefined ? 'message' : 'hint';
    problems.push({ pointer: `${pointer}/${key}`, target: 'key', message: 'kindFile.balanceFixed', params: { key } });
    return undefined;
  }
  let ok = true;
  for (const key of library.pathKeys) {
    const value = key.split('.').reduce<unknown>((holder, part) => (holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[part] : undefined), params);
    if (value === undefined) continue;
    // An entry may say more about its field than the path: { field: partners[], name: … }.
    const entry = (v: unknown, where: string) => (v && typeof v === 'object' && !Array.isArray(v) && 'field' in v ? ([(v as { field: unknown }).field, `${where}/field`] as const) : ([v, where] as const));
    const entries = Array.isArray(value) ? value.map((v, i) => [[`${key}.${i}`], ...entry(v, `${key.replace('.', '/')}/${i}`)] as const) : [[[key, `${key}.0`], ...entry(value, key.replace('.', '/'))] as const];
    for (const [names, text, where] of entries) {
      const path = typeof text === 'string' ? parseFieldPath(text) : undefined;
      if (!path) {
        problems.push({ pointer: `${pointer}/${where}`, message: 'kindFile.badPath', params: { path: String(text) } });
        ok = false;
        continue;
      }
      if (!specAt(path)) {
        const suggestion = suggestPath(path);
        problems.push({ pointer: `${pointer}/${where}`, message: 'kindFile.unknownField', params: { path: String(text) }, ...(suggestion ? { hint: { message: 'schema.didYouMean', params: { suggestion } } } : {}) });
        ok = false;
        continue;
      }
      for (const name of names) paths[name] = path;
    }
  }
  const quoted: [string, FieldPath][] = [];
  for (const [name, text] of Object.entries(quote ?? {})) {
    const path = parseFieldPath(text);
    if (!path || !specAt(path)) {
      const suggestion = path && suggestPath(path);
      problems.push({ pointer: `${pointer}/quote/${name}`, message: path ? 'kindFile.unknownField' : 'kindFile.badPath', params: { path: text }, ...(suggestion ? { hint: { message: 'schema.didYouMean', params: { suggestion } } } : {}) });
      ok = false;
    } else quoted.push([name, path]);
  }
  if (!ok) return undefined;
  if (library.name === 'balance') {
    const parts = (params.parts as string[]).map((_, i) => {
      const partSpec = specAt(paths[`parts.${i}`]!);
      return partSpec?.id ?? localize(partSpec?.label, lang) ?? String((params.parts as string[])[i]);
    });
    const statedSpec = specAt(paths.stated!);
    const title = (params.title as string | undefined) ?? localize(statedSpec?.label, lang) ?? String(params.stated);
    const statedTable = statedSpec?.type === 'table' ? (statedSpec.id ?? localize(statedSpec.label, lang) ?? String(params.stated)) : undefined;
    return { balance: { stated: paths.stated!, parts, title, id: (params.name as string | undefined) ?? title, ...(statedTable ? { statedTable } : {}) } };
  }
  const instance = library.create(params, paths);
  const ownMessage = message;
  const ownHint = hint;
  const rule: Rule<unknown> & { help?: string; helpUri?: string } = {
    id: id ?? library.id,
    severity: severity ?? library.severity,
    description: typeof description === 'string' ? description : library.description,
    help: library.help,
    helpUri: ruleHelpUri(library.name),
    ...(library.name === 'reference' ? { references: { values: paths.values!, in: Object.keys(paths).filter((key) => key.startsWith('in.')).map((key) => paths[key]!) } } : {}),
    check(plan, context: RuleContext) {
      const view = ruleView(plan);
      // The kind's own wording for a library message, by its id, in the language asked for.
      const t: RuleContext['t'] = ownTexts ? (messageId, params = {}) => (Object.prototype.hasOwnProperty.call(ownTexts, messageId) ? interpolate(localize(ownTexts[messageId], context.lang) ?? '', params as Record<string, string | number>) : context.t(messageId, params)) : context.t;
      instance.check(view, t === context.t ? context : { ...context, t }, env, (problem) => {
        const own = ownMessage !== undefined ? localize(ownMessage, context.lang) : undefined;
        // A hint particular to this problem (a did-you-mean, a unique's own hint for two lists) says more than the kind's general one.
        const ownH = ownHint !== undefined && !(problem.keepHint && problem.hint) ? localize(ownHint, context.lang) : undefined;
        const params = quoted.length > 0 ? { ...problem.params, ...quotes(view, quoted, problem.pointer, env) } : problem.params;
        const hintText = ownH !== undefined ? interpolate(ownH, params) : problem.hint;
        context.report({
          pointer: problem.pointer,
          ...(problem.target ? { target: problem.target } : {}),
          message: own !== undefined ? interpolate(own, params) : problem.message,
          // An empty hint of the kind's own leaves the library's out.
          ...(hintText ? { hint: hintText } : {}),
        });
      });
    },
  };
  return { rule };
}

/**
 * The values a rule instance quotes (`quote: { name: … }`), as the document prints them. A path
 * through a list takes the entry the problem is at: the pointer's indices where the two paths agree.
 */
function quotes(plan: unknown, quoted: readonly [string, FieldPath][], pointer: string, env: RuleEnvironment): Record<string, string> {
  const at = pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const out: Record<string, string> = {};
  for (const [name, path] of quoted) {
    const bound: number[] = [];
    for (let i = 0, j = 0; i < path.length && j < at.length; i++, j++) {
      if (path[i] === '[]' && /^\d+$/.test(at[j]!)) bound.push(Number(at[j]));
      else if (path[i] !== at[j]) break;
    }
    const value = resolvePath(plan, path, bound)[0]?.value;
    out[name] = value === undefined || value === null ? '' : env.show(path, value);
  }
  return out;
}

function reachableRule(contacts: readonly { path: FieldPath }[]): Rule<unknown> {
  return {
    id: 'contact/reachable',
    severity: 'warning',
    description: 'The contact person has a telephone number, a mobile number or an e-mail address.',
    check(plan, { t, report }) {
      for (const { path } of contacts) {
        for (const place of resolvePath(plan, path)) {
          const contact = place.value as Record<string, unknown> | null | undefined;
          if (!contact || typeof contact !== 'object') continue;
          const has = (key: string) => typeof contact[key] === 'string' && /\S/.test(contact[key] as string);
          if (has('phone') || has('mobile') || has('email')) continue;
          report({ pointer: toPointer(place.path), target: 'key', message: t('contact.unreachable', { name: String(contact.name ?? '') }) });
        }
      }
    },
  };
}

function computedRule(computed: readonly ComputedInfo[], label: (path: FieldPath) => string, show: (path: FieldPath, value: unknown) => string): Rule<unknown> {
  return {
    id: 'field/computed-mismatch',
    severity: 'error',
    description: 'A figure the plan states in a computed field equals what its formula works out to.',
    check(plan, { t, report }) {
      for (const info of computed) {
        if (info.always) continue;
        const fieldPath = [...info.parent, info.key];
        for (const place of resolvePath(plan, info.parent)) {
          const holder = place.value as Record<string, unknown> | undefined;
          if (!holder || typeof holder !== 'object') continue;
          const stated = holder[info.key];
          if (typeof stated !== 'number') continue;
          const value = evaluate(info.expression, (name) => numberAt(holder, name));
          if (value === undefined || Math.abs(value - stated) < 1e-9) continue;
          const params = { field: label(fieldPath), stated: show(fieldPath, stated), formula: formulaText(info, label), computed: show(fieldPath, value) };
          report({ pointer: toPointer([...place.path, info.key]), message: t('field.computedMismatch', params), hint: t('field.computedMismatchHint', params) });
        }
      }
    },
  };
}

function formulaText(info: ComputedInfo, label: (path: FieldPath) => string): string {
  return info.formula.replace(/[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g, (name) => label([...info.parent, ...name.split('.')]).toLocaleLowerCase()).replace(/\*/g, '×').replace(/ - /g, ' − ');
}

function linkRule(fields: readonly FieldPath[], label: (path: FieldPath) => string): Rule<unknown> {
  return {
    id: 'field/unsafe-link',
    severity: 'error',
    description: 'A link or picture in a Markdown field is an http, https, mailto or relative address that can be read.',
    help: 'Write the address with http:// or https://, a mailto: address or a path relative to the plan; other schemes (javascript:, data:, file:) are refused.',
    check(plan, { t, report }) {
      for (const path of fields) {
        for (const place of resolvePath(plan, path)) {
          if (typeof place.value !== 'string') continue;
          for (const link of linkProblems(place.value)) {
            const params = { field: label(path), href: excerpt(link.href), scheme: link.scheme ?? '' };
            const kind = link.kind === 'image' ? 'Image' : 'Link';
            report({ pointer: toPointer(place.path), message: t(link.problem === 'scheme' ? `field.unsafe${kind}` : `field.malformed${kind}`, params), hint: t('field.unsafeLinkHint') });
          }
        }
      }
    },
  };
}

/** A cell with no date and no status word plan knows is printed as written; the plan's author should know that it was not read. */
function unreadCellRule(cells: readonly FieldPath[], label: (path: FieldPath) => string): Rule<unknown> {
  return {
    id: 'date/unread-cell',
    severity: 'warning',
    description: 'A date or status cell holds a date, a status word plan knows, or both.',
    help: 'Write a date ("1 maj 2008"), a status (Klart, Pågår, Påbörjat, Planerad, Löpande, Omgående, Ej påbörjat) or both, or leave the text as it is if the cell is meant to be free text.',
    check(plan, { t, report }) {
      for (const path of cells) {
        for (const place of resolvePath(plan, path)) {
          const value = place.value as PlanDate | undefined;
          if (!value?.unread) continue;
          report({ pointer: toPointer(place.path), message: t('date.unreadCell', { field: label(path), input: value.text }), hint: t('date.notADateCellHint') });
        }
      }
    },
  };
}

function pictureRule(pictureFields: readonly FieldPath[], markdownFields: readonly FieldPath[], label: (path: FieldPath) => string): Rule<unknown> {
  const messageOf: Record<PictureProblem['code'], string> = {
    missing: 'field.pictureMissing',
    'not-file': 'field.pictureNotFile',
    outside: 'field.pictureOutside',
    'too-large': 'field.pictureTooLarge',
    'not-image': 'field.pictureNotImage',
    unreadable: 'field.pictureUnreadable',
  };
  return {
    id: 'field/picture',
    severity: 'error',
    description: 'A picture (a logo, a picture in a Markdown field) is a PNG or JPEG file of at most 10 MB in the plan\'s folder or below.',
    help: 'Save the picture as a PNG or JPEG file beside the plan and name it relative to the plan; a shared folder of pictures elsewhere is named in pictureFolders in .planrc.yaml.',
    check(plan, { lang, t, report, pictures }) {
      const check = (pointer: string, field: string, path: string, shown: string) => {
        // Without a file to read the plan from (text given to the library), there is no folder to look in.
        if (!pictures) return;
        const read = readPicture(path, pictures, false);
        if (read.ok) return;
        const { problem } = read;
        const params = { field, path: excerpt(shown), size: problem.code === 'too-large' ? new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(problem.size / 1048576) : '', reason: problem.code === 'unreadable' ? problem.reason : '' };
        report({ pointer, message: t(messageOf[problem.code], params), hint: t(problem.code === 'outside' ? 'field.pictureOutsideHint' : 'field.pictureHint') });
      };
      for (const path of pictureFields) {
        for (const place of resolvePath(plan, path)) if (typeof place.value === 'string') check(toPointer(place.path), label(path), place.value, place.value);
      }
      for (const path of markdownFields) {
        for (const place of resolvePath(plan, path)) {
          if (typeof place.value !== 'string') continue;
          for (const href of pictureHrefs(place.value)) {
            const address = pictureAddress(href);
            if (address && 'web' in address) report({ pointer: toPointer(place.path), message: t('field.pictureWeb', { field: label(path), path: excerpt(href) }), hint: t('field.pictureHint') });
            else if (address) check(toPointer(place.path), label(path), address.file, href);
          }
        }
      }
    },
  };
}

/** A text or Markdown field, and the limit its kind sets for it, if any. */
interface TextFieldInfo {
  path: FieldPath;
  markdown: boolean;
  limit?: FieldLimit;
}

/**
 * A plan's `limits:`: field paths as kind files write them (`goals.expected`, `activities[].text`),
 * each a limit as a kind file writes one. A limit may only be stricter than the kind's, in its unit.
 */
function planLimitsSchema(fields: readonly TextFieldInfo[], lang: Lang): z.ZodType {
  const byPath = new Map(fields.map((info) => [formatFieldPath(info.path), info]));
  const names = [...byPath.keys()];
  return z
    .record(z.string(), limitSpec())
    .superRefine((value, ctx) => {
      for (const [key, spec] of Object.entries(value)) {
        const path = parseFieldPath(key);
        const info = path ? byPath.get(formatFieldPath(path)) : undefined;
        if (!info) {
          // The field meant first, then the others: the list is the hint.
          const suggestion = didYouMean(key, names);
          const listed = suggestion ? [suggestion, ...names.filter((name) => name !== suggestion)] : names;
          ctx.addIssue({ code: 'custom', path: [key], message: 'limits.unknownField', params: { path: key, fields: listed.join(', ') } });
          continue;
        }
        const read = readLimit(spec);
        if (!read.ok) {
          ctx.addIssue({ code: 'custom', path: [key], message: read.problem === 'oneUnit' ? 'limits.oneUnit' : 'limits.countOptions' });
          continue;
        }
        if (info.limit && !isStricter(read.limit, info.limit)) ctx.addIssue({ code: 'custom', path: [key], message: 'limits.looser', params: { path: key, limit: describeLimit(info.limit, lang) } });
      }
    })
    .optional()
    .register(z.globalRegistry, { title: PLAN_LIMITS_KEY, description: dataKindMessages[lang]['limits.key']! });
}

/** A limit in words: "500 tecken", "200 ord". */
export function describeLimit(limit: FieldLimit, lang: Lang): string {
  return `${limit.max} ${dataKindMessages[lang][`field.unit.${limit.unit}`]!}`;
}

/**
 * field/too-long (over the limit, an error) and field/near-limit (from `warnFrom` per cent of it, a
 * warning saying how much room is left): counted on the text as the portal gets it.
 */
function lengthRules(fields: readonly TextFieldInfo[], label: (path: FieldPath) => string, lang: Lang): Rule<unknown>[] {
  interface Measured {
    info: TextFieldInfo;
    place: Located;
    length: number;
    limit: FieldLimit;
  }
  // Both rules measure the same texts: once per plan. The words of a message are made only for a text that has one.
  const measuredByPlan = new WeakMap<object, Measured[]>();
  const measuredTexts = (plan: unknown): Measured[] => {
    const known = plan !== null && typeof plan === 'object' ? measuredByPlan.get(plan) : undefined;
    if (known) return known;
    const found: Measured[] = [];
    for (const info of fields) {
      const limit = effectiveLimit(plan, info.path, info.limit);
      if (!limit) continue;
      for (const place of resolvePath(plan, info.path)) {
        if (typeof place.value === 'string') found.push({ info, place, length: measure(pastedValue(place.value, info.markdown, lang), limit), limit });
      }
    }
    if (plan !== null && typeof plan === 'object') measuredByPlan.set(plan, found);
    return found;
  };
  const measured = (plan: unknown, t: Translate, wanted: (length: number, limit: FieldLimit) => boolean, each: (place: { pointer: string; field: string; length: number; limit: FieldLimit; unit: string }) => void) => {
    for (const { info, place, length, limit } of measuredTexts(plan)) {
      if (!wanted(length, limit)) continue;
      const path = info.path;
      const key = String(path[path.length - 1] === '[]' ? path[path.length - 2] : path[path.length - 1]);
      each({ pointer: toPointer(place.path), field: t('schema.fieldWithTitle', { key, title: label(path) }), length, limit, unit: t(`field.unit.${limit.unit}`) });
    }
  };
  return [
    {
      id: 'field/too-long',
      severity: 'error',
      description: 'A text is no longer than the form allows, counted as the funder\'s portal counts it (characters, spaces and line breaks included, words or lines).',
      help: 'Shorten the text to the limit the message gives; `plan fields` shows each field as it will be pasted, with its length.',
      check(plan, { t, report }) {
        measured(plan, t, (length, limit) => length > limit.max, ({ pointer, field, length, limit, unit }) => {
          report({ pointer, message: t('field.tooLong', { field, length, limit: limit.max, over: length - limit.max, unit }), hint: t('field.tooLongHint') });
        });
      },
    },
    {
      id: 'field/near-limit',
      severity: 'warning',
      description: 'A text close to its limit (by default from 95 %, `limits: { warnFrom: … }` in .planrc.yaml): how much room is left.',
      help: 'Nothing is wrong yet; an edit that adds to the text may take it over the limit.',
      check(plan, { t, report, warnFrom }) {
        measured(plan, t, (length, limit) => length <= limit.max && length >= nearFrom(limit, warnFrom ?? DEFAULT_WARN_FROM), ({ pointer, field, length, limit, unit }) => {
          report({ pointer, message: t('field.nearLimit', { field, length, limit: limit.max, left: limit.max - length, unit }) });
        });
      },
    },
  ];
}

function fixedRowsRule(tables: readonly TableInfo[]): Rule<unknown> {
  return {
    id: 'table/fixed-rows',
    severity: 'error',
    description: 'A table whose rows the form fixes has only those rows.',
    check(plan, { t, report }) {
      for (const info of tables) {
        const rows = (resolvePath(plan, [...info.path, 'rows'])[0]?.value as Record<string, unknown>[] | undefined) ?? [];
        const allowed = info.spec.rows ?? [];
        const rowKey = info.spec.rowLabel?.key ?? 'label';
        rows.forEach((row, index) => {
          const name = String(row[rowKey] ?? '');
          if (allowed.includes(name)) return;
          const suggestion = didYouMean(name, allowed);
          report({ pointer: toPointer([...info.path, 'rows', index, rowKey]), message: t('table.unknownRow', { row: name, table: info.id }), hint: suggestion ? t('schema.didYouMean', { suggestion }) : t('table.unknownRowHint', { rows: allowed.join(', ') }) });
        });
      }
    },
  };
}

/** The values `plan init` writes: each field's starter, a table's form rows, a choice's first option left for the user. */
function starterOf(fields: Record<string, FieldSpec>, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(fields)) {
    if (spec.starter !== undefined || spec.default !== undefined) {
      out[key] = spec.starter !== undefined ? spec.starter : spec.default;
      continue;
    }
    if (spec.type === 'table' && spec.rows?.length) {
      const rowKey = spec.rowLabel?.key ?? 'label';
      out[key] = { rows: spec.rows.map((row) => ({ [rowKey]: row })) };
      continue;
    }
    const inner = subfields(spec, lang);
    if (inner) {
      const nested = starterOf(inner, lang);
      if (Object.keys(nested).length > 0) out[key] = nested;
    }
  }
  return out;
}

/** The figures in the reader's language (`lang`) where the kind gives labels per language, as a code kind's are. */
function summaryOf(file: KindFile, read: unknown, plan: unknown, show: (path: FieldPath, value: unknown) => string, lang: Lang): KeyFigures {
  const figures: KeyFigures['figures'] = [];
  // A figure taken from a value the plan gives but not readably is unknown, not left out or counted as nothing.
  const unknown = (text: string | undefined) => {
    const path = text === undefined ? undefined : parseFieldPath(text);
    return path !== undefined && !path.includes('[]') && hasHoleWithin(read, path as string[]);
  };
  for (const entry of file.summary ?? []) {
    const labelText = localize(entry.label, lang) ?? '';
    if (unknown(entry.count ?? entry.value)) {
      figures.push({ label: labelText, value: UNKNOWN_MARK });
      continue;
    }
    if (entry.filled) {
      const filled = entry.filled.filter((text) => {
        const path = parseFieldPath(text);
        return path ? resolvePath(plan, path).some((place) => isFilled(place.value)) : false;
      }).length;
      figures.push({ label: labelText, value: interpolate(dataKindMessages[lang]['summary.filledValue']!, { filled, fields: entry.filled.length }) });
    } else if (entry.count) {
      const path = parseFieldPath(entry.count);
      const value = path ? resolvePath(plan, path)[0]?.value : undefined;
      figures.push({ label: labelText, value: Array.isArray(value) ? value.length : 0 });
    } else if (entry.value) {
      const path = parseFieldPath(entry.value);
      const value = path ? resolvePath(plan, path)[0]?.value : undefined;
      if (value === undefined || value === null) continue;
      const isPeriod = findSpec(file.fields, path!, file.lang)?.type === 'period' || (typeof value === 'object' && value !== null && 'start' in value && 'end' in value);
      figures.push({ label: labelText, value: isPeriod ? formatPeriod(value as PeriodDates, lang) : show(path!, value) });
    }
  }
  return { figures };
}

/** True when the list a table takes its columns from is missing or invalid: its rows cannot be laid out. */
function isColumnSourceHole(plan: unknown, spec: FieldSpec): boolean {
  const columns = spec.columns;
  if (!columns || !('from' in columns) || typeof columns.from !== 'string') return false;
  const path = parseFieldPath(columns.from);
  return path !== undefined && hasHoleWithin(plan, path.filter((segment) => segment !== '[]') as string[]);
}

/** The field paths that name a table's columns (`columns: { from: budget.years }`). */
function tableColumnSources(fields: Record<string, FieldSpec>): string[] {
  const found: string[] = [];
  const visit = (spec: FieldSpec) => {
    const columns = spec.columns;
    if (spec.type === 'table' && columns && 'from' in columns && typeof columns.from === 'string') {
      const path = parseFieldPath(columns.from);
      if (path) found.push(formatFieldPath(path));
    }
    if (spec.items) visit(spec.items);
    for (const child of Object.values(spec.fields ?? {})) visit(child);
  };
  for (const spec of Object.values(fields)) visit(spec);
  return found;
}

/**
 * The message id a schema check is reported by, from its rule id: "kompetensstegen/methods-empty" is
 * "kompetensstegen.methodsEmpty", which the checker turns back into the rule id. Undefined for an id
 * the checker would file under another rule (amount/…, date/… are the schema's own).
 */
function atLeastOneMessageId(ruleId: string): string | undefined {
  const [group, name] = ruleId.split('/') as [string, string];
  if (group === 'amount' || group === 'date') return undefined;
  return `${group}.${name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`;
}

/** Filled in, as a form's reader sees it: a text with more than spaces, a list with an entry, any other value. */
function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return /\S/.test(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
