import { readPhone, type PhoneResult } from '../../core/contact.js';
import { formatDate } from '../../core/dates.js';
import type { Rule } from '../define.js';
import { periodOrderRule } from '../../core/period.js';
import { difference, formatFigure, sumFigures } from '../../core/figures.js';
import type { EsfReport } from './schema.js';
import { SECTIONS } from './sections.js';

type ReportRule = Rule<EsfReport>;

const missingAnswer: ReportRule = {
  id: 'section/missing-answer',
  severity: 'error',
  description: 'Every section of the form has an answer, and the report names at least one contact person.',
  check(report, { t, report: say, locate }) {
    const has = (key: string) => Object.prototype.hasOwnProperty.call(report, key) && report[key as keyof EsfReport] != null;
    SECTIONS.forEach(({ key, heading }, index) => {
      const value = report[key];
      if (key === 'contacts') {
        if (Array.isArray(value) && value.length > 0) return;
        say({ pointer: `/${key}`, target: 'key', message: t('section.noContacts', { section: heading }), hint: t('section.noContactsHint') });
        return;
      }
      if (typeof value === 'string' && /\S/.test(value)) return;
      if (has(key)) {
        say({ pointer: `/${key}`, target: 'key', message: t('section.missingAnswer', { section: heading }), hint: t('section.missingAnswerHint', { key }) });
        return;
      }
      // A missing key has no line of its own: say where it belongs, after the section before it.
      const previous = SECTIONS.slice(0, index).reverse().find((section) => has(section.key));
      say({
        pointer: `/${key}`,
        message: t('section.missingAnswer', { section: heading }),
        hint: previous ? t('section.missingAnswerHintAfter', { key, previous: previous.key, line: locate(`/${previous.key}`).line }) : t('section.missingAnswerHint', { key }),
      });
    });
  },
};

/** Svenska ESF-rådet's diary numbers: the year, a hyphen and seven digits ("2009-3060004"). */
const DIARY_NUMBER = /^(\d{4})-(\d+)$/;

const diaryNumber: ReportRule = {
  id: 'report/diary-number',
  severity: 'error',
  description: 'The diary number has the form year-number, e.g. 2009-3060004.',
  check(report, { t, report: say }) {
    const input = report.diaryNumber?.trim();
    if (!input || DIARY_NUMBER.test(input)) return;
    say({ pointer: '/diaryNumber', message: t('report.diaryNumber', { input }), hint: t('report.diaryNumberHint') });
  },
};

/**
 * A separate rule because a report may quote a number as it stands in an older letter ("2009-306217"
 * in one real report): worth a second look, not a reason to refuse the report.
 */
const diaryNumberDigits: ReportRule = {
  id: 'report/diary-number-digits',
  severity: 'warning',
  description: 'The diary number has seven digits after the year, as the ESF Council writes them.',
  check(report, { t, report: say }) {
    const input = report.diaryNumber?.trim();
    const match = input ? DIARY_NUMBER.exec(input) : null;
    if (!match || match[2]!.length === 7) return;
    say({ pointer: '/diaryNumber', message: t('report.diaryNumberDigits', { input: input!, count: match[2]!.length }) });
  },
};

/** Dates in messages are quoted as the report writes them, whatever language the message is in. */
const written = (value: Parameters<typeof formatDate>[0]) => formatDate(value, 'sv');

const periodOrder = periodOrderRule<EsfReport>((report) => report.period);

const partsSum: ReportRule = {
  id: 'indicator/parts-sum',
  severity: 'error',
  description: 'An indicator\'s baseline and final value equal the sums of its parts\' values.',
  check(report, { t, report: say }) {
    (report.indicators ?? []).forEach((indicator, index) => {
      const parts = indicator.parts ?? [];
      if (parts.length === 0) return;
      for (const which of ['baseline', 'final'] as const) {
        const values = parts.map((part) => part[which]);
        const computed = sumFigures(values);
        const stated = indicator[which].value;
        if (stated === computed) continue;
        say({
          pointer: `/indicators/${index}/${which}/value`,
          message: t(which === 'baseline' ? 'indicator.baselinePartsSum' : 'indicator.finalPartsSum', {
            indicator: indicator.name,
            stated: formatFigure(stated),
            computed: formatFigure(computed),
            terms: parts.map((part) => `${part.name} ${formatFigure(part[which])}`).join(' + '),
          }),
          hint: t('indicator.partsSumHint', { computed: formatFigure(computed) }),
        });
      }
    });
  },
};

/**
 * A stated change is checked against the values it is the change between. A change that agrees with
 * its own values is not reported again because its parts' changes add up to something else: the
 * part or the value that is wrong is reported where it is written.
 */
