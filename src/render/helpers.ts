import Handlebars from 'handlebars';
import { allColumns, computedTotals, balanceTotals, derivedCells, effectiveTotals, type BudgetView } from '../core/budget.js';
import { formatAmount } from '../core/money.js';
import { DATE_STYLES, formatDate, type DateSpan, type DateStyle, type PlanDate } from '../core/dates.js';
import { isLang, type Lang } from '../i18n/index.js';
import { escapeMarkdown } from './escape.js';
import { withoutUnsafeLinks } from './links.js';
import { Placeholder } from './placeholder.js';
import type { TemplateHelpers } from './template.js';

export interface DisplayRow {
  label: string | Placeholder;
  note?: string;
  /** Formatted amounts, one per column, derived columns last; '' for an empty cell, a placeholder for one a draft lacks. */
  cells: (string | Placeholder)[];
}

export interface DisplayTable {
  id: string;
  title: string;
  /** Every printed column: the table's own, then its derived ones (a deviation, a row total). */
  columns: readonly string[];
  labelHeading?: string;
  rows: DisplayRow[];
  totalLabel: string;
  /** The sum row as the reader sees it: the stated sums, or the computed ones where none is stated. */
  totals: string[];
  computedTotals: string[];
}

/** What a draft prints for a figure or row label it lacks, named by its column; a finished document never has one. */
type MissingCell = (column: string) => Placeholder;

export function displayTable(view: BudgetView, id: string, missing?: MissingCell): DisplayTable | undefined {
  const table = view.tables.find((t) => t.id === id);
  if (!table) return undefined;
  const cell = (value: number | null | undefined, column: number) => (value === null || value === undefined ? '' : Number.isNaN(value) && missing ? missing(allColumns(table)[column] ?? table.totalLabel) : formatAmount(value));
  return {
    id: table.id,
    title: table.title,
    columns: allColumns(table),
    ...(table.labelHeading ? { labelHeading: table.labelHeading } : {}),
    rows: table.rows.map((row) => {
      // A derived cell shows what the plan states where it states something, as the sum row does.
      const derived = derivedCells(table, row).map((value, i) => plain(row.stated?.amounts[i] ?? value));
      const label = row.label === '' && missing ? missing(table.labelHeading ?? table.title) : row.label;
      return { label, ...(row.note ? { note: row.note } : {}), cells: [...table.columns.map((_, i) => cell(row.amounts[i], i)), ...derived] };
    }),
    totalLabel: table.totalLabel,
    // A sum over a missing figure is not a value the plan lacks but one that cannot be worked out: "?".
    totals: effectiveTotals(table).map((value) => plain(value)),
    computedTotals: computedTotals(table).map((value) => plain(value)),
  };
}

const plain = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatAmount(value));

/**
 * Helpers every template can use. Helpers that build Markdown return SafeStrings, which are not
 * escaped. A draft's placeholder passes through every helper that prints a value, and `missing`
 * names a budget figure a draft lacks.
 */
export function createHelpers(budget: BudgetView | undefined, missing?: MissingCell): TemplateHelpers {
  const helpers = createValueHelpers(budget, missing);
  for (const name of ['amount', 'date', 'number', 'join', 'link', 'image'] as const) {
    const print = helpers[name]!;
    helpers[name] = (value: unknown, ...rest: unknown[]) => (value instanceof Placeholder ? value : print(value, ...rest));
  }
  const markdown = helpers.markdown!;
  helpers.markdown = (value: unknown, ...rest: unknown[]) => (value instanceof Placeholder ? new Handlebars.SafeString(value.markdown('text')) : markdown(value, ...rest));
  return helpers;
}

