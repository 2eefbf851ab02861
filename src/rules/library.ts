import { z } from 'zod';
import { readContactPhone, type PhoneCountry } from '../core/contact.js';
import { formatDate, type PlanDate } from '../core/dates.js';
import { difference as figureDifference, formatFigure } from '../core/figures.js';
import { didYouMean } from '../core/suggest.js';
import { toPointer, type Severity, type Span } from '../core/diagnostic.js';
import { kindFileSchemas, localize, type Localized } from '../kinds/data/format.js';
import { once } from '../core/once.js';
import { excerpt, formatList, interpolate, type Lang, type Messages, type Translate } from '../i18n/index.js';
import type { RuleContext } from '../kinds/define.js';
import { pointerOf, type FieldPath, type Located } from '../kinds/data/paths.js';

/**
 * The rule library: the checks a kind file takes by name (`use: equals`). Each carries its own id,
 * severity, description, help and messages in sv, nb and en, so that a kind file supplies only the
 * fields' labels. docs/kinds.md#rules documents each with an example, and a rule's help link
 * points there.
 */

/** What a rule sees of the kind it was written into: values found by field paths, with their labels. */
export interface RuleEnvironment {
  /** The places a field path reaches in the plan; `bound` walks the same list entries as another place. */
  resolve(plan: unknown, path: FieldPath, bound?: readonly number[]): Located[];
  /** The field's label as the form prints it, for messages. */
  label(path: FieldPath): string;
  /** A value as the document prints it: amounts grouped, figures with a decimal comma, dates in words. */
  show(path: FieldPath, value: unknown): string;
  /** The kind's language, for defaults that follow it (a phone number's country). */
  lang?: Lang;
  /** The field's type in the kind file (text, list …), for rules that treat a list otherwise. */
  type?(path: FieldPath): string | undefined;
}

export interface LibraryRuleInstance {
  check(plan: unknown, context: RuleContext, env: RuleEnvironment, say: Say): void;
}

/**
 * `keepHint`: the hint is particular to this problem (a did-you-mean, a unique's own hint for two
 * lists), and a kind file's own `hint:` does not replace it.
 */
export type Say = (report: { pointer: string; message: string; hint?: string; params: Record<string, string | number>; target?: 'key' | 'value'; keepHint?: boolean }) => void;

export interface LibraryRule<Params = any> {
  /** The name a kind file uses it by: `use: <name>`. */
  name: string;
  id: string;
  severity: Severity;
  description: string;
  help: string;
  /** Parameters in the kind file: those that are field paths are named in `paths`. */
  params: () => z.ZodType<Params>;
  /**
   * The parameters that name fields, checked against the kind's fields when the kind file is read.
   * `create` gets each parsed, by its key; a list's entries (or a single path given for one) as `key.0`, `key.1` ….
   */
  pathKeys: readonly string[];
  messages: Messages;
  create(params: Params, paths: Record<string, FieldPath>): LibraryRuleInstance;
}

/**
 * The schemas of the rules' parameters, made the first time a kind file's rules are checked: a run
 * over the package's own kinds, whose parameters the package's tests check, makes none (they were
 * 6 ms of every run).
 */
const shared = once(() => {
  const { localized } = kindFileSchemas();
  const path = z.string().meta({ description: 'A field path, e.g. budget.total or risks[].owner.' });
  const paths = z.union([path, z.array(path).min(1)]);
  const nameParam = paths.optional().meta({ description: 'The field(s) naming the entry, for {name} in messages, e.g. indicators[].name; several are joined by " – ".' });
  const namedList = z.union([
    path,
    z.strictObject({
      field: path,
      name: localized.optional().meta({ description: 'What messages call the list, as {list}: { sv: bland samverkansparterna, en: among the partners } (default: its label).' }),
    }),
  ]);
  const condition = z.strictObject({
    field: path,
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    atLeast: z.number().optional(),
    present: z.boolean().optional(),
  });
  const phoneParams = z.strictObject({
    fields: paths.meta({ description: 'The phone fields, e.g. [contacts[].phone, contacts[].mobile]; best declared `lenient: true`.' }),
    name: nameParam,
    country: z.enum(['SE', 'NO']).optional().meta({ description: 'The numbering a number without a country code is read in (default: the kind\'s language, nb → NO, else SE).' }),
  });
  return { localized, path, paths, nameParam, namedList, condition, phoneParams };
});

interface Condition {
  field: string;
  equals?: string | number | boolean;
  atLeast?: number;
  present?: boolean;
}

const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/** A list named as a whole ("Roller" for roles[]), where a rule speaks of the list rather than one entry. */
const listLabel = (env: RuleEnvironment, path: FieldPath) => env.label(path[path.length - 1] === '[]' ? path.slice(0, -1) : path);

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const hasSpan = (value: unknown): value is PlanDate & { span: { from: string; to: string } } => Boolean(value && typeof value === 'object' && (value as PlanDate).span);


/** The entry's name for messages: the named fields of the same entry, joined by " – ". */
function entryName(plan: unknown, env: RuleEnvironment, p: Record<string, FieldPath>, given: string | string[] | undefined, indices: readonly number[]): string {
  if (given === undefined) return '';
  return asList(given)
    .map((_, i) => env.resolve(plan, p[`name.${i}`]!, indices)[0]?.value)
    .filter((value) => value !== undefined && value !== null && value !== '')
    .map(String)
    .join(' – ');
}

/** Exact to the finest decimal among the terms, so that 0,1 + 0,2 is 0,3. */
function exactSum(values: readonly number[]): number {
  const decimals = Math.max(0, ...values.map((value) => (String(value).split('.')[1] ?? '').length));
  const scale = 10 ** decimals;
  return values.reduce((sum, value) => sum + Math.round(value * scale), 0) / scale;
}

