import { describe, expect, it } from 'vitest';
import { readDate, readDateCell } from '../../src/core/dates.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, writeTemp } from '../helpers/fixtures.js';

// Names every JavaScript object has; the date reader looks words up in tables, and must find none of these.
const BUILT_IN = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];

describe('a built-in property name is not a month, season, status or ordinal', () => {
  it.each(BUILT_IN)('"%s 2009" is not a date, and the plan is refused at its line', async (word) => {
    const plan = edited(example('projektbeskrivning'), 'start: 1 januari 2009', `start: ${word} 2009`);
    const run = await runCli(['validate', writeTemp('plan.yaml', plan), '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const [first] = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; message: string; line: number; column: number }[] }[] }).files[0]!.diagnostics;
    expect(first).toMatchObject({ ruleId: 'schema/invalid-date', line: 14, column: 10 });
    expect(first!.message).toBe(`"${word} 2009" is not a date.`);
  });

  it.each(BUILT_IN.flatMap((word) => [`${word} 2007`, `1 ${word} 2007`, `${word} ${word} 2007`, `första ${word}et 2008`, `medio ${word} 2007`, `${word}`]))('readDate("%s") reads no date', (text) => {
    expect(readDate(text, 'sv').ok).toBe(false);
  });

  it.each(BUILT_IN)('in a free-text cell, "Klart %s 2007" is the year 2007 with a note, never a month of that name', (word) => {
    const result = readDateCell(`Klart ${word} 2007`, 'sv');
    if (result.ok) expect(result.value.span).toEqual({ from: '2007-01-01', to: '2007-12-31' });
    const sentence = readDateCell(`${word} 2007`, 'sv');
    if (sentence.ok) expect(JSON.stringify(sentence.value)).not.toMatch(/native code|NaN|undefined/);
  });
});