const changeMismatch: ReportRule = {
  id: 'indicator/change-mismatch',
  severity: 'error',
  description: 'A stated change equals the final value minus the baseline.',
  check(report, { t, report: say }) {
    const check = (label: string, baseline: number, final: number, stated: number | undefined, pointer: string) => {
      if (stated === undefined) return;
      const computed = difference(final, baseline);
      if (stated === computed) return;
      const signFlipped = computed !== 0 && stated === -computed;
      say({
        pointer,
        message: t('indicator.changeMismatch', { indicator: label, stated: formatFigure(stated, { signed: true }), final: formatFigure(final), baseline: formatFigure(baseline), computed: formatFigure(computed, { signed: true }) }),
        hint: t(signFlipped ? 'indicator.changeSignHint' : 'indicator.changeMismatchHint', { computed: formatFigure(computed) }),
      });
    };
    (report.indicators ?? []).forEach((indicator, index) => {
      check(indicator.name, indicator.baseline.value, indicator.final.value, indicator.change, `/indicators/${index}/change`);
      (indicator.parts ?? []).forEach((part, partIndex) => {
        check(`${indicator.name} – ${part.name}`, part.baseline, part.final, part.change, `/indicators/${index}/parts/${partIndex}/change`);
      });
    });
  },
};

const measurementOrder: ReportRule = {
  id: 'indicator/date-order',
  severity: 'error',
  description: 'An indicator\'s final measurement is not dated before its baseline.',
  check(report, { t, report: say }) {
    (report.indicators ?? []).forEach((indicator, index) => {
      const baseline = indicator.baseline.date;
      const final = indicator.final.date;
      // Fuzzy dates are periods: only a final measurement wholly before the baseline is reversed.
      if (!baseline?.span || !final?.span || final.span.to >= baseline.span.from) return;
      say({ pointer: `/indicators/${index}/final/date`, message: t('indicator.dateOrder', { indicator: indicator.name, final: written(final), baseline: written(baseline) }) });
    });
  },
};

/**
 * A contact's number read by the shared reader (core/contact.ts), after two things real reports on
 * this form do: a slash after the area code ("018/727 00 00", as older Swedish documents write it,
 * read as the hyphen it stands for), and a number cut short after it ("018/", as the "Vägen ut"
 * report prints both of its numbers). A number cut short reads as too few digits, which the rules
 * below warn about rather than refuse: a reader completes it, the report is not wrong in kind.
 */
export function readContactPhone(input: string): PhoneResult {
  const text = input.trim();
  const read = readPhone(text.replace(/^(\+?\d+)\s*\/\s*/, '$1-').replace(/\s*[-/]\s*$/, ''), 'SE');
  return read.ok ? { ok: true, value: text } : { ok: false, problem: { ...read.problem, input: text } };
}

function eachPhone(report: EsfReport, visit: (input: string, name: string, pointer: string) => void) {
  (report.contacts ?? []).forEach((contact, index) => {
    for (const key of ['phone', 'mobile'] as const) {
      const input = contact[key];
      if (input?.trim()) visit(input.trim(), contact.name, `/contacts/${index}/${key}`);
    }
  });
}

const phoneFormat: ReportRule = {
  id: 'contact/phone-format',
  severity: 'error',
  description: 'A contact\'s telephone number is written as one: digits in groups, and not more digits than one number has.',
  check(report, { t, report: say }) {
    eachPhone(report, (input, name, pointer) => {
      const read = readContactPhone(input);
      if (read.ok) return;
      const { problem } = read;
      if (problem.code === 'notAPhone') say({ pointer, message: t('contact.phoneFormat', { name, input }), hint: t('contact.phoneFormatHint') });
      if (problem.code === 'digitCount' && !problem.tooFew) say({ pointer, message: t('contact.phoneTooLong', { name, input, count: problem.count }), hint: t('contact.phoneHint') });
    });
  },
};

const phoneIncomplete: ReportRule = {
  id: 'contact/phone-incomplete',
  severity: 'warning',
  description: 'A contact\'s telephone number has all its digits, area code included.',
  check(report, { t, report: say }) {
    eachPhone(report, (input, name, pointer) => {
      const read = readContactPhone(input);
      if (read.ok) return;
      const { problem } = read;
      if (problem.code === 'digitCount' && problem.tooFew) say({ pointer, message: t('contact.phoneIncomplete', { name, input, count: problem.count }), hint: t('contact.phoneHint') });
      if (problem.code === 'noAreaCode') say({ pointer, message: t('contact.phoneNoAreaCode', { name, input }), hint: t('contact.phoneHint') });
    });
  },
};

const reachable: ReportRule = {
  id: 'contact/reachable',
  severity: 'warning',
  description: 'Each contact person has a telephone number or an e-mail address.',
  check(report, { t, report: say }) {
    (report.contacts ?? []).forEach((contact, index) => {
      if (contact.phone?.trim() || contact.mobile?.trim() || contact.email?.trim()) return;
      say({ pointer: `/contacts/${index}`, message: t('contact.unreachable', { name: contact.name }) });
    });
  },
};

export const rules: readonly ReportRule[] = [missingAnswer, diaryNumber, diaryNumberDigits, periodOrder, partsSum, changeMismatch, measurementOrder, phoneFormat, phoneIncomplete, reachable];