const sum: LibraryRule<{ total: string; of: string; name?: string | string[]; termName?: string }> = {
  name: 'sum',
  id: 'sum/mismatch',
  severity: 'error',
  description: 'A stated total equals the sum of the figures it totals.',
  help: 'Write the sum the message gives, or correct the figure that is wrong.',
  params: once(() => {
    const { path, nameParam } = shared();
    return z.strictObject({ total: path, of: path, name: nameParam, termName: path.optional().meta({ description: 'The field naming each term, for {terms}: "Begriplighet 45 + Hanterbarhet 38", e.g. indicators[].parts[].name.' }) });
  }),
  pathKeys: ['total', 'of', 'name', 'termName'],
  messages: {
    en: { 'rule.sum': '{total} is stated as {stated}, but {of} add up to {computed}.', 'rule.sumHint': 'Write {computed}, or correct the figure that is wrong.' },
    sv: { 'rule.sum': '{total} anges till {stated}, men {of} summerar till {computed}.', 'rule.sumHint': 'Skriv {computed}, eller rätta den siffra som är fel.' },
    nb: { 'rule.sum': '{total} er oppgitt til {stated}, men {of} summerer seg til {computed}.', 'rule.sumHint': 'Skriv {computed}, eller rett tallet som er feil.' },
  },
  create: (given, p) => ({
    check(plan, { t }, env, say) {
      for (const total of env.resolve(plan, p.total!)) {
        if (!isNumber(total.value)) continue;
        const places = env.resolve(plan, p.of!, total.indices).filter((place) => isNumber(place.value));
        const terms = places.map((place) => place.value as number);
        if (terms.length === 0) continue;
        const computed = exactSum(terms);
        if (computed === total.value) continue;
        const termText = places.map((place) => {
          const shown = env.show(p.of!, place.value);
          const termName = p.termName ? env.resolve(plan, p.termName, place.indices)[0]?.value : undefined;
          return termName !== undefined && termName !== null && termName !== '' ? `${String(termName)} ${shown}` : shown;
        });
        const params = { total: env.label(p.total!), of: listLabel(env, p.of!), stated: env.show(p.total!, total.value), computed: env.show(p.total!, computed), name: entryName(plan, env, p, given.name, total.indices), terms: termText.join(' + ') };
        say({ pointer: pointerOf(total), message: t('rule.sum', params), hint: t('rule.sumHint', params), params });
      }
    },
  }),
};

const equals: LibraryRule<{ value: string; equals: string | string[] }> = {
  name: 'equals',
  id: 'balance/equal',
  severity: 'error',
  description: 'Two figures the form says must agree do agree (financing equals the accounts\' total).',
  help: 'Correct one of the two figures, or the rows they are the sums of.',
  params: once(() => {
    const { path, paths } = shared();
    return z.strictObject({ value: path, equals: paths });
  }),
  pathKeys: ['value', 'equals'],
  messages: {
    en: { 'rule.equals': '{value} is {stated}, but {other} is {computed}; the two must be equal.', 'rule.equalsSum': '{value} is {stated}, but {other} add up to {computed}; the two must be equal.', 'rule.equalsHint': 'Correct one of them, or the rows they are the sums of.' },
    sv: { 'rule.equals': '{value} är {stated}, men {other} är {computed}; de två ska vara lika.', 'rule.equalsSum': '{value} är {stated}, men {other} blir tillsammans {computed}; de ska vara lika.', 'rule.equalsHint': 'Rätta en av dem, eller de rader de är summor av.' },
    nb: { 'rule.equals': '{value} er {stated}, men {other} er {computed}; de to skal være like.', 'rule.equalsSum': '{value} er {stated}, men {other} blir til sammen {computed}; de skal være like.', 'rule.equalsHint': 'Rett en av dem, eller radene de er summer av.' },
  },
  create: (params, p) => {
    const others = asList(params.equals).map((_, i) => p[`equals.${i}`]!);
    return {
      check(plan, { t, lang }, env, say) {
        for (const place of env.resolve(plan, p.value!)) {
          if (!isNumber(place.value)) continue;
          const terms = others.map((other) => env.resolve(plan, other, place.indices)[0]?.value);
          if (!terms.every(isNumber)) continue;
          const computed = exactSum(terms);
          if (computed === place.value) continue;
          const labels = others.map((other) => env.label(other));
          const values = { value: env.label(p.value!), other: labels.length === 1 ? labels[0]! : new Intl.ListFormat(lang, { type: 'conjunction' }).format(labels), stated: env.show(p.value!, place.value), computed: env.show(p.value!, computed) };
          say({ pointer: pointerOf(place), message: t(labels.length === 1 ? 'rule.equals' : 'rule.equalsSum', values), hint: t('rule.equalsHint', values), params: values });
        }
      },
    };
  },
};

const share: LibraryRule<{ part: string; whole: string; max?: number; min?: number }> = {
  name: 'share',
  id: 'budget/share',
  severity: 'error',
  description: 'A figure is at most (or at least) a given share of another (the fund\'s share of the total cost).',
  help: 'Lower (or raise) the figure, or check the total it is a share of.',
  params: once(() => {
    const { path } = shared();
    return z.strictObject({ part: path, whole: path, max: z.number().min(0).max(100).optional(), min: z.number().min(0).max(100).optional() }).refine((p) => p.max !== undefined || p.min !== undefined, { message: 'share needs max or min' });
  }),
  pathKeys: ['part', 'whole'],
  messages: {
    en: { 'rule.shareMax': '{part} is {share} % of {whole}; at most {limit} % is allowed.', 'rule.shareMin': '{part} is {share} % of {whole}; at least {limit} % is required.', 'rule.shareHint': '{limit} % of {total} is {allowed}.' },
    sv: { 'rule.shareMax': '{part} är {share} % av {whole}; högst {limit} % är tillåtet.', 'rule.shareMin': '{part} är {share} % av {whole}; minst {limit} % krävs.', 'rule.shareHint': '{limit} % av {total} är {allowed}.' },
    nb: { 'rule.shareMax': '{part} er {share} % av {whole}; høyst {limit} % er tillatt.', 'rule.shareMin': '{part} er {share} % av {whole}; minst {limit} % kreves.', 'rule.shareHint': '{limit} % av {total} er {allowed}.' },
  },
  create: (params, p) => ({
    check(plan, { t }, env, say) {
      for (const part of env.resolve(plan, p.part!)) {
        const whole = env.resolve(plan, p.whole!, part.indices)[0]?.value;
        if (!isNumber(part.value) || !isNumber(whole) || whole === 0) continue;
        const ratio = (part.value / whole) * 100;
        const over = params.max !== undefined && ratio > params.max;
        const under = params.min !== undefined && ratio < params.min;
        if (!over && !under) continue;
        const limit = over ? params.max! : params.min!;
        const values = { part: env.label(p.part!), whole: env.label(p.whole!), share: formatFigure(Math.round(ratio * 10) / 10), limit: formatFigure(limit), total: env.show(p.whole!, whole), allowed: env.show(p.part!, Math.floor((whole * limit) / 100)) };
        say({ pointer: pointerOf(part), message: t(over ? 'rule.shareMax' : 'rule.shareMin', values), hint: t('rule.shareHint', values), params: values });
      }
    },
  }),
};

