import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addMonths, compareSpans, daysInMonth, forgetDateReadings, formatDate, readDate, readDateCell, spanWithin, type DateSpan } from '../../src/core/dates.js';
import { date, dateCell } from '../../src/core/fields.js';
import { describeIssues } from '../../src/check/schema-issues.js';
import { createTranslator, type Lang } from '../../src/i18n/index.js';
import { compileTemplate } from '../../src/render/template.js';
import { createHelpers } from '../../src/render/helpers.js';

const span = (from: string, to = from): DateSpan => ({ from, to });

describe('readDate reads the forms plans use', () => {
  it.each<[string | number, Lang, DateSpan]>([
    // Exact days.
    ['2007-05-15', 'sv', span('2007-05-15')],
    ['070515', 'sv', span('2007-05-15')],
    ['691231', 'sv', span('2069-12-31')],
    ['700101', 'sv', span('1970-01-01')],
    ['20070515', 'sv', span('2007-05-15')],
    [20070515, 'sv', span('2007-05-15')],
    ['28. juni 2007', 'nb', span('2007-06-28')],
    ['1 maj 2008', 'sv', span('2008-05-01')],
    ['1. mai 2008', 'nb', span('2008-05-01')],
    ['15 sept. 2007', 'sv', span('2007-09-15')],
    ['15 SEPT 2007', 'sv', span('2007-09-15')],
    ['1 jan. 2008', 'sv', span('2008-01-01')],
    ['31. desember 2009', 'nb', span('2009-12-31')],
    ['den 1 okt 2007', 'sv', span('2007-10-01')],
    ['1/10 2007', 'sv', span('2007-10-01')],
    ['28.06.2007', 'nb', span('2007-06-28')],
    ['May 1, 2008', 'en', span('2008-05-01')],
    ['29 februari 2008', 'sv', span('2008-02-29')],
    // Months.
    ['april 2007', 'sv', span('2007-04-01', '2007-04-30')],
    ['januar 2008', 'nb', span('2008-01-01', '2008-01-31')],
    ['desember 2008', 'nb', span('2008-12-01', '2008-12-31')],
    ['feb 2008', 'sv', span('2008-02-01', '2008-02-29')],
    ['okt 2007', 'sv', span('2007-10-01', '2007-10-31')],
    ['Okt. 2007', 'nb', span('2007-10-01', '2007-10-31')],
    ['2007-10', 'sv', span('2007-10-01', '2007-10-31')],
    // Seasons.
    ['Hösten 2005', 'sv', span('2005-09-01', '2005-11-30')],
    ['høsten 2007', 'nb', span('2007-09-01', '2007-11-30')],
    ['våren 2012', 'sv', span('2012-03-01', '2012-05-31')],
    ['sommaren 2009', 'sv', span('2009-06-01', '2009-08-31')],
    ['sommeren 2009', 'nb', span('2009-06-01', '2009-08-31')],
    ['vintern 2007/2008', 'sv', span('2007-12-01', '2008-02-29')],
    ['vinteren 2007/08', 'nb', span('2007-12-01', '2008-02-29')],
    ['senhösten 2007', 'sv', span('2007-11-01', '2007-11-30')],
    ['under hösten 2013', 'sv', span('2013-09-01', '2013-11-30')],
    // Parts of a month.
    ['Medio november 2007', 'nb', span('2007-11-11', '2007-11-20')],
    ['Ultimo september 2007', 'nb', span('2007-09-21', '2007-09-30')],
    ['primo mars 2008', 'nb', span('2008-03-01', '2008-03-10')],
    ['ultimo februar 2008', 'nb', span('2008-02-21', '2008-02-29')],
    ['slutten av juni 2007', 'nb', span('2007-06-21', '2007-06-30')],
    ['i början av maj 2008', 'sv', span('2008-05-01', '2008-05-10')],
    // Turn of the year, quarters, halves, years.
    ['årsskiftet 2005/2006', 'sv', span('2005-12-01', '2006-01-31')],
    ['vid årsskiftet 2005/06', 'sv', span('2005-12-01', '2006-01-31')],
    ['ved årsskiftet 2007/2008', 'nb', span('2007-12-01', '2008-01-31')],
    ['Q3 2008', 'sv', span('2008-07-01', '2008-09-30')],
    ['3. kvartal 2008', 'nb', span('2008-07-01', '2008-09-30')],
    ['tredje kvartalet 2008', 'sv', span('2008-07-01', '2008-09-30')],
    ['første kvartal 2009', 'nb', span('2009-01-01', '2009-03-31')],
    ['första halvåret 2008', 'sv', span('2008-01-01', '2008-06-30')],
    ['1. halvår 2008', 'nb', span('2008-01-01', '2008-06-30')],
    ['andra halvåret 2008', 'sv', span('2008-07-01', '2008-12-31')],
    ['2007', 'sv', span('2007-01-01', '2007-12-31')],
    [2007, 'nb', span('2007-01-01', '2007-12-31')],
    // Ranges.
    ['1 januari 2009 – 31 mars 2012', 'sv', span('2009-01-01', '2012-03-31')],
    ['oktober-november 2007', 'sv', span('2007-10-01', '2007-11-30')],
    ['december 2007 – januari 2008', 'sv', span('2007-12-01', '2008-01-31')],
    ['mars 2009 - juni 2011', 'sv', span('2009-03-01', '2011-06-30')],
    ['2017-2020', 'sv', span('2017-01-01', '2020-12-31')],
    // A month without a year takes the year of the other end, the one before if it would end before it starts.
    ['november - oktober 2007', 'sv', span('2006-11-01', '2007-10-31')],
  ])('%j (%s) covers the right days', (input, lang, expected) => {
    const result = readDate(input, lang);
    expect(result).toMatchObject({ ok: true, value: { span: expected } });
  });

  it('keeps the wording, and marks exact days', () => {
    expect(readDate('  28. juni 2007 ', 'nb')).toEqual({ ok: true, value: { text: '28. juni 2007', span: span('2007-06-28'), exact: true } });
    expect(readDate('Hösten 2005', 'sv')).toEqual({ ok: true, value: { text: 'Hösten 2005', span: span('2005-09-01', '2005-11-30') } });
  });

  it.each<[string, Lang]>([
    ['innen 1. mai 2008', 'nb'],
    ['senast 1 maj 2008', 'sv'],
    ['före 1 maj 2008', 'sv'],
    ['by 1 May 2008', 'en'],
    ['innen medio november 2007', 'nb'],
  ])('reads the deadline word in %j', (input, lang) => {
    expect(readDate(input, lang)).toMatchObject({ ok: true, value: { deadline: true } });
  });

  it.each<[string, Lang, string]>([
    ['Klart 1 jan. 2008', 'sv', 'done'],
    ['Klar 1 maj 2008', 'sv', 'done'],
    ['Pågår, Klart feb 2008', 'sv', 'done'],
    ['Påbörjat april 2007', 'sv', 'started'],
    ['påbörjas okt 2007', 'sv', 'started'],
    ['startar januari 2008', 'sv', 'started'],
    ['Planerad 1 okt 2007', 'sv', 'planned'],
    ['planeras hösten 2007', 'sv', 'planned'],
    ['Ferdig 1. mai 2008', 'nb', 'done'],
    ['Fullført desember 2008', 'nb', 'done'],
    ['Pågår høsten 2007', 'nb', 'ongoing'],
    ['Påbegynt april 2007', 'nb', 'started'],
    ['Startet april 2007', 'nb', 'started'],
    ['Planlagt Q3 2008', 'nb', 'planned'],
    ['done May 2008', 'en', 'done'],
    ['ongoing 2008', 'en', 'ongoing'],
  ])('reads the status word in %j', (input, lang, status) => {
    expect(readDate(input, lang)).toMatchObject({ ok: true, value: { status } });
  });
});

