import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { edited, example, lineOf } from '../helpers/fixtures.js';

/** The projektbeskrivning seed with its period written as one text. */
function withPeriod(text: string): string {
  return edited(example('projektbeskrivning'), /period:\n {2}start: 1 januari 2009\n {2}end: 31 mars 2012\n/, `period: ${text}\n`);
}

describe('a period written as one text', () => {
  it.each<[string, string, string]>([
    ['2014-01-01 till 2014-12-31', '2014-01-01', '2014-12-31'],
    ['1 januari 2009 – 31 mars 2012', '1 januari 2009', '31 mars 2012'],
    ['januari 2009 - mars 2012', 'januari 2009', 'mars 2012'],
    // A start that takes its year from the end is given as the day it was read as.
    ['1 maj – 31 december 2014', '2014-05-01', '31 december 2014'],
  ])('"%s" is an error at its line whose hint shows the start and end read from it', (written, start, end) => {
    const text = withPeriod(written);
    const found = checkText(text, 'plan.yaml', { lang: 'en' }).diagnostics.filter((d) => d.pointer === '/period');
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'schema/invalid-type',
        line: lineOf(text, 'period: '),
        message: '"period" (Projektperiod) is written as one text; a period has a start and an end.',
        hint: `Write it as a start and an end: period: { start: ${start}, end: ${end} }`,
      }),
    ]);
  });

  it('the hint is in the message language, and the dates stay as written', () => {
    const [found] = checkText(withPeriod('2014-01-01 till 2014-12-31'), 'plan.yaml', { lang: 'sv' }).diagnostics.filter((d) => d.pointer === '/period');
    expect(found!.hint).toBe('Skriv den som en start och ett slut: period: { start: 2014-01-01, end: 2014-12-31 }');
  });

  it('a text that is no period is the usual type error', () => {
    const [found] = checkText(withPeriod('tre år'), 'plan.yaml', { lang: 'en' }).diagnostics.filter((d) => d.pointer === '/period');
    expect(found).toMatchObject({ ruleId: 'schema/invalid-type' });
    expect(found!.hint ?? '').not.toContain('start:');
  });
});

describe('an exact date field\'s hint', () => {
  it('names only the forms of a day, since a month or a season is refused there', () => {
    const text = edited(example('esf-ansokan'), 'start: 2026-03-01', 'start: 2026-13-01');
    const problem = checkText(text, 'plan.yaml', { lang: 'en' }).diagnostics.find((d) => d.ruleId === 'schema/invalid-date')!;
    expect(problem.hint).toBe('Write the day, for example "1 May 2008" or "2008-05-01": this field needs an exact date.');
  });
});
