import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { readContactPhone } from '../../src/core/contact.js';
import { builtinKinds } from '../../src/kinds/registry.js';
import { kindJsonSchema } from '../../src/schema/json-schema.js';
import { readFigure } from '../../src/core/figures.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, lineOf, ROOT, writeTemp } from '../helpers/fixtures.js';
import { markdownOf } from '../helpers/render.js';

const KIND = 'esf-slutrapport';

/** The form's sections in its order, as the kind gives them: its Markdown answers, then the contact persons. */
type Property = { title?: string; format?: string; anyOf?: Property[] };
const properties = (kindJsonSchema(builtinKinds().get('esf-slutrapport')!) as { properties: Record<string, Property> }).properties;
const SECTIONS = Object.entries(properties)
  .filter(([key, property]) => property.format === 'markdown' || key === 'contacts')
  .map(([key, property]) => ({ key, heading: (property.title ?? property.anyOf?.find((option) => option.title)?.title)! }));
const seed = example(KIND);
const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', KIND, name), 'utf8');
const kasam = fixture('kasam.yaml');
const outcome = fixture('budget-outcome.yaml');

function check(text: string, lang: 'sv' | 'en' = 'en') {
  return checkText(text, 'report.yaml', { lang });
}
const errors = (text: string) => check(text).diagnostics.filter((d) => d.severity === 'error');

describe('esf-slutrapport: the "Vägen ut" report', () => {
  it('validates without errors; the two phone numbers cut short in the source ("018/") are warnings at their lines', () => {
    const found = check(seed).diagnostics;
    expect(found.map((d) => [d.severity, d.ruleId, d.line])).toEqual([
      ['warning', 'contact/phone-incomplete', lineOf(seed, 'name: Johanna Nyman') + 2],
      ['warning', 'contact/phone-incomplete', lineOf(seed, 'name: Johan Westerling') + 2],
    ]);
    expect(found[0]!.message).toBe('The telephone number of Johanna Nyman, "018/", is incomplete: it has only 3 digits.');
  });

  it('holds the report word for word: its rendering, Markdown taken away, is the source text', async () => {
    // The source is the PDF's text: page furniture ("3 Sid 3 (9)", the form id on page 1) is not the report's.
    const source = readFileSync(join(ROOT, 'test', 'fixtures', KIND, 'vagen-ut.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => line.replace(/^\d+ Sid \d+ \(9\) /, ''))
      .join(' ')
      .replace(' FRIRPT v.1 [ ] d.frirpt v.1', '');
    const rendered = plainText(await markdownOf(seed));
    const [before, contacts] = source.split('kontakta? ');
    expect(rendered.startsWith(words(before!) + ' kontakta? ')).toBe(true);
    // The contacts are a table (Roll, Namn, Telefon) where the source runs them together.
    expect(rendered.slice(words(before!).length)).toBe(' kontakta? Roll Namn Telefon Projektledare Johanna Nyman 018/ Fd kvalitetsledare Johan Westerling 018/');
    expect(contacts).toBe('Projektledare Johanna Nyman: 018/ Fd kvalitetsledare: Johan Westerling: 018/');
  });

  it('keeps the report\'s structure as Markdown: the goals as a numbered list, the sub-headings as headings', async () => {
    const markdown = await markdownOf(seed);
    expect(markdown).toContain('Projektet hade tre mål:\n\n1. Att minska antalet bidragsmånader för alla kategorier.\n2. Att öka');
    for (const heading of ['Kognitiv beteende terapi (KBT)', 'Motiverande samtal (MI)', 'Ledare på väg', 'Jämställdhet', 'Utveckling pågår', 'Antalet bidragsmånader']) {
      expect(markdown).toContain(`\n### ${heading}\n`);
    }
    expect(markdown).toContain('- KBT utbildning\n- MI (motiverande samtal)\n');
  });

  it('accepts "Vi har inte arbetat med regionala prioriteringar" as an answer', () => {
    expect(seed).toContain('regionalPriorities: |\n  Vi har inte arbetat med regionala prioriteringar.\n');
    expect(errors(seed)).toEqual([]);
  });
});

describe('esf-slutrapport: every section has an answer', () => {
  it.each(SECTIONS.filter((s) => s.key !== 'contacts'))('a missing "$heading" is an error naming it', ({ key, heading }) => {
    const text = edited(seed, new RegExp(`^${key}: \\|\\n(  .*\\n|\\n)*`, 'm'), '');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'section/missing-answer', pointer: `/${key}` });
    expect(found[0]!.message).toBe(`The section "${heading}" has no answer.`);
  });

  it('an answer left empty is an error at its key, in Swedish by default', () => {
    const text = edited(seed, /^genderMainstreaming: \|\n(  .*\n|\n)*/m, 'genderMainstreaming: "  "\n');
    const found = checkText(text, 'report.yaml').diagnostics.filter((d) => d.severity === 'error');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'section/missing-answer', line: lineOf(text, 'genderMainstreaming:'), column: 1 });
    expect(found[0]!.message).toBe('Avsnittet "Jämställdhetsintegrering" saknar svar.');
    expect(found[0]!.hint).toContain('genderMainstreaming:');
  });

  it('a report without contact persons is an error naming "Kontaktpersoner"', () => {
    const text = edited(seed, /^contacts:\n(  .*\n)*/m, 'contacts: []\n');
    expect(errors(text).map((d) => [d.ruleId, d.message])).toEqual([['section/missing-answer', 'The section "Kontaktpersoner" names no contact person.']]);
  });

  it('plan validate exits 1 when the answer to "Jämställdhetsintegrering" is deleted, naming the section', async () => {
    const text = edited(seed, /^genderMainstreaming: \|\n(  .*\n|\n)*/m, '');
    const run = await runCli(['validate', writeTemp('vagen-ut.yaml', text)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/fel\s+Avsnittet "Jämställdhetsintegrering" saknar svar\.\s+section\/missing-answer/);
    expect(run.stdout).toContain(`Skriv projektets svar under "genderMainstreaming:", efter "actors:" (rad ${lineOf(text, 'actors: |')}).`);
  });
});