describe('readDate refuses what is not one clear date', () => {
  const t = (lang: Lang) => createTranslator(lang);
  const message = (input: unknown, lang: Lang) => {
    const result = readDate(input, lang);
    if (result.ok) throw new Error(`${String(input)} was read`);
    const { code, ...params } = result.problem;
    return { code, message: t(lang)(`date.${code}`, params), hint: t(lang)(`date.${code}Hint`, params) };
  };

  it.each<[unknown, Lang, string, string]>([
    ['30 februari 2007', 'sv', 'noSuchDay', '30 februari 2007 finns inte; februari 2007 har 28 dagar.'],
    ['31. juni 2008', 'nb', 'noSuchDay', '31. juni 2008 finnes ikke; juni 2008 har 30 dager.'],
    ['070230', 'sv', 'noSuchDay', '30 februari 2007 finns inte; februari 2007 har 28 dagar.'],
    ['29 February 2007', 'en', 'noSuchDay', '29 February 2007 does not exist; February 2007 has 28 days.'],
    ['05/06/07', 'sv', 'ambiguous', '"05/06/07" kan läsas på flera sätt: 5 juni 2007, 6 maj 2007 eller 7 juni 2005.'],
    ['5/6/2007', 'nb', 'ambiguous', '"5/6/2007" kan leses på flere måter: 5. juni 2007 eller 6. mai 2007.'],
    ['vintern 2007', 'sv', 'ambiguous', '"vintern 2007" kan läsas på flera sätt: vintern 2006/2007 eller vintern 2007/2008.'],
    ['årsskiftet 2005', 'sv', 'ambiguous', '"årsskiftet 2005" kan läsas på flera sätt: årsskiftet 2004/2005 eller årsskiftet 2005/2006.'],
    ['30 febuari 2007', 'sv', 'unknownWord', '"30 febuari 2007": "febuari" är ingen månad eller annat datumord som plan känner till.'],
    ['høstan 2007', 'nb', 'unknownWord', '"høstan 2007": "høstan" er ingen måned eller annet datoord som plan kjenner.'],
    ['senast 1 maj', 'sv', 'yearMissing', '"senast 1 maj" saknar årtal.'],
    ['sommaren', 'sv', 'yearMissing', '"sommaren" saknar årtal.'],
    ['någon gång', 'sv', 'notADate', '"någon gång" är inget datum.'],
    ['snart', 'sv', 'statusOnly', '"snart" säger hur arbetet går, men anger inget datum.'],
    ['Klart', 'sv', 'statusOnly', '"Klart" säger hur arbetet går, men anger inget datum.'],
    ['2008 - 2007', 'sv', 'backwards', '"2008 - 2007" slutar innan det börjar.'],
    ['1 november 2007 - 1 oktober 2007', 'sv', 'backwards', '"1 november 2007 - 1 oktober 2007" slutar innan det börjar.'],
    ['1 maj 2008 och 2 maj 2008', 'sv', 'notADate', '"1 maj 2008 och 2 maj 2008" är inget datum.'],
    ['071315', 'sv', 'notADate', '"071315" är inget datum.'],
    [12, 'sv', 'notADate', '"12" är inget datum.'],
    [true, 'en', 'notADate', '"true" is not a date.'],
    ['  ', 'sv', 'empty', '{field} är tomt; skriv ett datum.'],
  ])('%j (%s): %s', (input, lang, code, text) => {
    expect(message(input, lang)).toMatchObject({ code, message: text });
  });

  it('suggests the month the user probably meant, and how to write an ambiguous day', () => {
    expect(message('30 febuari 2007', 'sv').hint).toBe('Menade du "februari"?');
    expect(message('05/06/07', 'sv').hint).toBe('Skriv det datum du menar så att det inte kan missförstås, till exempel "5 juni 2007".');
    expect(message('30 februari 2007', 'sv').hint).toBe('Rätta dagen; månadens sista dag är 28 februari 2007.');
  });

  it('refuses text longer than a date can be without reading it', () => {
    const result = readDate('1 maj 2008 ' + 'x'.repeat(300), 'sv');
    expect(result).toMatchObject({ ok: false, problem: { code: 'tooLong', limit: '200' } });
  });
});