function createValueHelpers(budget: BudgetView | undefined, missing: MissingCell | undefined): TemplateHelpers {
  // A column's header and each of its rows ask whether some row fills it: answered once per list
  // and key, or a table of n rows reads n × n cells (a 1,000-row action plan, two million).
  const filledColumns = new WeakMap<object, Map<string, boolean>>();
  return {
    amount: (value: unknown) => (typeof value === 'number' ? formatAmount(value) : ''),
    budgetTable: (id: string) => (budget ? displayTable(budget, id, missing) : undefined),
    budgetBalance: (id: string) => {
      const balance = budget?.balances.find((b) => b.id === id);
      if (!budget || !balance) return undefined;
      const computed = balanceTotals(budget, balance);
      return { id: balance.id, title: balance.title, cells: computed.map((value, i) => plain(balance.stated.amounts[i] ?? value)) };
    },
    /**
     * A date as the plan writes it ("2008-05-01", "Hösten 2005"), or with a format the template
     * asks for: {{date x "long"}} writes an exact day in the document's language ("1 maj 2008").
     */
    date: (value: unknown, ...rest: unknown[]) => {
      const options = rest.pop() as Handlebars.HelperOptions;
      const style = rest[0] ?? 'written';
      if (!DATE_STYLES.includes(style as DateStyle)) throw new Error(`{{date}}: "${String(style)}" is not a date format; use ${DATE_STYLES.map((s) => `"${s}"`).join(', ')}.`);
      return printDate(value, documentLang(options), style as DateStyle);
    },
    eq: (a: unknown, b: unknown) => a === b,
    ne: (a: unknown, b: unknown) => a !== b,
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    not: (value: unknown) => !value,
    /** "a, b, c", or with a separator of the template's choosing. */
    join: (list: unknown, separator: unknown) => (Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : ', ') : ''),
    isList: (value: unknown) => Array.isArray(value),
    /**
     * A figure that is not an amount (points, people, months, per cent) in the document's language:
     * "5 897", "16,6", "−20"; `signed=true` writes a change as "+1,1" or "−20". Rounded to at most
     * three decimals, so a computed difference prints as the figures it came from.
     */
    number: (value: unknown, options: Handlebars.HelperOptions) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return '';
      const locale = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' }[documentLang(options)];
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, signDisplay: options.hash?.signed ? 'exceptZero' : 'auto' }).format(value);
    },
    /** True when some entry of a list has `key` filled in: for a column only some rows use ({{#if (someFilled contacts "email")}}). */
    someFilled: (list: unknown, key: unknown) => {
      if (!Array.isArray(list) || typeof key !== 'string') return false;
      let byKey = filledColumns.get(list);
      if (!byKey) filledColumns.set(list, (byKey = new Map()));
      let filled = byKey.get(key);
      if (filled === undefined) {
        filled = list.some((entry) => {
          const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[key] : undefined;
          return typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined;
        });
        byKey.set(key, filled);
      }
      return filled;
    },
    /** Sum of numbers, e.g. {{add @index 1}} to number items from 1. */
    add: (...args: unknown[]) => args.slice(0, -1).reduce<number>((sum, value) => sum + Number(value), 0),
    /** A Markdown image of a file path (relative to the plan), its path and alt text escaped so neither can break the Markdown. */
    image: (path: unknown, options: Handlebars.HelperOptions) => {
      if (typeof path !== 'string' || path.trim() === '') return '';
      const alt = String(options.hash?.alt ?? '').replace(/[\\[\]]/g, '\\$&').replace(/\s+/g, ' ');
      // A lone surrogate (validate refuses it) must not stop a forced render with "URI malformed".
      return new Handlebars.SafeString(`![${alt}](${encodeURI(path.trim().replace(/\p{Cs}/gu, '\uFFFD')).replace(/[()]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())})`);
    },
    /** True for a list with entries or a string with text: for {{#if (filled x)}} around optional sections. */
    filled: (value: unknown) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined),
    /** A web or e-mail address as a link that shows it as written: "www.x.se" → https://www.x.se, "a@b.se" → mailto:a@b.se. */
    link: (value: unknown) => new Handlebars.SafeString(addressLink(value)),
    /** Markdown written by the user in a Markdown field, its headings moved below the template's own. */
    markdown: (value: unknown, options: Handlebars.HelperOptions) => {
      const below = Number(options.hash?.headingLevel ?? 3);
      return new Handlebars.SafeString(userMarkdown(String(value ?? ''), below));
    },
  };
}

/**
 * A Markdown link to an address. Autolinking cannot be left to the Markdown reader: the text's
 * escapes ("om\\_oss") would end up in the address, and an "_" would cut an e-mail address short.
 */
export function addressLink(value: unknown): string {
  const address = typeof value === 'string' ? value.trim() : '';
  if (!address) return '';
  const href = /^https?:\/\//i.test(address) ? address : /^[^\s@]+@[^\s@]+$/.test(address) ? 'mailto:' + address : 'https://' + address;
  // Inside <…> a destination may hold any character but "<", ">", a line break and an escaping backslash.
  const safe = href.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c));
  const destination = /[()]/.test(safe) ? `<${safe}>` : safe;
  return `[${escapeMarkdown(address, 'text').replace(/\n/g, ' ')}](${destination})`;
}

/**
 * A Markdown field's text, made safe to place inside a document: its headings start at `topLevel`
 * (a "#" in an answer must not compete with the form's own headings), and HTML is shown as text.
 */
export function userMarkdown(text: string, topLevel: number): string {
  const lines = withoutUnsafeLinks(text.replace(/\r\n?/g, '\n').trim()).split('\n');
  let fence: string | undefined;
  const headingLevels = lines.map((line) => /^ {0,3}(#{1,6})\s/.exec(line)?.[1]?.length).filter((n): n is number => n !== undefined);
  const shift = headingLevels.length ? topLevel - Math.min(...headingLevels) : 0;
  return lines
    .map((line) => {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch) fence = fence ? (line.trim().startsWith(fence) ? undefined : fence) : fenceMatch[1];
      if (fence) return line;
      const heading = /^ {0,3}(#{1,6})(\s.*)$/.exec(line);
      const safe = line.replace(/<(?=[A-Za-z/!?])/g, '\\<');
      if (!heading) return safe;
      return '#'.repeat(Math.min(6, Math.max(1, heading[1]!.length + shift))) + heading[2]!.replace(/<(?=[A-Za-z/!?])/g, '\\<');
    })
    .join('\n');
}

function documentLang(options: Handlebars.HelperOptions | undefined): Lang {
  const lang = (options?.data as { root?: { $kind?: { lang?: unknown } } } | undefined)?.root?.$kind?.lang;
  return isLang(lang) ? lang : 'sv';
}

function printDate(value: unknown, lang: Lang, style: DateStyle): string {
  if (typeof value === 'string') return formatDate(value, lang);
  if (value !== null && typeof value === 'object') {
    if (typeof (value as PlanDate).text === 'string') return formatDate(value as PlanDate, lang, style);
    const { from, to } = value as Partial<DateSpan>;
    if (typeof from === 'string' && typeof to === 'string') return formatDate({ from, to }, lang);
  }
  return '';
}
