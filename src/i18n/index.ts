import { en } from './en.js';
import { sv } from './sv.js';
import { nb } from './nb.js';

export const LANGS = ['sv', 'nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export type Catalog = Readonly<Record<string, string>>;

/** One text in every language; the English catalog is the reference that the others must match. */
export type Messages<Id extends string = string> = {
  readonly en: Readonly<Record<Id, string>>;
  readonly sv: Readonly<Record<Id, string>>;
  readonly nb: Readonly<Record<Id, string>>;
};

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (id: string, params?: MessageParams) => string;

export const coreMessages: Messages<keyof typeof en> = { en, sv, nb };

/**
 * A translator for one language over the core catalog and any kind's own catalog. A missing id is
 * a programming error, shown as the id itself so that it is noticed rather than hidden.
 */
export function createTranslator(lang: Lang, ...extra: readonly Messages[]): Translate {
  const catalogs: Catalog[] = [coreMessages[lang], ...extra.map((m) => m[lang])];
  return (id, params = {}) => {
    let template: string | undefined;
    for (let i = catalogs.length - 1; i >= 0 && template === undefined; i--) template = catalogs[i]![id];
    if (template === undefined) return id;
    return interpolate(template, params);
  };
}

export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string, at: number) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    const closing = QUOTES[template[at - 1] ?? ''];
    const quoted = closing !== undefined && closing === template[at + whole.length];
    return quoted ? excerpt(value) : value.replace(QUOTED_RUN, (run) => run[0] + excerpt(run.slice(1, -1)) + run.at(-1));
  });
}

/** A message quotes at most this much of what the user wrote: enough to recognise it, not a whole 100 kB line. */
export const MAX_EXCERPT = 80;

/** Opening quotes the messages use, with their closing ones. */
const QUOTES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { '"': '"', "'": "'", '«': '»', '“': '”', '”': '”', '„': '“', '‘': '’' });

/** A quoted text inside a value (a list of values the tool made, or a parser's detail) long enough to shorten. */
const QUOTED_RUN = new RegExp(`"[^"]{${MAX_EXCERPT + 1},}"|«[^»]{${MAX_EXCERPT + 1},}»|“[^”]{${MAX_EXCERPT + 1},}”`, 'g');

/** The start of a text, at most MAX_EXCERPT characters with the "…" that says it goes on; never cut inside a character. */
export function excerpt(text: string): string {
  if (text.length <= MAX_EXCERPT) return text;
  const chars = Array.from(text);
  return chars.length <= MAX_EXCERPT ? text : chars.slice(0, MAX_EXCERPT - 1).join('') + '…';
}

export function formatList(lang: Lang, items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const type = conjunction === 'and' ? 'conjunction' : 'disjunction';
  return new Intl.ListFormat(lang, { type }).format(items);
}