const cap: LibraryRule<{ value: string; max?: string; min?: string }> = {
  name: 'cap',
  id: 'budget/cap',
  severity: 'error',
  description: 'A figure does not exceed another (support sought is at most the total cost).',
  help: 'Lower the figure, or check the one it is capped by.',
  params: once(() => {
    const { path } = shared();
    return z.strictObject({ value: path, max: path.optional(), min: path.optional() }).refine((p) => p.max !== undefined || p.min !== undefined, { message: 'cap needs max or min' });
  }),
  pathKeys: ['value', 'max', 'min'],
  messages: {
    en: { 'rule.capMax': '{value} is {stated}, more than {other} ({limit}).', 'rule.capMin': '{value} is {stated}, less than {other} ({limit}).' },
    sv: { 'rule.capMax': '{value} är {stated}, mer än {other} ({limit}).', 'rule.capMin': '{value} är {stated}, mindre än {other} ({limit}).' },
    nb: { 'rule.capMax': '{value} er {stated}, mer enn {other} ({limit}).', 'rule.capMin': '{value} er {stated}, mindre enn {other} ({limit}).' },
  },
  create: (_, p) => ({
    check(plan, { t }, env, say) {
      for (const place of env.resolve(plan, p.value!)) {
        if (!isNumber(place.value)) continue;
        for (const [which, bound] of [['max', p.max], ['min', p.min]] as const) {
          if (!bound) continue;
          const limit = env.resolve(plan, bound, place.indices)[0]?.value;
          if (!isNumber(limit) || (which === 'max' ? place.value <= limit : place.value >= limit)) continue;
          const values = { value: env.label(p.value!), other: env.label(bound), stated: env.show(p.value!, place.value), limit: env.show(bound, limit) };
          say({ pointer: pointerOf(place), message: t(which === 'max' ? 'rule.capMax' : 'rule.capMin', values), params: values });
        }
      }
    },
  }),
};

const dateOrder: LibraryRule<{ first: string; then: string; name?: string | string[] }> = {
  name: 'date-order',
  id: 'dates/order',
  severity: 'error',
  description: 'One date comes after another (a review after the start, an end after a beginning).',
  help: 'Check the two dates: the later one is reported.',
  params: once(() => {
    const { path, nameParam } = shared();
    return z.strictObject({ first: path, then: path, name: nameParam });
  }),
  pathKeys: ['first', 'then', 'name'],
  messages: {
    en: { 'rule.dateOrder': '{then} ({thenDate}) comes before {first} ({firstDate}).', 'rule.dateOrderHint': 'Check the dates: {then} comes after {first}.' },
    sv: { 'rule.dateOrder': '{then} ({thenDate}) infaller före {first} ({firstDate}).', 'rule.dateOrderHint': 'Kontrollera datumen: {then} kommer efter {first}.' },
    nb: { 'rule.dateOrder': '{then} ({thenDate}) kommer før {first} ({firstDate}).', 'rule.dateOrderHint': 'Kontroller datoene: {then} kommer etter {first}.' },
  },
  create: (given, p) => ({
    check(plan, { t }, env, say) {
      for (const first of env.resolve(plan, p.first!)) {
        if (!hasSpan(first.value)) continue;
        for (const then of env.resolve(plan, p.then!, first.indices)) {
          if (!hasSpan(then.value) || then.value.span.to >= first.value.span.from) continue;
          // {firstDate} as the plan writes it; {firstPrinted} as the document prints it ("15 oktober 2011").
          const values = { first: env.label(p.first!), then: env.label(p.then!), firstDate: first.value.text, thenDate: then.value.text, firstPrinted: env.show(p.first!, first.value), thenPrinted: env.show(p.then!, then.value), name: entryName(plan, env, p, given.name, then.indices) };
          say({ pointer: pointerOf(then), message: t('rule.dateOrder', values), hint: t('rule.dateOrderHint', values), params: values });
        }
      }
    },
  }),
};

const withinPeriod: LibraryRule<{ dates: string | string[]; period: string }> = {
  name: 'within-period',
  id: 'dates/outside-period',
  severity: 'error',
  description: 'Dates fall inside the project period.',
  help: 'Move the date inside the period, or correct the period.',
  params: once(() => {
    const { path, paths } = shared();
    return z.strictObject({ dates: paths, period: path });
  }),
  pathKeys: ['dates', 'period'],
  messages: {
    en: { 'rule.withinPeriod': '{field} ({date}) falls outside the project period ({period}).', 'rule.withinPeriodHint': 'Move the date inside the period, or correct the period.' },
    sv: { 'rule.withinPeriod': '{field} ({date}) ligger utanför projektperioden ({period}).', 'rule.withinPeriodHint': 'Flytta datumet in i perioden, eller rätta perioden.' },
    nb: { 'rule.withinPeriod': '{field} ({date}) ligger utenfor prosjektperioden ({period}).', 'rule.withinPeriodHint': 'Flytt datoen inn i perioden, eller rett perioden.' },
  },
  create: (params, p) => ({
    check(plan, { t, lang }, env, say) {
      const period = env.resolve(plan, p.period!)[0]?.value as { start?: PlanDate | null; end?: PlanDate | null } | undefined;
      const from = period?.start?.span?.from;
      const to = period?.end?.span?.to;
      if (!from || !to || to < from) return;
      asList(params.dates).forEach((_, i) => {
        const datePath = p[`dates.${i}`]!;
        for (const place of env.resolve(plan, datePath)) {
          if (!hasSpan(place.value)) continue;
          if (place.value.span.from >= from && place.value.span.to <= to) continue;
          const values = { field: env.label(datePath), date: place.value.text, period: `${formatDate(period!.start!, lang)} – ${formatDate(period!.end!, lang)}` };
          say({ pointer: pointerOf(place), message: t('rule.withinPeriod', values), hint: t('rule.withinPeriodHint', values), params: values });
        }
      });
    },
  }),
};