describe('readDateCell reads the handlingsplan cells (seed 003)', () => {
  it.each<[string, object]>([
    ['Klart 1 jan. 2008', { span: span('2008-01-01'), exact: true, status: 'done' }],
    ['Implementeringsarbetet påbörjas okt 2007', { span: span('2007-10-01', '2007-10-31'), status: 'started' }],
    // A start and an end in one cell: the span runs from the first to the last, and the last status word is the status.
    ['Implemen-\nterings-\narbetet \npåbörjas okt \n2007 \n \nKlart 1 jan. \n2008', { span: span('2007-10-01', '2008-01-01'), status: 'done' }],
    ['Pågår, Klart feb 2008', { span: span('2008-02-01', '2008-02-29'), status: 'done' }],
    ['Pågår,  \nKlart 1 dec \n2007', { span: span('2007-12-01'), status: 'done' }],
    ['Påbörjat april 2007 på två enheter', { span: span('2007-04-01', '2007-04-30'), status: 'started', note: 'på två enheter' }],
    ['Arbetet fortsätter under hösten', { status: 'started' }],
    ['Klart \n15 sept. \n2007', { span: span('2007-09-15'), status: 'done' }],
    ['Klart  \n1 sep 2007', { span: span('2007-09-01'), status: 'done' }],
    ['Klart jan \n2008', { span: span('2008-01-01', '2008-01-31'), status: 'done' }],
    ['planerad driftstart 1 okt 2007', { span: span('2007-10-01'), status: 'planned' }],
    ['Samverkans- \noch \nutrednings-\narbete pågår, \nplanerad \ndriftstart 1 \nokt 2007', { span: span('2007-10-01'), status: 'planned' }],
    ['Informations\nmaterial och \nrutiner klara \n15 juni 2007', { span: span('2007-06-15'), status: 'done' }],
    ['Klart\n\n\n\nPågår…', { status: 'ongoing' }],
    ['Pågår', { status: 'ongoing' }],
    ['1 okt 2007', { span: span('2007-10-01'), exact: true }],
    ['070515', { span: span('2007-05-15') }],
    // Seed 001 (nb) and 000 (sv).
    ['Ferdig innen 1. mai 2008', { span: span('2008-05-01'), status: 'done', deadline: true }],
    ['Hösten 2005 påbörjas arbetet', { span: span('2005-09-01', '2005-11-30'), status: 'started', note: 'arbetet' }],
    ['Medio november 2007 ved avleveringen av nye delprosjekt', { span: span('2007-11-11', '2007-11-20'), note: 'ved avleveringen av nye delprosjekt' }],
  ])('%j', (input, expected) => {
    const result = readDateCell(input, 'sv');
    expect(result).toMatchObject({ ok: true, value: { text: input.trim(), ...expected } });
    if (!('span' in expected) && result.ok) expect(result.value.span).toBeUndefined();
  });

  it.each<[string, string]>([
    ['Klart 1 maj', 'yearMissing'],
    ['under hösten', 'yearMissing'],
    ['Klart 30 februari 2007', 'noSuchDay'],
    ['32/13', 'notADate'],
    ['', 'empty'],
  ])('refuses %j (%s)', (input, code) => {
    expect(readDateCell(input, 'sv')).toMatchObject({ ok: false, problem: { code } });
  });
});