describe('esf-slutrapport: result figures', () => {
  it('the KASAM figures as the report states them: exactly the two disagreements a careful reader finds, each at its line', () => {
    // Worked out by hand from the report's own figures:
    //   October 2011: begriplighet 49 + hanterbarhet 52 + meningsfullhet 44 = 145 = the stated total.  Agrees.
    //   May 2013:     begriplighet 45 + hanterbarhet 38 + meningsfullhet 44 = 127, but the total is stated as 125.  (1)
    //   Total change:  125 − 145 = −20, "en sänkning på 20 poäng".  Agrees with the totals as stated.
    //   Begriplighet:   45 − 49 = −4,  "en sänkning på fyra poäng".  Agrees.
    //   Hanterbarhet:   38 − 52 = −14, "en sänkning på 14 poäng".    Agrees.
    //   Meningsfullhet: 44 − 44 = 0,   but "en sänkning på 8 poäng".  (2)
    // The stated part changes add up to −4 − 14 − 8 = −26, not −20; that follows from (2) (and the
    // total from (1)), so it is not a third mistake and is not reported again.
    const found = check(kasam).diagnostics;
    expect(found.map((d) => [d.ruleId, d.pointer, d.line])).toEqual([
      ['indicator/parts-sum', '/indicators/0/final/value', lineOf(kasam, 'value: 125')],
      ['indicator/change-mismatch', '/indicators/0/parts/2/change', lineOf(kasam, 'change: -8')],
    ]);
    expect(found.every((d) => d.severity === 'error')).toBe(true);
    expect(found[0]!.message).toBe('KASAM (känsla av sammanhang), genomsnitt: the final value is stated as 125, but its parts add up to 127 (Begriplighet 45 + Hanterbarhet 38 + Meningsfullhet 44).');
    expect(found[1]!.message).toBe('KASAM (känsla av sammanhang), genomsnitt – Meningsfullhet: the change is stated as −8, but 44 − 44 = 0.');
  });

  it('figures that agree pass, decimals included (17,7 − 16,6 is exactly 1,1)', () => {
    expect(check(outcome).diagnostics).toEqual([]);
  });

  it('a change written without its minus sign is told how to write it', () => {
    const text = edited(outcome, 'change: -1442', 'change: 1442');
    const found = errors(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'indicator/change-mismatch', line: lineOf(text, 'change: 1442') });
    expect(found[0]!.hint).toBe('A decrease is written with a minus sign and an increase without: write −1442.');
  });

  it('a baseline that is not the sum of its parts is reported at the baseline', () => {
    const text = edited(kasam, 'value: 145', 'value: 146');
    expect(errors(text).map((d) => d.pointer)).toContain('/indicators/0/baseline/value');
  });

  it('reads figures as Swedish reports write them and refuses what can be read two ways', () => {
    expect(readFigure('16,6')).toEqual({ ok: true, value: 16.6 });
    expect(readFigure('5 897')).toEqual({ ok: true, value: 5897 });
    expect(readFigure('−1 442')).toEqual({ ok: true, value: -1442 });
    expect(readFigure('9.7')).toEqual({ ok: true, value: 9.7 });
    const text = edited(outcome, 'value: 5897', 'value: "5.897"');
    const found = errors(text);
    expect(found[0]).toMatchObject({ ruleId: 'figure/ambiguous', line: lineOf(text, '"5.897"') });
    expect(found[0]!.hint).toBe('Write 5897 for the whole number, or "5,897" for the decimal.');
  });
});

