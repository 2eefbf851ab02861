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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function formatList(lang: Lang, items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const type = conjunction === 'and' ? 'conjunction' : 'disjunction';
  return new Intl.ListFormat(lang, { type }).format(items);
}