describe('formatDate', () => {
  it('writes an exact day the way the language does', () => {
    expect(formatDate('2007-06-28', 'nb')).toBe('28. juni 2007');
    expect(formatDate('2008-05-01', 'sv')).toBe('1 maj 2008');
    expect(formatDate('2008-05-01', 'en')).toBe('1 May 2008');
    const read = readDate('070515', 'sv');
    expect(read.ok && formatDate(read.value, 'sv')).toBe('15 maj 2007');
    const deadline = readDate('innen 1.5.2008', 'nb');
    expect(deadline.ok && formatDate(deadline.value, 'nb')).toBe('innen 1. mai 2008');
  });

  it('writes a fuzzy date or a cell as the user wrote it, with tidy spacing', () => {
    const fuzzy = readDate('Medio   november 2007', 'nb');
    expect(fuzzy.ok && formatDate(fuzzy.value, 'nb')).toBe('Medio november 2007');
    const cell = readDateCell('Pågår,\nKlart feb 2008', 'sv');
    expect(cell.ok && formatDate(cell.value, 'sv')).toBe('Pågår, Klart feb 2008');
  });

  it('writes a span as a day, month, year or range', () => {
    expect(formatDate(span('2007-04-01', '2007-04-30'), 'sv')).toBe('april 2007');
    expect(formatDate(span('2007-01-01', '2007-12-31'), 'nb')).toBe('2007');
    expect(formatDate(span('2009-01-01', '2012-03-31'), 'sv')).toBe('januari 2009 – mars 2012');
    expect(formatDate(span('2007-11-11', '2007-11-20'), 'nb')).toBe('11. november 2007 – 20. november 2007');
  });
});