describe('esf-slutrapport: dates', () => {
  it('reads the measurements\' fuzzy dates with the shared date reader, as the months they name', () => {
    const plan = check(kasam).plan as { indicators: { baseline: { date: unknown }; final: { date: unknown } }[] };
    expect(plan.indicators[0]!.baseline.date).toMatchObject({ text: 'oktober 2011', span: { from: '2011-10-01', to: '2011-10-31' } });
    expect(plan.indicators[0]!.final.date).toMatchObject({ text: 'maj 2013', span: { from: '2013-05-01', to: '2013-05-31' } });
  });

  it('a final measurement dated before the baseline is an error at its date', () => {
    const text = edited(outcome, 'final: { date: maj 2013, value: 4455 }', 'final: { date: maj 2011, value: 4455 }');
    const found = errors(text);
    expect(found.map((d) => [d.ruleId, d.pointer])).toEqual([['indicator/date-order', '/indicators/0/final/date']]);
    expect(found[0]!.message).toBe('Personer med försörjningsstöd: the final measurement (maj 2011) is dated before the baseline (oktober 2011).');
  });

  it('a project period that ends before it starts is an error at its end', () => {
    const text = edited(outcome, 'end: 2010-12-31', 'end: 2008-12-31');
    const found = errors(text);
    expect(found.map((d) => [d.ruleId, d.line])).toEqual([['period/order', lineOf(text, 'end: 2008-12-31')]]);
    expect(found[0]!.message).toBe('The project period ends (2008-12-31) before it starts (2009-02-02).');
  });

  it('a date that does not exist is refused by the date reader, at its line', () => {
    const text = edited(outcome, 'date: 2011-03-25', 'date: 2011-02-30');
    expect(errors(text).map((d) => [d.ruleId, d.line])).toEqual([['schema/invalid-date', lineOf(text, 'date: 2011-02-30')]]);
  });
});

describe('esf-slutrapport: budget outcome', () => {
  it('a stated total that differs from the rows is an error at that total', () => {
    const text = edited(outcome, 'actual: 1 680 000', 'actual: 1 690 000');
    const found = errors(text);
    expect(found.map((d) => [d.ruleId, d.pointer, d.line])).toEqual([['budget/sum-mismatch', '/budgetOutcome/total/actual', lineOf(text, 'actual: 1 690 000')]]);
    expect(found[0]!.message).toBe('Budgetutfall: Summa for Utfall is stated as 1 690 000, but the rows add up to 1 680 000.');
  });

  it('a stated deviation is checked against planned and actual, per row and in total', () => {
    const text = edited(outcome, 'deviation: 30 000', 'deviation: -30 000');
    const found = errors(text);
    expect(found.map((d) => [d.ruleId, d.pointer])).toEqual([['budget/derived-mismatch', '/budgetOutcome/rows/1/deviation']]);
    expect(found[0]!.message).toBe('Budgetutfall: Avvikelse for "Externa tjänster" is stated as −30 000, but Utfall − Planerat is 30 000.');
    const total = edited(outcome, 'deviation: -20 000', 'deviation: 20 000');
    expect(errors(total).map((d) => [d.ruleId, d.pointer])).toEqual([['budget/sum-mismatch', '/budgetOutcome/total/deviation']]);
  });
});