const reference: LibraryRule<{ values: string; in: string | string[] }> = {
  name: 'reference',
  id: 'reference/unknown',
  severity: 'error',
  description: 'A value names an entry of another list in the plan (a responsible role, a success factor).',
  help: 'Use a value from the list the message names, or add it there.',
  params: once(() => {
    const { path, paths } = shared();
    return z.strictObject({ values: path, in: paths.meta({ description: 'The list the value must be in, or several: [participants.fromStart[], participants.joinedLater[]].' }) });
  }),
  pathKeys: ['values', 'in'],
  messages: {
    en: { 'rule.reference': '"{value}" is not in {list}.', 'rule.referenceHint': '{list}: {known}.', 'rule.referenceSuggest': 'Did you mean "{suggestion}"?' },
    sv: { 'rule.reference': '"{value}" finns inte i {list}.', 'rule.referenceHint': '{list}: {known}.', 'rule.referenceSuggest': 'Menade du "{suggestion}"?' },
    nb: { 'rule.reference': '"{value}" finnes ikke i {list}.', 'rule.referenceHint': '{list}: {known}.', 'rule.referenceSuggest': 'Mente du "{suggestion}"?' },
  },
  create: (params, p) => {
    const lists = asList(params.in).map((_, i) => p[`in.${i}`]!);
    return {
      check(plan, { t, lang }, env, say) {
        // `in: roles` and `in: roles[]` alike: a list names its entries.
        const known = lists
          .flatMap((list) => env.resolve(plan, list))
          .flatMap((place) => (Array.isArray(place.value) ? place.value : [place.value]))
          .filter((value): value is string => typeof value === 'string');
        if (known.length === 0) return;
        for (const place of env.resolve(plan, p.values!)) {
          if (typeof place.value !== 'string' || known.includes(place.value)) continue;
          const suggestion = didYouMean(place.value, known);
          // knownList: the values quoted and joined as the language lists them, for a kind's own hint.
          const values = { value: place.value, list: lists.map((list) => listLabel(env, list)).join(', '), known: known.join(', '), knownList: formatList(lang, known.map((k) => `"${k}"`)) };
          say({ pointer: pointerOf(place), message: t('rule.reference', values), ...(suggestion ? { hint: t('rule.referenceSuggest', { suggestion }), keepHint: true } : { hint: t('rule.referenceHint', values) }), params: values });
        }
      },
    };
  },
};

type NamedList = string | { field: string; name?: Localized };
const listField = (list: NamedList) => (typeof list === 'string' ? list : list.field);

const unique: LibraryRule<{ values: NamedList | NamedList[]; exact?: boolean; hints?: { first: string; then: string; hint: Localized }[] }> = {
  name: 'unique',
  id: 'list/duplicate',
  severity: 'error',
  description: 'A value appears once in its list, or once in several lists together (an organisation, a risk, a role).',
  help: 'Remove the second entry, or tell the two apart.',
  params: once(() => {
    const { path, namedList, localized } = shared();
    return z
      .strictObject({
        values: z.union([namedList, z.array(namedList).min(1)]).meta({ description: 'The list, or several lists no value may appear twice in together; the second place in the file is reported, and {list} names the list of the first.' }),
        exact: z.boolean().optional().meta({ description: 'Compare the values exactly as written (default: false, ignoring case, surrounding spaces and doubled spaces).' }),
        hints: z
          .array(z.strictObject({ first: path, then: path, hint: localized }))
          .optional()
          .meta({ description: 'Hints of their own where the first place is in one of the lists and the second in another, e.g. a municipality listed at the start and again as joined later.' }),
      })
      .refine((p) => (p.hints ?? []).every((h) => asNamedList(p.values).some((l) => listField(l) === h.first) && asNamedList(p.values).some((l) => listField(l) === h.then)), { message: 'a hint\'s first and then are two of the lists in values' });
  }),
  pathKeys: ['values'],
  messages: {
    en: { 'rule.unique': '"{value}" appears twice in {list}: first on line {line}.', 'rule.uniqueHint': 'Remove this entry, or tell the two apart.' },
    sv: { 'rule.unique': '"{value}" förekommer två gånger i {list}: första gången på rad {line}.', 'rule.uniqueHint': 'Ta bort den här raden, eller skilj de två åt.' },
    nb: { 'rule.unique': '"{value}" forekommer to ganger i {list}: første gang på linje {line}.', 'rule.uniqueHint': 'Fjern denne oppføringen, eller skill de to fra hverandre.' },
  },
  create: (params, p) => {
    const lists = asNamedList(params.values).map((list, i) => ({ field: listField(list), name: typeof list === 'string' ? undefined : list.name, path: p[`values.${i}`]! }));
    return {
      check(plan, { t, lang, locate }, env, say) {
        // The second place in the file is the one to remove, whichever list comes first there. One
        // list is in the file's order already; of several, only the places of a value written twice
        // are located and put in the file's order, and so are the problems.
        const places = lists
          .flatMap((list, index) => env.resolve(plan, list.path).map((place) => ({ place, index, at: undefined as Span | undefined })))
          .filter(({ place }) => typeof place.value === 'string' || typeof place.value === 'number');
        type Entry = (typeof places)[number];
        const spanOf = (entry: Entry) => (entry.at ??= locate(pointerOf(entry.place)));
        const inFileOrder = (a: Entry, b: Entry) => spanOf(a).line - spanOf(b).line || spanOf(a).column - spanOf(b).column;
        const byValue = new Map<string, Entry[]>();
        for (const entry of places) {
          // "Sollentuna  kommun" and "sollentuna kommun" are one value written twice, unless exact. In
          // lower case by Unicode's rules, not the machine's locale (which ICU is asked for at every
          // value): the same answer on every machine.
          const key = params.exact ? String(entry.place.value) : String(entry.place.value).trim().replace(/\s+/g, ' ').toLowerCase();
          const same = byValue.get(key);
          if (same) same.push(entry);
          else byValue.set(key, [entry]);
        }
        const twice: { entry: Entry; first: Entry }[] = [];
        for (const same of byValue.values()) {
          if (same.length < 2) continue;
          if (lists.length > 1) same.sort(inFileOrder);
          for (const entry of same.slice(1)) twice.push({ entry, first: same[0]! });
        }
        twice.sort(lists.length > 1 ? (a, b) => inFileOrder(a.entry, b.entry) : (a, b) => places.indexOf(a.entry) - places.indexOf(b.entry));
        for (const { entry, first } of twice) {
          const list = lists[first.index]!;
          const values = { value: String(entry.place.value), list: (list.name && localize(list.name, lang)) || listLabel(env, list.path), line: spanOf(first).line };
          const own = params.hints?.find((h) => h.first === list.field && h.then === lists[entry.index]!.field);
          say({ pointer: pointerOf(entry.place), message: t('rule.unique', values), ...(own ? { hint: interpolate(localize(own.hint, lang) ?? '', values), keepHint: true } : { hint: t('rule.uniqueHint', values) }), params: values });
        }
      },
    };
  },
};

