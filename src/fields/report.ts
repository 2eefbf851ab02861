import { createTranslator, type Lang, type Translate } from '../i18n/index.js';
import { dataKindMessages } from '../kinds/data/messages.js';
import type { FieldsReport, PortalField } from './fields.js';
import { fieldsMessages } from './messages.js';

export function fieldsTranslator(lang: Lang): Translate {
  return createTranslator(lang, fieldsMessages, dataKindMessages);
}

/** "612 av 500 tecken, 112 för många", "480 av 500 tecken, 20 kvar", or "612 tecken" without a limit. */
export function describeLength(field: Pick<PortalField, 'length' | 'limit'>, t: Translate): string {
  const { length, limit } = field;
  if (!limit) return t('fields.length', { length, unit: t('field.unit.characters') });
  const unit = t(`field.unit.${limit.unit}`);
  const head = t('fields.ofLimit', { length, limit: limit.max, unit });
  return `${head}, ${length > limit.max ? t('fields.over', { over: length - limit.max }) : t('fields.left', { left: limit.max - length })}`;
}

/**
 * The fields for a terminal: each label, its length against its limit, and its text indented
 * below it, so that a field over its limit is seen before it is pasted.
 */
export function formatFieldsText(report: FieldsReport, lang: Lang, mark: { over: (text: string) => string } = { over: (text) => text }): string {
  const t = fieldsTranslator(lang);
  const out = [`${report.file} (${report.kind})`, ''];
  if (report.fields.length === 0) out.push(`  ${t('fields.none')}`, '');
  for (const field of report.fields) {
    const length = describeLength(field, t);
    const over = field.limit !== null && field.length > field.limit.max;
    out.push(`${field.label}  [${over ? mark.over(length) : length}]`);
    out.push(...field.text.split('\n').map((line) => (line === '' ? '' : `  ${line}`)), '');
  }
  return out.join('\n');
}