describe('spans', () => {
  it('spanWithin: every day of the inner span lies in the outer', () => {
    const project = span('2007-06-28', '2009-12-31');
    expect(spanWithin(span('2008-05-01'), project)).toBe(true);
    expect(spanWithin(project, project)).toBe(true);
    expect(spanWithin(span('2009-12-01', '2010-01-31'), project)).toBe(false);
    expect(spanWithin(span('2007-06-01', '2007-06-30'), project)).toBe(false);
  });

  it('compareSpans orders by start, then end', () => {
    const spans = [span('2008-01-01', '2008-12-31'), span('2007-09-01', '2007-11-30'), span('2008-01-01', '2008-01-31')];
    expect([...spans].sort(compareSpans)).toEqual([spans[1], spans[2], spans[0]]);
    expect(compareSpans(span('2008-01-01'), span('2008-01-01'))).toBe(0);
  });

  it('addMonths keeps the day within the month', () => {
    expect(addMonths('2007-06-28', 30)).toBe('2009-12-28');
    expect(addMonths('2008-01-31', 1)).toBe('2008-02-29');
    expect(addMonths('2007-01-31', 1)).toBe('2007-02-28');
    expect(addMonths('2008-03-15', -3)).toBe('2007-12-15');
    expect(addMonths('not a day', 1)).toBe('not a day');
  });
});

describe('date fields in a schema', () => {
  const schema = z.object({ milestone: date({ title: 'Milepæl', description: 'Når' }, { lang: 'nb' }), status: dateCell({ description: 'Datum' }) });

  it('reads a date and a date cell to PlanDates', () => {
    const result = schema.safeParse({ milestone: '28. juni 2007', status: 'Pågår, Klart feb 2008' });
    expect(result.success && result.data).toEqual({
      milestone: { text: '28. juni 2007', span: span('2007-06-28'), exact: true },
      status: { text: 'Pågår, Klart feb 2008', span: span('2008-02-01', '2008-02-29'), status: 'done' },
    });
  });

  it('says what is wrong under schema/invalid-date, at the field', () => {
    const result = schema.safeParse({ milestone: '31. juni 2008', status: '32/13' });
    expect(result.success).toBe(false);
    const problems = describeIssues(result.error!.issues, schema, 'nb', createTranslator('nb'));
    expect(problems).toEqual([
      { ruleId: 'schema/invalid-date', pointer: '/milestone', message: '31. juni 2008 finnes ikke; juni 2008 har 30 dager.', hint: 'Rett dagen; siste dag i måneden er 30. juni 2008.' },
      {
        ruleId: 'schema/invalid-date',
        pointer: '/status',
        message: '"32/13" er ingen dato.',
        hint: 'Skriv en dato ("1. mai 2008", "april 2008", "høsten 2007"), en status (Ferdig, Pågår, Påbegynt, Planlagt, Løpende, Årlig, Straks, Ikke påbegynt) eller begge ("Ferdig 1. mai 2008").',
      },
    ]);
  });

  it('refuses a value that is neither text nor a number', () => {
    const result = schema.safeParse({ milestone: ['2007'], status: 'Pågår' });
    const problems = describeIssues(result.error!.issues, schema, 'sv', createTranslator('sv'));
    expect(problems).toMatchObject([{ ruleId: 'schema/invalid-date', pointer: '/milestone' }]);
  });
});

