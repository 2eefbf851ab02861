import { z } from 'zod';
import { readPhone, readWebAddress, PHONE_EXAMPLES, type PhoneCountry } from './contact.js';
import { readAmount, type AmountOptions } from './money.js';
import { readDate, readDateCell, type DateResult } from './dates.js';
import type { Lang } from '../i18n/index.js';

/**
 * Building blocks for kinds' schemas. Custom problems carry a message id (a key of the i18n
 * catalogs) as their message and their figures as params, so that the checker can say them in the
 * user's language; see check/schema-issues.ts.
 */

export type FieldMeta = {
  /** The form's own name for the field, in the document's language ("D.8 Samordnare/kontaktperson"). */
  title?: string;
  /** Hover help in editors, in the document's language. */
  description: string;
};

/** What a field's value is read as, for those plan reads by rules of its own: editors say how a value was read. */
export type FieldReading = 'amount' | 'date';
const readings = new WeakMap<z.ZodType, FieldReading>();

/** How plan reads the values of a field built here, if by rules of its own (an amount, a date). */
export function fieldReading(schema: z.ZodType): FieldReading | undefined {
  return readings.get(schema);
}

function reads<Schema extends z.ZodType>(schema: Schema, reading: FieldReading): Schema {
  readings.set(schema, reading);
  return schema;
}

/** Prose the user writes: any string with something other than white space in it. */
export function text(meta: FieldMeta) {
  return z
    .string()
    .refine((value) => /\S/.test(value), { message: 'field.emptyText' })
    .register(z.globalRegistry, meta);
}

/** Prose that may be left out, or left empty (the form then prints an empty box). */
export function optionalText(meta: FieldMeta) {
  return z.string().nullish().register(z.globalRegistry, meta);
}

/** A whole amount, read exactly or refused (see core/money.ts). */
export function amount(meta: FieldMeta, options: AmountOptions = {}) {
  return reads(amountSchema(meta, options), 'amount');
}

function amountSchema(meta: FieldMeta, options: AmountOptions) {
  return z
    .union([z.number(), z.string()], { error: 'amount.notAnAmount' })
    .transform((input, ctx) => {
      const result = readAmount(input, options);
      if (result.ok) return result.value;
      const { code, ...params } = result.problem;
      ctx.addIssue({ code: 'custom', message: `amount.${code}`, params, input });
      return z.NEVER;
    })
    .register(z.globalRegistry, meta);
}

/** A budget cell: an amount, or empty (`~` or nothing) where the form leaves the cell blank. */
export function amountCell(meta: FieldMeta, options: AmountOptions = {}) {
  return amount(meta, options).nullish().transform((value) => value ?? null);
}

/** An e-mail address, as written. */
export function email(meta: FieldMeta) {
  return z.email({ error: 'field.email' }).register(z.globalRegistry, meta);
}

/** A web address as printed ("www.exempel.se" or with http(s)://), kept as written; see core/contact.ts. */
export function url(meta: FieldMeta) {
  return z
    .string()
    .transform((input, ctx) => {
      const result = readWebAddress(input);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: 'field.url', input });
      return z.NEVER;
    })
    .register(z.globalRegistry, meta);
}

/**
 * The name of a picture file, relative to the plan (a logo). Whether the file is there and is a
 * picture is the field/picture rule's to say, with the file system at hand; the name itself must be
 * one a file can have: no web address (pictures are not fetched) and no broken character.
 */
export function pictureName(meta: FieldMeta) {
  return z
    .string()
    .transform((input, ctx) => {
      const name = input.trim();
      if (name !== '' && !/[\p{Cs}\0]/u.test(name) && !/^[a-z][a-z0-9+.-]+:/i.test(name)) return name;
      ctx.addIssue({ code: 'custom', message: 'field.pictureName', input });
      return z.NEVER;
    })
    .register(z.globalRegistry, meta);
}

export interface PhoneOptions {
  /** The numbering a number without "+" and a country code is read in: the document's country. */
  country?: PhoneCountry;
}

/** A telephone number, kept as written, that looks like one of the country's (or has its country code); see core/contact.ts. */
export function phone(meta: FieldMeta, { country = 'SE' }: PhoneOptions = {}) {
  return z
    .union([z.string(), z.number()])
    .transform((input, ctx) => {
      const result = readPhone(input, country);
      if (result.ok) return result.value;
      const { code, ...params } = result.problem;
      // All phone problems share the rule id field/phone (the id's third part only picks the text).
      ctx.addIssue({ code: 'custom', message: `field.phone.${code}`, params: { ...params, examples: PHONE_EXAMPLES[country].join(', ') }, input });
      return z.NEVER;
    })
    .register(z.globalRegistry, meta);
}

export interface DateOptions {
  /** The document's language: problems name months and days the way it writes them. Swedish by default. */
  lang?: Lang;
}

function dateField(meta: FieldMeta, read: (input: unknown, lang: Lang) => DateResult, options: DateOptions, messageOf = (code: string) => `date.${code}`) {
  return reads(dateSchema(meta, read, options, messageOf), 'date');
}

function dateSchema(meta: FieldMeta, read: (input: unknown, lang: Lang) => DateResult, options: DateOptions, messageOf: (code: string) => string) {
  return z
    .union([z.string(), z.number()], { error: 'date.notADate' })
    .transform((input, ctx) => {
      const result = read(input, options.lang ?? 'sv');
      if (result.ok) return result.value;
      const { code, ...params } = result.problem;
      ctx.addIssue({ code: 'custom', message: messageOf(code), params, input });
      return z.NEVER;
    })
    .register(z.globalRegistry, meta);
}

/** A date (exact or fuzzy: "1 maj 2008", "Hösten 2005", "medio november 2007"), read to a PlanDate (see core/dates.ts). */
export function date(meta: FieldMeta, options: DateOptions = {}) {
  return dateField(meta, readDate, options);
}

/** A date that must be one day ("2008-05-01", "1 maj 2008"), not a month or a season. */
export function exactDate(meta: FieldMeta, options: DateOptions = {}) {
  // Its hint names only the forms of a day: a month or a season would be refused all the same.
  const exactCodes = new Set(['notADate', 'empty']);
  const schema = dateSchema(meta, readDate, options, (code) => (exactCodes.has(code) ? `date.${code}Exact` : `date.${code}`)).superRefine((value, ctx) => {
    if (value.span && value.span.from !== value.span.to) ctx.addIssue({ code: 'custom', message: 'date.notExact', input: value.text });
  });
  // A refined schema is a new one: it is still read as a date (the language server's hover).
  return reads(schema, 'date');
}

/** A free-text date cell: a date, a status word or both ("Pågår, Klart feb 2008", "Löpande", "Ej påbörjat"), read to a PlanDate. */
export function dateCell(meta: FieldMeta, options: DateOptions = {}) {
  // A cell's hint names the status words it may hold as well as the ways to write a date.
  return dateField(meta, readDateCell, options, (code) => (code === 'notADate' ? 'date.notADateCell' : `date.${code}`));
}

export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, meta: FieldMeta) {
  return z.strictObject(shape).register(z.globalRegistry, meta);
}