describe('esf-slutrapport: diary number, contact details', () => {
  it('a diary number that is not year-number is an error; an unusual digit count a warning', () => {
    const good = check(outcome).diagnostics;
    expect(good).toEqual([]);
    const prefixed = edited(outcome, 'diaryNumber: 2009-3060004', 'diaryNumber: Dnr 2009-3060004');
    expect(check(prefixed).diagnostics.map((d) => [d.severity, d.ruleId, d.line])).toEqual([['error', 'report/diary-number', lineOf(prefixed, 'diaryNumber:')]]);
    // As one real report on this form prints it.
    const short = edited(outcome, 'diaryNumber: 2009-3060004', 'diaryNumber: 2009-306217');
    expect(check(short).diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['warning', 'report/diary-number-digits']]);
  });

  it('reads telephone numbers as reports on this form write them, slash after the area code included', () => {
    for (const number of ['018-727 00 00', '018/727 00 00', '08-508 10 320', '0941-14000', '023-87915', '0739 40 39 16', '+46 18 727 00 00']) {
      expect(readContactPhone(number), number).toEqual({ ok: true, value: number });
    }
    // Cut short after the area code, as "Vägen ut" prints both numbers: too few digits, not "not a number".
    expect(readContactPhone('018/')).toMatchObject({ ok: false, problem: { code: 'digitCount', count: 3, tooFew: true, input: '018/' } });
    expect(readContactPhone('727 00 00')).toMatchObject({ ok: false, problem: { code: 'noAreaCode' } });
    expect(readContactPhone('ring växeln')).toMatchObject({ ok: false, problem: { code: 'notAPhone' } });
    expect(readContactPhone('018-727 00 00, 070-123 45 67')).toMatchObject({ ok: false, problem: { code: 'notAPhone' } });
    expect(readContactPhone('018-727 00 00 070-123 45 67')).toMatchObject({ ok: false, problem: { code: 'digitCount', tooFew: false } });
  });

  it('a number without its area code is a warning; one digit too many an error', () => {
    const local = edited(outcome, 'phone: 018/727 00 00', 'phone: 727 00 00');
    expect(check(local).diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['warning', 'contact/phone-incomplete']]);
    const long = edited(outcome, 'phone: 018/727 00 00', 'phone: 018-727 00 000');
    expect(check(long).diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['error', 'contact/phone-format']]);
  });

  it('a phone field that is not a number is an error; a number YAML has read as digits is refused with how to quote it', () => {
    const words = edited(outcome, 'phone: 018/727 00 00', 'phone: anna.andersson@example.se');
    expect(errors(words).map((d) => [d.ruleId, d.line])).toEqual([['contact/phone-format', lineOf(words, 'phone: anna')]]);
    const digits = edited(outcome, 'phone: 018/727 00 00', 'phone: +46187270000');
    const found = errors(digits);
    expect(found.map((d) => [d.ruleId, d.line])).toEqual([['contact/phone-yaml-number', lineOf(digits, 'phone: +46')]]);
    expect(found[0]!.message).toBe('"phone" (Telefon) has been read as the number 46187270000, not as text; a + or a leading 0 does not survive that.');
    // A leading zero alone is kept as written.
    expect(errors(edited(outcome, 'phone: 018/727 00 00', 'phone: 0187270000'))).toEqual([]);
  });

  it('an e-mail address that is not one is an error at its line', () => {
    const text = edited(outcome, 'email: anna.andersson@example.se', 'email: anna.andersson(at)example.se');
    expect(errors(text).map((d) => [d.ruleId, d.line])).toEqual([['field/email', lineOf(text, 'email:')]]);
  });
});

/**
 * What a reader reads: Markdown syntax taken away, white space collapsed. The answers' bullets have
 * no marker in the source text and the numbered items keep their numbers; the form's guidance
 * points, "+ " in the template so that they never run into an answer's own list, are "- " there.
 */
function plainText(markdown: string): string {
  return words(
    markdown
      .split('\n')
      .filter((line) => !/^\|(\s*:?-+:?\s*\|)+$/.test(line) && !/^\|(\s*\|)+$/.test(line))
      .map((line) => line.replace(/^#{1,6} /, '').replace(/^- /, '').replace(/^\+ /, '- ').replace(/^\s+/, '').replace(/\*\*|\*/g, '').replace(/\s*\|\s*/g, ' '))
      .join(' '),
  );
}

function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