describe('the date template helper', () => {
  const render = (lang: Lang, value: unknown, format = '') => compileTemplate(`Dato: {{date when${format}}}`, createHelpers(undefined))({ when: value, $kind: { id: 'x', title: 'X', lang } });
  const read = (text: string) => {
    const result = readDate(text, 'sv');
    if (!result.ok) throw new Error(text);
    return result.value;
  };

  it('prints an exact day as the plan writes it: an office that writes ISO dates gets ISO dates back', () => {
    expect(render('nb', read('2007-06-28'))).toBe('Dato: 2007-06-28');
    expect(render('sv', read('080501'))).toBe('Dato: 080501');
    expect(render('sv', read('1 maj  2008'))).toBe('Dato: 1 maj 2008');
  });

  it('prints an exact day in the document\'s language when the template asks for "long", and as an ISO day for "iso"', () => {
    // After "Dato: " a "28." cannot start a numbered list, so it needs no escape.
    expect(render('nb', read('2007-06-28'), ' "long"')).toBe('Dato: 28. juni 2007');
    expect(render('sv', read('080501'), ' "long"')).toBe('Dato: 1 maj 2008');
    expect(render('en', read('1 maj 2008'), ' "long"')).toBe('Dato: 1 May 2008');
    expect(render('sv', read('1 maj 2008'), ' "iso"')).toBe('Dato: 2008-05-01');
    expect(render('sv', read('hösten 2008'), ' "iso"')).toBe('Dato: hösten 2008');
    expect(() => render('sv', read('1 maj 2008'), ' "short"')).toThrow(/"short" is not a date format; use "long", "written", "iso"/);
  });

  it('prints a fuzzy date as written, and nothing for no date', () => {
    expect(render('nb', read('Ultimo  september 2007'))).toBe('Dato: Ultimo september 2007');
    expect(render('sv', undefined)).toBe('Dato: ');
  });
});

describe('a misspelt month in a free-text date cell', () => {
  it('is refused with a suggestion when it stands beside a number, rather than read as the year alone', () => {
    for (const cell of ['Klart 1 febuari 2008', 'Pågår, klart 31 febuari', 'planerad driftstart 1 oktobr 2007']) {
      const result = readDateCell(cell, 'sv');
      expect(result.ok, cell).toBe(false);
      if (!result.ok) expect(result.problem).toMatchObject({ code: 'unknownWord' });
    }
  });

  it('leaves ordinary words alone', () => {
    expect(readDateCell('Påbörjat april 2007 på två enheter', 'sv').ok).toBe(true);
    expect(readDateCell('Implementeringsarbetet påbörjas okt 2007', 'sv').ok).toBe(true);
  });
});

describe('a date written in ISO form with a month or day no calendar has', () => {
  it('is refused, in a date cell as in a date, never read as its year alone', async () => {
    const { readDateCell, readDate } = await import('../../src/core/dates.js');
    for (const input of ['2024-13-01', 'Klart 2024-13-01', '2024-00-10', '2024-05-32']) {
      expect(readDateCell(input, 'sv').ok, input).toBe(false);
      expect(readDate(input, 'sv').ok, input).toBe(false);
    }
    expect(readDateCell('Klart 2024-12-01', 'sv').ok).toBe(true);
  });
});

describe('reading a cell again', () => {
  it('gives the same reading, and what one caller changes in its reading another does not see', () => {
    const first = readDateCell('Klart senast 1 maj 2008', 'sv');
    expect(first.ok).toBe(true);
    if (first.ok) first.value.text = 'changed';
    const again = readDateCell('Klart senast 1 maj 2008', 'sv');
    expect(again).toMatchObject({ ok: true, value: { text: 'Klart senast 1 maj 2008' } });
    forgetDateReadings();
    expect(readDateCell('Klart senast 1 maj 2008', 'sv')).toEqual(again);
  });
});

describe('the days of a month', () => {
  it('are what a Date says, for every month of the years a plan can name and beyond, leap years and months past December included', () => {
    const byDate = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (let year = -5; year <= 2500; year++) for (let month = -14; month <= 27; month++) if (daysInMonth(year, month) !== byDate(year, month)) expect(daysInMonth(year, month), `${year}-${month}`).toBe(byDate(year, month));
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 14)]).toEqual([29, 28, 28, 29, 28]);
    // Years Date.UTC reads otherwise (0 to 99 as 1900 to 1999) and numbers that are no whole month.
    for (const [year, month] of [[0, 2], [96, 2], [4, 2], [2024, 2.5], [Number.NaN, 1], [300_000, 2]] as const) expect(Object.is(daysInMonth(year, month), byDate(year, month)), `${year}-${month}`).toBe(true);
  });
});