const pattern: LibraryRule<{ field: string; pattern: string; example: string; when?: string }> = {
  name: 'pattern',
  id: 'field/pattern',
  severity: 'error',
  description: 'A value has the form the funder gives it (a diary number, a case number).',
  help: 'Write the value in the form the message shows.',
  params: once(() => {
    const { path } = shared();
    return z.strictObject({
      field: path,
      pattern: z.string().refine((source) => isRegExp(source), { message: 'not a regular expression' }),
      example: z.string(),
      when: z
        .string()
        .refine((source) => isRegExp(source), { message: 'not a regular expression' })
        .optional()
        .meta({ description: 'Check only values of this looser form, e.g. "\\d{4}-(?<digits>\\d+)" for a second, milder rule beside a first that refuses other forms. Its named groups are placeholders in messages: {digits} and its length {digitsLength}.' }),
    });
  }),
  pathKeys: ['field'],
  messages: {
    en: { 'rule.pattern': '{field} "{value}" is not of the form {example}.', 'rule.patternHint': 'Write it as the decision gives it, e.g. {example}.' },
    sv: { 'rule.pattern': '{field} "{value}" har inte formen {example}.', 'rule.patternHint': 'Skriv det som beslutet anger det, t.ex. {example}.' },
    nb: { 'rule.pattern': '{field} "{value}" har ikke formen {example}.', 'rule.patternHint': 'Skriv det slik vedtaket oppgir det, f.eks. {example}.' },
  },
  create: (params, p) => {
    const regex = new RegExp(`^(?:${params.pattern})$`, 'u');
    const when = params.when !== undefined ? new RegExp(`^(?:${params.when})$`, 'u') : undefined;
    return {
      check(plan, { t }, env, say) {
        for (const place of env.resolve(plan, p.field!)) {
          if (typeof place.value !== 'string' || !place.value.trim() || regex.test(place.value.trim())) continue;
          const match = when?.exec(place.value.trim());
          if (when && !match) continue;
          const groups = Object.fromEntries(Object.entries(match?.groups ?? {}).flatMap(([name, text]) => [[name, text ?? ''], [`${name}Length`, (text ?? '').length]]));
          // The value as checked: without the spaces around it.
          const values = { ...groups, field: env.label(p.field!), value: excerpt(place.value.trim()), example: params.example };
          say({ pointer: pointerOf(place), message: t('rule.pattern', values), hint: t('rule.patternHint', values), params: values });
        }
      },
    };
  },
};


const requiredIf: LibraryRule<{ field: string; if: Condition; at?: 'field' | 'if' }> = {
  name: 'required-if',
  id: 'field/required-if',
  severity: 'error',
  description: 'A field is filled in when another field has a given value (a response for every high risk).',
  help: 'Fill in the field, or change the value that makes it required.',
  params: once(() => {
    const { path, condition } = shared();
    return z.strictObject({
      field: path,
      if: condition,
      at: z.enum(['field', 'if']).optional().meta({ description: 'Where the problem is reported: at the missing field (field, the default), or at the field that makes it required (if), where a missing field has no line of its own to point at.' }),
    });
  }),
  pathKeys: ['field', 'if.field'],
  messages: {
    en: { 'rule.requiredIf': '{field} is required when {condition} is {value}.', 'rule.requiredIfAtLeast': '{field} is required when {condition} is {limit} or more (here {value}).', 'rule.requiredIfPresent': '{field} is required when {condition} is given.' },
    sv: { 'rule.requiredIf': '{field} krävs när {condition} är {value}.', 'rule.requiredIfAtLeast': '{field} krävs när {condition} är {limit} eller mer (här {value}).', 'rule.requiredIfPresent': '{field} krävs när {condition} är ifyllt.' },
    nb: { 'rule.requiredIf': '{field} kreves når {condition} er {value}.', 'rule.requiredIfAtLeast': '{field} kreves når {condition} er {limit} eller mer (her {value}).', 'rule.requiredIfPresent': '{field} kreves når {condition} er fylt ut.' },
  },
  create: (params, p) => ({
    check(plan, { t }, env, say) {
      const condPath = p['if.field']!;
      for (const cond of env.resolve(plan, condPath)) {
        const value = cond.value;
        let message: string | undefined;
        if (params.if.atLeast !== undefined) message = isNumber(value) && value >= params.if.atLeast ? 'rule.requiredIfAtLeast' : undefined;
        else if (params.if.equals !== undefined) message = value === params.if.equals ? 'rule.requiredIf' : undefined;
        else message = isPresent(value) ? 'rule.requiredIfPresent' : undefined;
        if (!message) continue;
        for (const target of env.resolve(plan, p.field!, cond.indices)) {
          if (isPresent(target.value)) continue;
          const values = { field: env.label(p.field!), condition: env.label(condPath), value: env.show(condPath, value), limit: params.if.atLeast ?? '' };
          say({ pointer: pointerOf(params.at === 'if' ? cond : target), message: t(message, values), params: values });
        }
      }
    },
  }),
};

const atLeastOne: LibraryRule<{ fields: string[] }> = {
  name: 'at-least-one',
  id: 'field/at-least-one',
  severity: 'error',
  description: 'At least one of several fields is filled in.',
  help: 'Fill in one of the fields the message names.',
  params: once(() => {
    const { path } = shared();
    return z.strictObject({ fields: z.array(path).min(2) });
  }),
  pathKeys: ['fields'],
  messages: {
    en: { 'rule.atLeastOne': 'Fill in at least one of {fields}.' },
    sv: { 'rule.atLeastOne': 'Fyll i minst ett av {fields}.' },
    nb: { 'rule.atLeastOne': 'Fyll ut minst ett av {fields}.' },
  },
  create: (params, p) => ({
    check(plan, { t, lang }, env, say) {
      const fieldPaths = params.fields.map((_, i) => p[`fields.${i}`]!);
      for (const first of env.resolve(plan, fieldPaths[0]!)) {
        const places = fieldPaths.map((fieldPath, i) => (i === 0 ? first : env.resolve(plan, fieldPath, first.indices)[0]));
        if (places.some((place) => place && isPresent(place.value))) continue;
        const values = { fields: new Intl.ListFormat(lang, { type: 'disjunction' }).format(fieldPaths.map((fieldPath) => env.label(fieldPath))) };
        const parent = first.path.slice(0, -1);
        say({ pointer: parent.length ? pointerOf({ ...first, path: parent }) : pointerOf(first), target: 'key', message: t('rule.atLeastOne', values), params: values });
      }
    },
  }),
};

