import { formatDate, type PlanDate } from '../core/dates.js';
import { toPointer, type PathSegment } from '../core/diagnostic.js';
import { formatFigure } from '../core/figures.js';
import { formatAmount } from '../core/money.js';
import { formatPeriod, type PeriodDates } from '../core/period.js';
import type { Lang } from '../i18n/index.js';
import type { AnyKind } from '../kinds/define.js';
import type { FormField } from './form.js';
import { effectiveLimit, measure, type FieldLimit } from './limits.js';
import { pastedValue } from './plain.js';

/** One field as it goes into the funder's portal. */
export interface PortalField {
  /** Where it is in the plan (JSON pointer), e.g. /problem/causes. */
  pointer: string;
  /** Its label as the form prints it; a field inside a group or a list entry is named after them: "Aktiviteter 2 › Beskrivning". */
  label: string;
  /** The text to paste: Markdown turned into plain text, amounts and dates as the document prints them. */
  text: string;
  /** How long the text is, in its limit's unit (characters when it has none). */
  length: number;
  /** The limit that holds (the plan's own under `limits:`, else the kind's), or null. */
  limit: FieldLimit | null;
}

export interface FieldsReport {
  file: string;
  kind: string;
  /** The language of the document, which the HTML page and the labels are in. */
  lang: Lang;
  fields: PortalField[];
}

/** What separates a group's or a list entry's name from its field's in a label. */
export const LABEL_SEPARATOR = ' › ';

const YES_NO: Readonly<Record<Lang, [string, string]>> = { sv: ['Ja', 'Nej'], nb: ['Ja', 'Nei'], en: ['Yes', 'No'] };

/**
 * Every filled-in field of a plan in the form's order, as it is typed or pasted into the funder's
 * portal: its label, its text, its length and its limit. A budget table is left out (the portal's
 * budget is a grid of amounts, which `plan budget` shows), and so is a picture, which is uploaded.
 */
export function portalFields(file: string, kind: AnyKind, plan: unknown): FieldsReport {
  const lang = kind.lang;
  const complete = kind.complete ? kind.complete(plan) : plan;
  const fields: PortalField[] = [];
  const add = (field: FormField, at: PathSegment[], label: string, text: string) => {
    if (text === '') return;
    const limit = field.type === 'text' || field.type === 'markdown' ? (effectiveLimit(plan, field.path, field.limit) ?? null) : null;
    fields.push({ pointer: toPointer(at), label, text, length: measure(text, limit ?? { unit: 'characters' }), limit });
  };

  const visit = (field: FormField, value: unknown, at: PathSegment[], label: string): void => {
    if (value === undefined || value === null) return;
    switch (field.type) {
      case 'table':
      case 'picture':
        return;
      case 'text':
      case 'markdown':
        if (typeof value === 'string') add(field, at, label, pastedValue(value, field.type === 'markdown', lang));
        return;
      case 'period':
        if (typeof value === 'object') add(field, at, label, formatPeriod(value as PeriodDates, lang, 'written'));
        return;
      case 'list': {
        // A list a plan may write as one running text (orText) is that text.
        if (typeof value === 'string') return add(field, at, label, pastedValue(value, false, lang));
        if (!Array.isArray(value) || !field.item) return;
        const item = field.item;
        if (item.fields || item.type === 'list') {
          value.forEach((entry, index) => visitEntry(item, entry, [...at, index], `${label} ${index + 1}`));
          return;
        }
        const bullet = lang === 'en' ? '•' : '–';
        const lines = value.map((entry) => scalarText(item, entry, lang)).filter((line) => line !== '');
        add(field, at, label, lines.map((line) => `${bullet} ${line}`).join('\n'));
        return;
      }
      default:
        if (field.fields) return visitEntry(field, value, at, label);
        add(field, at, label, scalarText(field, value, lang));
    }
  };
  const visitEntry = (field: FormField, value: unknown, at: PathSegment[], label: string): void => {
    if (!field.fields) return visit(field, value, at, label);
    if (value === null || typeof value !== 'object') return;
    for (const child of field.fields) visit(child, (value as Record<string, unknown>)[child.key], [...at, child.key], label + LABEL_SEPARATOR + child.label);
  };

  for (const field of kind.form ?? []) {
    const value = complete !== null && typeof complete === 'object' ? (complete as Record<string, unknown>)[field.key] : undefined;
    if (field.fields && field.type !== 'period') {
      // A top-level group is a section of the form: its fields are named after it.
      if (value === null || typeof value !== 'object') continue;
      for (const child of field.fields) visit(child, (value as Record<string, unknown>)[child.key], [field.key, child.key], field.label + LABEL_SEPARATOR + child.label);
      continue;
    }
    visit(field, value, [field.key], field.label);
  }
  return { file, kind: kind.id, lang, fields };
}

/** A value that is not text, as the document prints it. */
function scalarText(field: FormField, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (typeof value === 'number') {
    if (field.type === 'amount') return formatAmount(value);
    if (field.type === 'percent') return `${formatFigure(value)} %`;
    return formatFigure(value);
  }
  // As the document prints it ({{date x}} writes a date as the plan does), so that its length is the pasted one.
  if (typeof value === 'object' && 'text' in value) return formatDate(value as PlanDate, lang, 'written');
  return '';
}