function asNamedList(value: NamedList | NamedList[]): NamedList[] {
  return Array.isArray(value) ? value : [value];
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return /\S/.test(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}


/** `balance` is declared here for its documentation and parameters; it becomes part of the budget view. */
const balance: LibraryRule<{ stated: string; parts: string[]; title?: string; name?: string }> = {
  name: 'balance',
  id: 'budget/balance',
  severity: 'error',
  description: 'Figures the plan states per column equal the sum of tables\' totals (D.7.3 = D.7.1 + D.7.2).',
  help: 'Write the sums the message gives, or correct the rows.',
  params: once(() => {
    const { path } = shared();
    return z.strictObject({ stated: path, parts: z.array(path).min(1), title: z.string().optional().meta({ description: 'What is checked, as the form names it: "D.7.3 Total kostnad".' }), name: z.string().optional().meta({ description: 'The name a template finds it by, {{#with (budgetBalance "D.7.3")}} (default: its title).' }) });
  }),
  pathKeys: ['stated', 'parts'],
  messages: { en: {}, sv: {}, nb: {} },
  create: () => ({ check() {} }),
};

const numberedReference: LibraryRule<{ values: string; in: string }> = {
  name: 'numbered-reference',
  id: 'reference/unknown-number',
  severity: 'error',
  description: 'A number refers to an entry of a list by its place in it, counting from 1 ("Vedr. pkt. 2" is the second success factor).',
  help: 'Use a number from 1 to the length of the list the message names, or add the entry to that list.',
  params: once(() => {
    const { path } = shared();
    return z.strictObject({ values: path.meta({ description: 'The numbers, e.g. factorAssurance.entries[].factor.' }), in: path.meta({ description: 'The list they count in, e.g. successFactors.' }) });
  }),
  pathKeys: ['values', 'in'],
  messages: {
    en: { 'rule.numberedReference': '{field} is {value}, but {list} has only {count} entries.', 'rule.numberedReferenceHint': 'Use a number from 1 to {count}, or add the entry to {list}.' },
    sv: { 'rule.numberedReference': '{field} är {value}, men {list} har bara {count} poster.', 'rule.numberedReferenceHint': 'Använd ett nummer från 1 till {count}, eller lägg till posten i {list}.' },
    nb: { 'rule.numberedReference': '{field} er {value}, men {list} har bare {count} oppføringer.', 'rule.numberedReferenceHint': 'Bruk et nummer fra 1 til {count}, eller legg oppføringen til i {list}.' },
  },
  create: (_, p) => ({
    check(plan, { t }, env, say) {
      const list = env.resolve(plan, p.in!)[0]?.value;
      if (!Array.isArray(list)) return;
      const count = list.length;
      for (const place of env.resolve(plan, p.values!)) {
        if (!isNumber(place.value) || (place.value >= 1 && place.value <= count)) continue;
        const values = { field: env.label(p.values!), value: place.value, list: env.label(p.in!), count };
        say({ pointer: pointerOf(place), message: t('rule.numberedReference', values), hint: t('rule.numberedReferenceHint', values), params: values });
      }
    },
  }),
};

const numberedCoverage: LibraryRule<{ list: string; by: string }> = {
  name: 'numbered-coverage',
  id: 'reference/not-covered',
  severity: 'error',
  description: 'Every entry of a list is referred to by its number (1, 2, 3 …) from another list (each success factor has its quality-assurance entry).',
  help: 'Add an entry with the number the message gives, or remove the entry that has none.',
  params: once(() => {
    const { path } = shared();
    return z.strictObject({ list: path.meta({ description: 'The numbered list, e.g. successFactors.' }), by: path.meta({ description: 'The numbers that refer to its entries, e.g. factorAssurance.entries[].factor.' }) });
  }),
  pathKeys: ['list', 'by'],
  messages: {
    en: { 'rule.numberedCoverage': 'Entry {number} of {list} ("{text}") has no entry in {by} referring to it.', 'rule.numberedCoverageHint': 'Add an entry with {number} in {by}.' },
    sv: { 'rule.numberedCoverage': 'Post {number} i {list} ("{text}") har ingen post i {by} som hänvisar till den.', 'rule.numberedCoverageHint': 'Lägg till en post med {number} i {by}.' },
    nb: { 'rule.numberedCoverage': 'Oppføring {number} i {list} ("{text}") har ingen oppføring i {by} som viser til den.', 'rule.numberedCoverageHint': 'Legg til en oppføring med {number} i {by}.' },
  },
  create: (_, p) => ({
    check(plan, { t }, env, say) {
      const place = env.resolve(plan, p.list!)[0];
      if (!place || !Array.isArray(place.value)) return;
      const referred = new Set(env.resolve(plan, p.by!).map((entry) => entry.value).filter(isNumber));
      place.value.forEach((entry, index) => {
        if (referred.has(index + 1)) return;
        const values = { number: index + 1, text: typeof entry === 'string' || typeof entry === 'number' ? String(entry) : '', list: env.label(p.list!), by: env.label(p.by!) };
        say({ pointer: toPointer([...place.path, index]), message: t('rule.numberedCoverage', values), hint: t('rule.numberedCoverageHint', values), params: values });
      });
    },
  }),
};

const answered: LibraryRule<{ fields: string[] }> = {
  name: 'answered',
  id: 'field/unanswered',
  severity: 'error',
  description: 'Each section the form asks about has an answer: text with something in it, or a list with an entry.',
  help: 'Write the answer under the key the message names; where there is nothing to say, say so in words.',
  // Optional fields with this rule rather than required ones: each missing answer is named by its section, and none hides the plan's other mistakes.
  params: once(() => {
    const { path } = shared();
    return z.strictObject({ fields: z.array(path).min(1).meta({ description: 'The sections, in the form\'s order: a missing one is said to belong after the one before it.' }) });
  }),
  pathKeys: ['fields'],
  messages: {
    en: { 'rule.answered': '{field} has no answer.', 'rule.answeredList': '{field} has no entry.', 'rule.answeredHint': 'Write the answer under "{key}:".', 'rule.answeredHintAfter': 'Write the answer under "{key}:", after "{previous}:" (line {line}).' },
    sv: { 'rule.answered': '{field} saknar svar.', 'rule.answeredList': '{field} saknar uppgifter.', 'rule.answeredHint': 'Skriv svaret under "{key}:".', 'rule.answeredHintAfter': 'Skriv svaret under "{key}:", efter "{previous}:" (rad {line}).' },
    nb: { 'rule.answered': '{field} mangler svar.', 'rule.answeredList': '{field} mangler oppføringer.', 'rule.answeredHint': 'Skriv svaret under "{key}:".', 'rule.answeredHintAfter': 'Skriv svaret under "{key}:", etter "{previous}:" (linje {line}).' },
  },
  create: (params, p) => ({
    check(plan, { t, locate }, env, say) {
      const fieldPaths = params.fields.map((_, i) => p[`fields.${i}`]!);
      const there = (place: Located | undefined) => place !== undefined && place.value !== undefined && place.value !== null;
      fieldPaths.forEach((fieldPath, index) => {
        for (const place of env.resolve(plan, fieldPath)) {
          if (isPresent(place.value)) continue;
          const key = String(place.path[place.path.length - 1] ?? '');
          const base = { field: env.label(fieldPath), key };
          const list = env.type?.(fieldPath) === 'list' || Array.isArray(place.value);
          // A list, and an empty answer, are reported at their key; an answer left null at its empty value.
          const target = list || there(place) ? { target: 'key' as const } : {};
          const message = list ? 'rule.answeredList' : 'rule.answered';
          if (there(place) && (list || place.value !== null)) {
            const values = { ...base, previous: '', line: '' };
            say({ pointer: pointerOf(place), ...target, message: t(message, values), hint: t('rule.answeredHint', values), params: values });
            continue;
          }
          // A missing key has no line of its own: say where it belongs, after the section before it.
          const previous = fieldPaths
            .slice(0, index)
            .map((before) => env.resolve(plan, before, place.indices)[0])
            .reverse()
            .find(there);
          const values = { ...base, previous: previous ? String(previous.path[previous.path.length - 1]) : '', line: previous ? locate(pointerOf(previous)).line : '' };
          say({ pointer: pointerOf(place), ...(list ? target : {}), message: t(message, values), hint: t(previous ? 'rule.answeredHintAfter' : 'rule.answeredHint', values), params: values });
        }
      });
    },
  }),
};

/** Signed as a change is written: "+1,1", "-20", "0". */
const signedShow = (env: RuleEnvironment, at: FieldPath, value: number) => (value > 0 ? '+' : '') + env.show(at, value);

const difference: LibraryRule<{ value: string; from: string; to: string; name?: string | string[] }> = {
  name: 'difference',
  id: 'field/difference',
  severity: 'error',
  description: 'A stated change equals the later figure minus the earlier one (a final value minus a baseline).',
  help: 'Write the change the message gives, or correct one of the two figures.',
  params: once(() => {
    const { path, nameParam } = shared();
    return z.strictObject({ value: path.meta({ description: 'The stated change.' }), from: path.meta({ description: 'The earlier figure.' }), to: path.meta({ description: 'The later figure.' }), name: nameParam });
  }),
  pathKeys: ['value', 'from', 'to', 'name'],
  messages: {
    en: { 'rule.difference': '{field} is stated as {stated}, but {to} − {from} = {computed}.', 'rule.differenceHint': 'Write {write}, or correct {fromLabel} or {toLabel}.', 'rule.differenceSignHint': 'A decrease is written with a minus sign and an increase without: write {write}.' },
    sv: { 'rule.difference': '{field} anges till {stated}, men {to} − {from} = {computed}.', 'rule.differenceHint': 'Skriv {write}, eller rätta {fromLabel} eller {toLabel}.', 'rule.differenceSignHint': 'En minskning skrivs med minustecken och en ökning utan: skriv {write}.' },
    nb: { 'rule.difference': '{field} er oppgitt til {stated}, men {to} − {from} = {computed}.', 'rule.differenceHint': 'Skriv {write}, eller rett {fromLabel} eller {toLabel}.', 'rule.differenceSignHint': 'En nedgang skrives med minustegn og en økning uten: skriv {write}.' },
  },
  create: (given, p) => ({
    check(plan, { t }, env, say) {
      for (const place of env.resolve(plan, p.value!)) {
        if (!isNumber(place.value)) continue;
        const from = env.resolve(plan, p.from!, place.indices)[0]?.value;
        const to = env.resolve(plan, p.to!, place.indices)[0]?.value;
        if (!isNumber(from) || !isNumber(to)) continue;
        const computed = figureDifference(to, from);
        if (computed === place.value) continue;
        const signFlipped = computed !== 0 && place.value === -computed;
        const values = {
          field: env.label(p.value!),
          name: entryName(plan, env, p, given.name, place.indices),
          stated: signedShow(env, p.value!, place.value),
          computed: signedShow(env, p.value!, computed),
          // As the plan writes it: a rise without its plus sign.
          write: env.show(p.value!, computed),
          from: env.show(p.from!, from),
          to: env.show(p.to!, to),
          fromLabel: env.label(p.from!),
          toLabel: env.label(p.to!),
        };
        say({ pointer: pointerOf(place), message: t('rule.difference', values), hint: t(signFlipped ? 'rule.differenceSignHint' : 'rule.differenceHint', values), params: values });
      }
    },
  }),
};

const used: LibraryRule<{ values: string; by: string }> = {
  name: 'used',
  id: 'reference/unused',
  severity: 'warning',
  description: 'Every entry of a list is named somewhere else in the plan (a declared role is responsible for some action).',
  help: 'Name the entry where it belongs, or remove it from its list.',
  params: once(() => {
    const { path } = shared();
    return z.strictObject({ values: path, by: path.meta({ description: 'Where the entries are to be named, e.g. actions[].responsible[].' }) });
  }),
  pathKeys: ['values', 'by'],
  messages: {
    en: { 'rule.used': '"{value}" in {list} is not named in {by}.', 'rule.usedHint': 'Name it in {by}, or remove it from {list}.' },
    sv: { 'rule.used': '"{value}" i {list} nämns inte i {by}.', 'rule.usedHint': 'Ange det i {by}, eller ta bort det ur {list}.' },
    nb: { 'rule.used': '"{value}" i {list} er ikke nevnt i {by}.', 'rule.usedHint': 'Oppgi det i {by}, eller fjern det fra {list}.' },
  },
  create: (_, p) => ({
    check(plan, { t }, env, say) {
      const named = new Set(env.resolve(plan, p.by!).map((place) => place.value).filter((value) => typeof value === 'string' || typeof value === 'number').map(String));
      for (const place of env.resolve(plan, p.values!)) {
        if ((typeof place.value !== 'string' && typeof place.value !== 'number') || named.has(String(place.value))) continue;
        const values = { value: String(place.value), list: env.label(p.values!), by: env.label(p.by!) };
        say({ pointer: pointerOf(place), message: t('rule.used', values), hint: t('rule.usedHint', values), params: values });
      }
    },
  }),
};

type PhoneParams = { fields: string | string[]; name?: string | string[]; country?: PhoneCountry };

/** Each written number, read as older documents print them (core/contact.ts readContactPhone). */
function eachPhone(plan: unknown, env: RuleEnvironment, params: PhoneParams, p: Record<string, FieldPath>, visit: (read: ReturnType<typeof readContactPhone>, values: Record<string, string | number>, place: Located) => void) {
  const country = params.country ?? (env.lang === 'nb' ? 'NO' : 'SE');
  asList(params.fields).forEach((_, i) => {
    const fieldPath = p[`fields.${i}`]!;
    for (const place of env.resolve(plan, fieldPath)) {
      if (typeof place.value !== 'string' || !place.value.trim()) continue;
      const input = place.value.trim();
      const read = readContactPhone(input, country);
      if (read.ok) continue;
      const problem = read.problem;
      visit(read, { field: env.label(fieldPath), name: entryName(plan, env, p, params.name, place.indices), input, count: problem.code === 'digitCount' ? problem.count : '', expected: problem.code === 'digitCount' ? problem.expected : '' }, place);
    }
  });
}

const phoneFormat: LibraryRule<PhoneParams> = {
  name: 'phone-format',
  id: 'contact/phone-format',
  severity: 'error',
  description: 'A telephone number is written as one: digits in groups, and not more digits than one number has.',
  help: 'Write the digits in groups separated by spaces or hyphens, area code first.',
  params: once(() => {
    const { phoneParams } = shared();
    return phoneParams;
  }),
  pathKeys: ['fields', 'name'],
  messages: {
    en: { 'rule.phoneNotANumber': '{field} "{input}" is not a telephone number.', 'rule.phoneNotANumberHint': 'Write the digits in groups separated by spaces or hyphens, area code first.', 'rule.phoneTooLong': '{field} "{input}" has {count} digits, more than one number can have.', 'rule.phoneTooLongHint': 'A number has {expected} digits with its area code.' },
    sv: { 'rule.phoneNotANumber': '{field} "{input}" är inget telefonnummer.', 'rule.phoneNotANumberHint': 'Skriv siffrorna i grupper åtskilda av mellanslag eller bindestreck, riktnumret först.', 'rule.phoneTooLong': '{field} "{input}" har {count} siffror, fler än ett nummer kan ha.', 'rule.phoneTooLongHint': 'Ett nummer har {expected} siffror med riktnummer.' },
    nb: { 'rule.phoneNotANumber': '{field} "{input}" er ikke et telefonnummer.', 'rule.phoneNotANumberHint': 'Skriv sifrene i grupper atskilt med mellomrom eller bindestrek, retningsnummeret først.', 'rule.phoneTooLong': '{field} "{input}" har {count} sifre, flere enn ett nummer kan ha.', 'rule.phoneTooLongHint': 'Et nummer har {expected} sifre med retningsnummer.' },
  },
  create: (params, p) => ({
    check(plan, { t }, env, say) {
      eachPhone(plan, env, params, p, (read, values, place) => {
        if (read.ok) return;
        if (read.problem.code === 'notAPhone') say({ pointer: pointerOf(place), message: t('rule.phoneNotANumber', values), hint: t('rule.phoneNotANumberHint', values), params: values });
        if (read.problem.code === 'digitCount' && !read.problem.tooFew) say({ pointer: pointerOf(place), message: t('rule.phoneTooLong', values), hint: t('rule.phoneTooLongHint', values), params: values });
      });
    },
  }),
};

const phoneComplete: LibraryRule<PhoneParams> = {
  name: 'phone-complete',
  id: 'contact/phone-incomplete',
  severity: 'warning',
  description: 'A telephone number has all its digits, area code included (a warning: a reader can complete it).',
  help: 'Complete the number with its area code and every digit.',
  params: once(() => {
    const { phoneParams } = shared();
    return phoneParams;
  }),
  pathKeys: ['fields', 'name'],
  messages: {
    en: { 'rule.phoneIncomplete': '{field} "{input}" is incomplete: it has only {count} digits.', 'rule.phoneNoAreaCode': '{field} "{input}" has no area code.', 'rule.phoneIncompleteHint': 'Write the whole number, area code first.' },
    sv: { 'rule.phoneIncomplete': '{field} "{input}" är ofullständigt: det har bara {count} siffror.', 'rule.phoneNoAreaCode': '{field} "{input}" saknar riktnummer.', 'rule.phoneIncompleteHint': 'Skriv hela numret, riktnumret först.' },
    nb: { 'rule.phoneIncomplete': '{field} "{input}" er ufullstendig: det har bare {count} sifre.', 'rule.phoneNoAreaCode': '{field} "{input}" mangler retningsnummer.', 'rule.phoneIncompleteHint': 'Skriv hele nummeret, retningsnummeret først.' },
  },
  create: (params, p) => ({
    check(plan, { t }, env, say) {
      eachPhone(plan, env, params, p, (read, values, place) => {
        if (read.ok) return;
        if (read.problem.code === 'digitCount' && read.problem.tooFew) say({ pointer: pointerOf(place), message: t('rule.phoneIncomplete', values), hint: t('rule.phoneIncompleteHint', values), params: values });
        if (read.problem.code === 'noAreaCode') say({ pointer: pointerOf(place), message: t('rule.phoneNoAreaCode', values), hint: t('rule.phoneIncompleteHint', values), params: values });
      });
    },
  }),
};

export const LIBRARY: readonly LibraryRule[] = [sum, equals, balance, share, cap, dateOrder, withinPeriod, reference, unique, pattern, requiredIf, atLeastOne, used, answered, difference, phoneFormat, phoneComplete, numberedReference, numberedCoverage];

export function findLibraryRule(name: string): LibraryRule | undefined {
  return LIBRARY.find((rule) => rule.name === name);
}

/** Every library rule's messages, as one catalog for a kind's translator. */
export const libraryMessages: Messages = {
  en: Object.assign({}, ...LIBRARY.map((rule) => rule.messages.en)),
  sv: Object.assign({}, ...LIBRARY.map((rule) => rule.messages.sv)),
  nb: Object.assign({}, ...LIBRARY.map((rule) => rule.messages.nb)),
};

/** Where a library rule is documented, in the package (docs/kinds.md), relative to its root. */
export function ruleHelpUri(name: string): string {
  return `docs/kinds.md#rule-${name}`;
}

export type { Translate };
