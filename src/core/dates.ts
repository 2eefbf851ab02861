import { formatList, type Lang } from '../i18n/index.js';
import { Memo } from './memo.js';
import { didYouMean } from './suggest.js';

/**
 * Dates as Scandinavian plans write them: exact days ("28. juni 2007", "1 maj 2008", "2007-05-15",
 * "070515"), and the fuzzy dates plans are full of ("Hösten 2005", "medio november 2007",
 * "årsskiftet 2005/2006", "Q3 2008"). Every date becomes the interval of days it covers, so that
 * rules can compare them; the wording stays as the user wrote it, since a form prints it back.
 *
 * The month, season and status words of Swedish, Norwegian and English are read in every document:
 * no word means one thing in one of these languages and another date in the other, so the
 * language only decides how dates and problems are written back. Forms that could be read as two
 * different days ("05/06/07", "5/6/2007") are refused with a message that shows how to write them,
 * never guessed. The readers never throw: anything that is not a date is a problem.
 */

/** Inclusive ISO day range. */
export interface DateSpan {
  from: string;
  to: string;
}

/**
 * What a status word says. `continuous` is work that recurs or never ends ("Löpande", "Årligen",
 * "Varje termin"); `soon` is work to be done at once ("Omgående", "Inom kort"); `notDone` and
 * `notStarted` are a status word negated ("Ej genomfört", "Inte påbörjat", "ikke ferdig").
 */
export type DateStatus = 'done' | 'ongoing' | 'started' | 'planned' | 'continuous' | 'soon' | 'notDone' | 'notStarted';

export interface PlanDate {
  /** As the user wrote it, trimmed. */
  text: string;
  /** The days the date covers; none for a season or month without a year in a free-text cell. */
  span?: DateSpan;
  /** True when the date names one day ("1 maj 2008"), not a fuzzy period. */
  exact?: boolean;
  /** "innen 1. mai 2008" / "senast 1 maj 2008" / "före" / "by": the work ends by span.to. */
  deadline?: boolean;
  /** The last status word in the text ("Pågår, Klart feb 2008" → done): the latest statement wins. */
  status?: DateStatus;
  /** The text after the last date in a free-text cell: "Påbörjat april 2007 på två enheter" → "på två enheter". */
  note?: string;
  /** A free-text cell's follow-up date ("uppföljning 9 december 2015"): when the work is looked at again, not when it is due. */
  followUp?: DateSpan;
  /** A free-text cell with neither a date nor a status word the reader knows: kept as written, for a warning to name. */
  unread?: boolean;
}

export type DateProblemCode =
  | 'empty'
  | 'notADate'
  | 'noSuchDay'
  | 'ambiguous'
  | 'yearMissing'
  | 'unknownWord'
  | 'tooLong'
  | 'backwards'
  | 'statusOnly';

export interface DateProblem {
  code: DateProblemCode;
  /** The input, trimmed, shortened to 60 characters for messages. */
  input: string;
  /** noSuchDay: the day as written back in the language ("30 februari 2007"). */
  day?: string;
  /** noSuchDay: the month ("februari 2007") and how many days it has ("28"). */
  month?: string;
  days?: string;
  /** noSuchDay: the month's last day, written in the language. */
  last?: string;
  /** ambiguous: the readings, written in the language and joined ("5 juni 2007 or 6 maj 2007"). */
  readings?: string;
  /** ambiguous: one way to write the first reading so that it cannot be misread. */
  example?: string;
  /** unknownWord: the word not understood, and the date word the user probably meant. */
  word?: string;
  suggestion?: string;
  /** tooLong: the longest text read as a date. */
  limit?: string;
}

export type DateResult = { ok: true; value: PlanDate } | { ok: false; problem: DateProblem };

/** A date is a few words; longer text is refused unread, so that no input can make the reader slow. */
export const MAX_DATE_LENGTH = 200;

// ---------------------------------------------------------------------------------------------
// Words

/**
 * The word tables are looked up with whatever word the user wrote, so they have no prototype:
 * "constructor 2007" must find no month, not Object's constructor.
 */
function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const MONTH_WORDS: Record<string, number | undefined> = Object.create(null);
const MONTH_LISTS: [number, string[]][] = [
  [1, ['januari', 'januar', 'january', 'jan']],
  [2, ['februari', 'februar', 'february', 'feb', 'febr']],
  [3, ['mars', 'march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['maj', 'mai', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['augusti', 'august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'desember', 'dec', 'des']],
];
for (const [month, words] of MONTH_LISTS) for (const word of words) MONTH_WORDS[word] = month;

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

type Season = 'spring' | 'summer' | 'autumn' | 'winter';
const SEASON_WORDS = wordTable<Season>({
  vår: 'spring', våren: 'spring', spring: 'spring',
  sommar: 'summer', sommaren: 'summer', sommer: 'summer', sommeren: 'summer', summer: 'summer',
  höst: 'autumn', hösten: 'autumn', høst: 'autumn', høsten: 'autumn', autumn: 'autumn', fall: 'autumn',
  vinter: 'winter', vintern: 'winter', vinteren: 'winter', winter: 'winter',
});
/** First and last month of a season; winter runs into the next year. */
const SEASON_MONTHS: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };

const STATUS_WORDS = wordTable<DateStatus>({
  klart: 'done', klar: 'done', klara: 'done', avslutat: 'done', avslutad: 'done', genomfört: 'done', genomförd: 'done', genomförda: 'done', genomförts: 'done',
  åtgärdat: 'done', åtgärdad: 'done', åtgärdade: 'done', åtgärdats: 'done', utfört: 'done', utförd: 'done', utförda: 'done', utförts: 'done', slutfört: 'done', slutförd: 'done',
  ferdig: 'done', ferdigstilt: 'done', fullført: 'done', gjennomført: 'done', gjennomførte: 'done', utført: 'done', utførte: 'done', avsluttet: 'done', avklart: 'done',
  done: 'done', completed: 'done', finished: 'done', complete: 'done',
  pågår: 'ongoing', pågående: 'ongoing', ongoing: 'ongoing',
  påbörjat: 'started', påbörjad: 'started', påbörjade: 'started', påbörjas: 'started', påbörjats: 'started', startar: 'started', startat: 'started', inleds: 'started', fortsätter: 'started',
  påbegynt: 'started', startet: 'started', starter: 'started', fortsetter: 'started', igangsatt: 'started',
  started: 'started', starts: 'started', continues: 'started',
  planerad: 'planned', planerat: 'planned', planerade: 'planned', planeras: 'planned',
  planlagt: 'planned', planlegges: 'planned', planlagd: 'planned',
  planned: 'planned',
  löpande: 'continuous', kontinuerligt: 'continuous', kontinuerlig: 'continuous', fortlöpande: 'continuous', årligen: 'continuous', återkommande: 'continuous', regelbundet: 'continuous',
  terminsvis: 'continuous', månadsvis: 'continuous', kvartalsvis: 'continuous', veckovis: 'continuous', årsvis: 'continuous',
  løpende: 'continuous', kontinuerlige: 'continuous', fortløpende: 'continuous', årlig: 'continuous', årlige: 'continuous', årleg: 'continuous', jevnlig: 'continuous', jevnlige: 'continuous', regelmessig: 'continuous',
  månedlig: 'continuous', ukentlig: 'continuous',
  continuous: 'continuous', continuously: 'continuous', continual: 'continuous', recurring: 'continuous', annually: 'continuous', yearly: 'continuous', regularly: 'continuous',
  omgående: 'soon', snarast: 'soon', omgåande: 'soon', straks: 'soon', snarest: 'soon', umiddelbart: 'soon', snart: 'soon', immediately: 'soon', asap: 'soon', soon: 'soon',
});

/** "Ej genomfört", "Inte klart", "ikke påbegynt", "not started": the status word after (or, "Pågår ej", before) is negated. */
const NEGATION_WORDS = new Set(['ej', 'inte', 'icke', 'ikke', 'ikkje', 'not']);
/** Words that may stand between a negation and its status word: "inte ännu påbörjat", "ikke helt ferdig", "not yet started". */
const NEGATION_FILLERS = new Set(['ännu', 'än', 'helt', 'riktigt', 'ennå', 'enda', 'heilt', 'yet', 'fully', 'quite']);
const NEGATED: Partial<Record<DateStatus, DateStatus>> = { done: 'notDone', started: 'notStarted', ongoing: 'notStarted' };

/** "Varje termin", "hvert år", "every month": a recurring status in two words. */
const EVERY_WORDS = new Set(['varje', 'hver', 'hvert', 'every', 'each']);
const RECURRING_UNITS = new Set(['termin', 'läsår', 'år', 'halvår', 'kvartal', 'månad', 'vecka', 'semester', 'skoleår', 'måned', 'uke', 'term', 'year', 'quarter', 'month', 'week']);
/** "Inom kort", "innen kort": soon, not a deadline. By first word, the second. */
const SOON_PAIRS = new Map([['inom', 'kort'], ['innen', 'kort'], ['within', 'days']]);

/** "uppföljning 9 december 2015", "följs upp i juni 2016", "oppfølging mars 2016": the date after is a follow-up, not a deadline. */
const FOLLOW_UP_WORDS = new Set([
  'uppföljning', 'uppföljningen', 'uppföljningsdatum', 'följs', 'avstämning', 'avstämningen', 'utvärdering', 'utvärderas', 'revidering', 'revideras',
  'oppfølging', 'oppfølgingen', 'følges', 'evaluering', 'evalueres', 'revisjon', 'followup', 'follow', 'review', 'reviewed',
]);
/** The particle of "följs upp", "følges opp", "follow up". */
const FOLLOW_UP_PARTICLES = new Set(['upp', 'opp', 'up']);

const DEADLINE_WORDS = new Set(['senast', 'före', 'innan', 'innen', 'senest', 'før', 'by', 'before']);
/** Words that may stand before a date without changing it: "den 1 maj", "under hösten 2007", "i januar 2008". */
const FILLER_WORDS = new Set(['den', 'i', 'under', 'vid', 'ved', 'på', 'in', 'during', 'at', 'on', 'the', 'of', 'år', 'året']);

const ORDINALS = wordTable<number>({
  första: 1, förste: 1, første: 1, first: 1, andra: 2, annen: 2, andre: 2, second: 2,
  tredje: 3, third: 3, fjärde: 4, fjerde: 4, fourth: 4,
});

/** "primo", "medio", "ultimo" and their phrases: the first, middle and last third of a month (or year). */
const PART_WORDS: [RegExp, 0 | 1 | 2][] = [
  [/^(primo|(i )?början av|(i )?begynnelsen av|(i )?starten av|early|(at )?the beginning of|beginning of|the start of)$/, 0],
  [/^(medio|(i )?mitten av|(i )?midten av|mid|mid-|(in )?the middle of|middle of)$/, 1],
  [/^(ultimo|(i )?slutet av|(i )?slutten av|late|(at )?the end of|end of)$/, 2],
];

const TURN_OF_YEAR = /^(årsskiftet|årsskifte|the turn of the year|turn of the year|new year)$/;

// ---------------------------------------------------------------------------------------------
// Days

const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isDigit = (char: string | undefined) => char !== undefined && isDigitCode(char.charCodeAt(0));
/** What `\s` matches, told by the character's code: a regular expression per character was 7 % of reading a cell. */
const isSpaceCode = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The days of a month (1 to 12; 13 is the next January), as new Date(Date.UTC(year, month, 0))
 * tells them, worked out without making a Date: every reading of a month asks this.
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isSafeInteger(year) || !Number.isSafeInteger(month) || Math.abs(year) > 200_000 || Math.abs(month) > 1_000_000) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const y = (year >= 0 && year <= 99 ? 1900 + year : year) + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12;
  return m === 1 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m]!;
}

function monthSpan(year: number, month: number): DateSpan {
  return { from: iso(year, month, 1), to: iso(year, month, daysInMonth(year, month)) };
}

function monthsSpan(year: number, first: number, last: number): DateSpan {
  const end = new Date(Date.UTC(year, last - 1, 1));
  return { from: iso(year, first, 1), to: iso(end.getUTCFullYear(), end.getUTCMonth() + 1, daysInMonth(end.getUTCFullYear(), end.getUTCMonth() + 1)) };
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const isYear = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function formatDay(isoDay: string, lang: Lang): string {
  const m = ISO_DAY.exec(isoDay);
  if (!m) return isoDay;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return formatDayParts(y, mo, d, lang);
}

function formatDayParts(y: number, mo: number, d: number, lang: Lang): string {
  const name = MONTH_NAMES[lang][mo - 1] ?? String(mo);
  return lang === 'nb' ? `${d}. ${name} ${y}` : `${d} ${name} ${y}`;
}

function formatMonth(y: number, mo: number, lang: Lang): string {
  return `${MONTH_NAMES[lang][mo - 1] ?? mo} ${y}`;
}

// ---------------------------------------------------------------------------------------------
// Phrases: one date, without status or deadline words, lower case with single spaces.

type Phrase =
  | { kind: 'date'; span: DateSpan; exact: boolean }
  /** A date without a year ("1 maj", "hösten", "oktober"): `complete` gives it one, e.g. from the other end of a range. */
  | { kind: 'yearless'; exact: boolean; complete: (year: number) => Phrase | null }
  | { kind: 'problem'; problem: Omit<DateProblem, 'input'> };

/** Null for figures no calendar has (month 13, day 32): those are some other number, not a date. */
function dayPhrase(y: number, mo: number, d: number, lang: Lang): Phrase | null {
  if (!isYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const days = daysInMonth(y, mo);
  if (d > days) {
    return {
      kind: 'problem',
      problem: { code: 'noSuchDay', day: formatDayParts(y, mo, d, lang), month: formatMonth(y, mo, lang), days: String(days), last: formatDayParts(y, mo, days, lang) },
    };
  }
  const day = iso(y, mo, d);
  return { kind: 'date', span: { from: day, to: day }, exact: true };
}

function yearless(exact: boolean, complete: (year: number) => Phrase | null): Phrase {
  return { kind: 'yearless', exact, complete };
}

const YEAR = '(\\d{4})';
const re = (source: string) => new RegExp('^' + source + '$', 'u');

/**
 * The patterns, with `letter` for a letter of a month, season or ordinal word. Every such word is
 * looked up in its table (MONTH_WORDS, SEASON_WORDS, ORDINALS) and a pattern whose word is not
 * there reads as nothing, so a class of only the letters those words hold reads every text as
 * \p{L} does; making \p{L}'s tables at a run's first date was a millisecond of every run.
 * test/core/dates-prefilter.test.ts reads every text both ways (the filter off uses \p{L}).
 */
function patterns(letter: string) {
  const MONTH = `(${letter}+)\\.?`;
  return {
    isoDay: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
    isoSlash: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
    isoMonth: /^(\d{4})-(\d{2})$/,
    compact8: /^(\d{4})(\d{2})(\d{2})$/,
    compact6: /^(\d{2})(\d{2})(\d{2})$/,
    year: /^(\d{4})$/,
    dotted: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
    dottedShort: /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/,
    slashSpaceYear: /^(\d{1,2})\/(\d{1,2}) ?(\d{4})$/,
    slashYear: /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/,
    slashShort: /^(\d{1,2})\/(\d{1,2})$/,
    dayMonthYear: re(`(\\d{1,2})(?:\\.|:e|:a)? ?${MONTH},? ${YEAR}`),
    dayMonth: re(`(\\d{1,2})(?:\\.|:e|:a)? ?${MONTH}`),
    monthDayYear: re(`${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}`),
    monthYear: re(`${MONTH},? ${YEAR}`),
    monthOnly: re(MONTH),
    partMonth: re(`(.+?) ${MONTH}(?: ${YEAR})?`),
    partYear: re(`(.+?) ${YEAR}`),
    season: re(`(sen|sein|för|for|tidig|tidlig)?(${letter}+)(?: ${YEAR}(?: ?\\/ ?(\\d{4}|\\d{2}))?)?`),
    turn: re(`(.+?)(?: ${YEAR}(?: ?\\/ ?(\\d{4}|\\d{2}))?)?`),
    quarterQ: /^q([1-4])[ -]?(\d{4})$/,
    quarterQAfter: /^(\d{4})[ -]?q([1-4])$/,
    quarterWord: re(`(?:(\\d)(?:\\.|:e|:a)?|(${letter}+)) (?:kvartal|kvartalet|quarter)(?: of)?(?: ${YEAR})?`),
    quarterNumber: re(`kvartal (\\d) ${YEAR}`),
    halfH: /^h([12])[ -]?(\d{4})$/,
    halfWord: re(`(?:(\\d)(?:\\.|:e|:a)?|(${letter}+)) (?:halvår|halvåret|halvårs|half|half-year|half of)(?: of)?(?: ${YEAR})?`),
  };
}

/** The letters of the words the patterns name, as a class: they are letters only, so none needs escaping. */
const WORD_LETTER = `[${[...new Set([...Object.keys(MONTH_WORDS), ...Object.keys(SEASON_WORDS), ...Object.keys(ORDINALS)].join(''))].join('')}]`;
const WORD_PATTERNS = patterns(WORD_LETTER);
let anyLetterPatterns: ReturnType<typeof patterns> | undefined;

function parsePhrase(text: string, lang: Lang): Phrase | null {
  const P = datePrefilter.on ? WORD_PATTERNS : (anyLetterPatterns ??= patterns('\\p{L}'));
  let m: RegExpExecArray | null;
  // Most patterns hold a number; a phrase of words alone is tried only against the others. Most
  // begin with a digit (2007-05-15, 1 maj 2008) and the rest with a letter (maj 2008, hösten 2007).
  const first = text.charCodeAt(0);
  const digits = !datePrefilter.on || /\d/.test(text);
  const digitFirst = digits && (!datePrefilter.on || isDigitCode(first));
  const letterFirst = !datePrefilter.on || !isDigitCode(first);
  if (digitFirst && ((m = P.isoDay.exec(text)) || (m = P.isoSlash.exec(text)))) {
    // Written as a date (2024-13-01) it is one, mistyped: never the year alone, read from the rest.
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isYear(y) && (mo < 1 || mo > 12 || d < 1 || d > 31)) return { kind: 'problem', problem: { code: 'notADate' } };
    return dayPhrase(y, mo, d, lang);
  }
  if (digitFirst && (m = P.compact8.exec(text))) return dayPhrase(Number(m[1]), Number(m[2]), Number(m[3]), lang);
  if (digitFirst && (m = P.compact6.exec(text))) {
    const yy = Number(m[1]);
    return dayPhrase(yy < 70 ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[3]), lang);
  }
  if (digitFirst && (m = P.isoMonth.exec(text))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return isYear(y) && mo >= 1 && mo <= 12 ? { kind: 'date', span: monthSpan(y, mo), exact: false } : null;
  }
  if (digitFirst && (m = P.year.exec(text))) {
    const y = Number(m[1]);
    return isYear(y) ? { kind: 'date', span: { from: iso(y, 1, 1), to: iso(y, 12, 31) }, exact: false } : null;
  }
  // Dots and "d/m åååå" are written day first in Scandinavia; no one writes the month first that way.
  if (digitFirst && ((m = P.dotted.exec(text)) || (m = P.slashSpaceYear.exec(text)))) return dayPhrase(Number(m[3]), Number(m[2]), Number(m[1]), lang);
  if (digitFirst && (m = P.dottedShort.exec(text))) return ambiguousNumeric(Number(m[1]), Number(m[2]), Number(m[3]), lang, true);
  if (digitFirst && (m = P.slashYear.exec(text))) return ambiguousNumeric(Number(m[1]), Number(m[2]), Number(m[3]), lang, false);
  if (digitFirst && (m = P.slashShort.exec(text))) {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    return d >= 1 && d <= 31 && mo >= 1 && mo <= 12 ? yearless(true, (y) => dayPhrase(y, mo, d, lang)) : null;
  }
  if (digitFirst && (m = P.dayMonthYear.exec(text))) {
    const mo = MONTH_WORDS[m[2]!];
    if (mo) return dayPhrase(Number(m[3]), mo, Number(m[1]), lang);
  }
  if (digits && letterFirst && (m = P.monthDayYear.exec(text))) {
    const mo = MONTH_WORDS[m[1]!];
    if (mo) return dayPhrase(Number(m[3]), mo, Number(m[2]), lang);
  }
  if (digitFirst && (m = P.dayMonth.exec(text))) {
    const mo = MONTH_WORDS[m[2]!];
    const d = Number(m[1]);
    if (mo && d >= 1 && d <= 31) return yearless(true, (y) => dayPhrase(y, mo, d, lang));
  }
  if (digits && letterFirst && (m = P.monthYear.exec(text))) {
    const mo = MONTH_WORDS[m[1]!];
    const y = Number(m[2]);
    if (mo) return isYear(y) ? { kind: 'date', span: monthSpan(y, mo), exact: false } : { kind: 'problem', problem: { code: 'notADate' } };
  }
  if (letterFirst && (m = P.monthOnly.exec(text))) {
    const mo = MONTH_WORDS[m[1]!];
    if (mo) return yearless(false, (y) => (isYear(y) ? { kind: 'date', span: monthSpan(y, mo), exact: false } : { kind: 'problem', problem: { code: 'notADate' } }));
  }
  if ((m = P.partMonth.exec(text))) {
    const part = partOf(m[1]!);
    const mo = MONTH_WORDS[m[2]!];
    if (part !== undefined && mo) {
      const make = (y: number): Phrase => {
        if (!isYear(y)) return { kind: 'problem', problem: { code: 'notADate' } };
        const last = daysInMonth(y, mo);
        const [from, to] = part === 0 ? [1, 10] : part === 1 ? [11, 20] : [21, last];
        return { kind: 'date', span: { from: iso(y, mo, from), to: iso(y, mo, to) }, exact: false };
      };
      return m[3] ? make(Number(m[3])) : yearless(false, make);
    }
  }
  if (digits && (m = P.partYear.exec(text))) {
    const part = partOf(m[1]!);
    const y = Number(m[2]);
    // The first, middle and last third of a year.
    if (part !== undefined && isYear(y)) return { kind: 'date', span: monthsSpan(y, part * 4 + 1, part * 4 + 4), exact: false };
  }
  if (digits && letterFirst && ((m = P.quarterQ.exec(text)) || (m = P.quarterNumber.exec(text)))) return quarter(Number(m[1]), Number(m[2]));
  if (digitFirst && (m = P.quarterQAfter.exec(text))) return quarter(Number(m[2]), Number(m[1]));
  if ((m = P.quarterWord.exec(text))) {
    const n = m[1] ? Number(m[1]) : ORDINALS[m[2]!];
    if (n !== undefined && n >= 1 && n <= 4) return m[3] ? quarter(n, Number(m[3])) : yearless(false, (y) => quarter(n, y));
  }
  if (digits && letterFirst && (m = P.halfH.exec(text))) return half(Number(m[1]), Number(m[2]));
  if ((m = P.halfWord.exec(text))) {
    const n = m[1] ? Number(m[1]) : ORDINALS[m[2]!];
    if (n !== undefined && n >= 1 && n <= 2) return m[3] ? half(n, Number(m[3])) : yearless(false, (y) => half(n, y));
  }
  if (letterFirst && (m = P.season.exec(text))) {
    const season = SEASON_WORDS[m[2]!];
    if (season) return seasonPhrase(season, m[1], m[3], m[4], lang, text);
  }
  if ((m = P.turn.exec(text)) && TURN_OF_YEAR.test(m[1]!)) {
    if (!m[2]) return yearless(false, (y) => turnOfYear(y));
    const first = Number(m[2]);
    if (!m[3]) return { kind: 'problem', problem: { code: 'ambiguous', readings: formatList(lang, [`${m[1]} ${first - 1}/${first}`, `${m[1]} ${first}/${first + 1}`], 'or'), example: `${m[1]} ${first}/${first + 1}` } };
    const second = secondYear(first, m[3]);
    if (second !== first + 1) return { kind: 'problem', problem: { code: 'notADate' } };
    return turnOfYear(first);
  }
  return null;
}

function partOf(words: string): 0 | 1 | 2 | undefined {
  for (const [pattern, part] of PART_WORDS) if (pattern.test(words)) return part;
  return undefined;
}

/** "2005/06" → 2006, "2005/2006" → 2006. */
function secondYear(first: number, written: string): number {
  if (written.length === 4) return Number(written);
  const candidate = Math.floor(first / 100) * 100 + Number(written);
  return candidate < first ? candidate + 100 : candidate;
}

function quarter(n: number, y: number): Phrase {
  if (!isYear(y) || n < 1 || n > 4) return { kind: 'problem', problem: { code: 'notADate' } };
  return { kind: 'date', span: monthsSpan(y, n * 3 - 2, n * 3), exact: false };
}

function half(n: number, y: number): Phrase {
  if (!isYear(y) || n < 1 || n > 2) return { kind: 'problem', problem: { code: 'notADate' } };
  return { kind: 'date', span: monthsSpan(y, n * 6 - 5, n * 6), exact: false };
}

function turnOfYear(y: number): Phrase {
  if (!isYear(y) || !isYear(y + 1)) return { kind: 'problem', problem: { code: 'notADate' } };
  return { kind: 'date', span: { from: iso(y, 12, 1), to: iso(y + 1, 1, 31) }, exact: false };
}

function seasonPhrase(season: Season, prefix: string | undefined, yearText: string | undefined, secondText: string | undefined, lang: Lang, text: string): Phrase {
  let [first, last] = SEASON_MONTHS[season];
  // "senhösten" is the season's last month, "försommaren" its first.
  if (prefix) {
    if (season === 'winter') return { kind: 'problem', problem: { code: 'notADate' } };
    if (/^(sen|sein)$/.test(prefix)) first = last;
    else last = first;
  }
  const make = (y: number): Phrase => (isYear(y) ? { kind: 'date', span: monthsSpan(y, first, last), exact: false } : { kind: 'problem', problem: { code: 'notADate' } });
  if (!yearText) return yearless(false, make);
  const y = Number(yearText);
  if (season === 'winter') {
    // "vintern 2007" is both the winter that ends in 2007 and the one that starts in it.
    if (!secondText) {
      const word = text.replace(/\s*\d.*$/, '');
      return { kind: 'problem', problem: { code: 'ambiguous', readings: formatList(lang, [`${word} ${y - 1}/${y}`, `${word} ${y}/${y + 1}`], 'or'), example: `${word} ${y}/${y + 1}` } };
    }
    if (secondYear(y, secondText) !== y + 1) return { kind: 'problem', problem: { code: 'notADate' } };
    return make(y);
  }
  if (secondText) return { kind: 'problem', problem: { code: 'notADate' } };
  return make(y);
}

/** "05/06/07", "5/6/2007": day or month first? Both readings are shown, and neither is taken. */
function ambiguousNumeric(a: number, b: number, c: number, lang: Lang, dotted: boolean): Phrase {
  const year = c < 100 ? (c < 70 ? 2000 + c : 1900 + c) : c;
  const readings: string[] = [];
  const add = (y: number, mo: number, d: number) => {
    if (isYear(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) {
      const text = formatDayParts(y, mo, d, lang);
      if (!readings.includes(text)) readings.push(text);
    }
  };
  add(year, b, a);
  if (!dotted) add(year, a, b);
  if (c < 100) {
    const yy = a < 70 ? 2000 + a : 1900 + a;
    add(yy, b, c);
  }
  if (readings.length === 0) return { kind: 'problem', problem: { code: 'notADate' } };
  const first = readings[0]!;
  return { kind: 'problem', problem: { code: 'ambiguous', readings: formatList(lang, readings, 'or'), example: first } };
}

// ---------------------------------------------------------------------------------------------
// Text: tokens, status and deadline words, phrases found anywhere.

interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

function normalise(input: string): string {
  if (isNormal(input)) return input;
  return input
    .replace(/\u00ad/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

const OTHER = 1;
const LETTER = 2;
const SPACE = 3;
const DIGIT = 4;
/**
 * What each UTF-16 unit is as a token's character, learnt from the regular expressions the first
 * time it is seen (0: not yet): a letter (\p{L}), a digit (\d is 0-9 only), white space (\s), or
 * other. ASCII is filled in at once; surrogates are never looked up here.
 */
const CHAR_CLASSES = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  CHAR_CLASSES[code] = /[a-z]/i.test(char) ? LETTER : /\d/.test(char) ? DIGIT : /\s/.test(char) ? SPACE : OTHER;
}
const LETTER_CHAR = /^\p{L}$/u;
const SPACE_CHAR = /^\s$/u;

function classOfCodePoint(char: string): number {
  return LETTER_CHAR.test(char) ? LETTER : SPACE_CHAR.test(char) ? SPACE : OTHER;
}

/**
 * The text's letter runs, digit runs and single other characters, as /\p{L}+|\d+|[^\s\p{L}\d]/gu
 * finds them, by code point. A loop over the characters rather than that expression: every cell
 * and sentence is tokenized, and the expression's matches and a test per token cost several times more.
 */
/**
 * Whether normalise would give the text back as it is: no soft hyphen or dash to replace, and no
 * white space but single spaces between other characters. Most cells are written so.
 */
function isNormal(text: string): boolean {
  const length = text.length;
  let afterSpace = true;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if (code < 0x80) {
      if (CHAR_CLASSES[code] === SPACE) return false;
      continue;
    }
    if (code === 0xad || (code >= 0x2010 && code <= 0x2015) || code === 0x2212) return false;
    // No white space is a surrogate; a lone one is left to classAt.
    if (code < 0xd800 || code > 0xdfff ? classAt(text, k) === SPACE : false) return false;
  }
  return !afterSpace || length === 0;
}

function tokenize(lower: string): Token[] {
  const tokens: Token[] = [];
  const length = lower.length;
  let k = 0;
  while (k < length) {
    const start = k;
    const kind = classAt(lower, k);
    k += codePointWidth(lower, k);
    if (kind === SPACE) continue;
    if (kind === LETTER || kind === DIGIT) while (k < length && classAt(lower, k) === kind) k += codePointWidth(lower, k);
    tokens.push({ text: lower.slice(start, k), start, end: k, word: kind === LETTER });
  }
  return tokens;
}

function isHighSurrogateAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 0xd800 || code > 0xdbff || k + 1 >= text.length) return false;
  const next = text.charCodeAt(k + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

function codePointWidth(text: string, k: number): number {
  return isHighSurrogateAt(text, k) ? 2 : 1;
}

function classAt(text: string, k: number): number {
  const code = text.charCodeAt(k);
  // A pair of surrogates is one code point (a letter such as 𝐀, or an emoji): looked at whole, never kept.
  if (isHighSurrogateAt(text, k)) return classOfCodePoint(text.slice(k, k + 2));
  let kind = CHAR_CLASSES[code]!;
  if (kind === 0) {
    // A lone surrogate is a code point of its own, neither letter nor space, as the u flag reads it.
    kind = code >= 0xd800 && code <= 0xdfff ? OTHER : classOfCodePoint(String.fromCharCode(code));
    CHAR_CLASSES[code] = kind;
  }
  return kind;
}

/** The longest phrase at a token that is not just a number of one to three digits. */
const MAX_PHRASE_TOKENS = 9;
const RANGE_WORDS = new Set(['-', 'till', 'til', 'to', 'until']);

interface Found {
  first: number;
  last: number;
  phrase: Phrase;
}

/**
 * The words a phrase of parsePhrase can begin with, besides numbers, month and season words and
 * ordinals: the first words of PART_WORDS and TURN_OF_YEAR, "kvartal 3 2008", and "q3", "h1"
 * (tokenized as a letter and a number). A phrase added to parsePhrase that begins otherwise must
 * add its first word here; test/core/dates-prefilter.test.ts compares every reading with the filter off.
 */
const OPENING_WORDS = new Set([
  'primo', 'i', 'början', 'begynnelsen', 'starten', 'early', 'at', 'the', 'beginning',
  'medio', 'mitten', 'midten', 'mid', 'in', 'middle', 'ultimo', 'slutet', 'slutten', 'late', 'end',
  'årsskiftet', 'årsskifte', 'turn', 'new', 'kvartal', 'q', 'h',
]);
const SEASON_PREFIXES = ['sen', 'sein', 'för', 'for', 'tidig', 'tidlig'];

/** Whether a phrase can begin at this token: most words of a sentence cannot, and need not be tried against every pattern. */
function canBegin(token: Token): boolean {
  if (!token.word) return /^\d/.test(token.text);
  const word = token.text;
  if (MONTH_WORDS[word] !== undefined || SEASON_WORDS[word] !== undefined || ORDINALS[word] !== undefined || OPENING_WORDS.has(word)) return true;
  return SEASON_PREFIXES.some((prefix) => word.startsWith(prefix) && SEASON_WORDS[word.slice(prefix.length)] !== undefined);
}

function canEnd(token: Token): boolean {
  return token.word || token.text === '.' || isDigit(token.text[0]);
}

/**
 * Every word a phrase of parsePhrase can hold: the words its patterns name and the words their
 * groups must be for a reading (MONTH_WORDS, SEASON_WORDS with or without a prefix, ORDINALS,
 * PART_WORDS, TURN_OF_YEAR), the "e" and "a" of "5:e mars" and "5:emars", and "st" of "May 1st".
 * A phrase with any other word reads as nothing, so no phrase is tried past one. A word added to
 * a pattern must be added here; test/core/dates-prefilter.test.ts compares every reading with the filter off.
 */
let phraseWords: Set<string> | undefined;

function makePhraseWords(): Set<string> {
  const months = Object.keys(MONTH_WORDS);
  const seasons = Object.keys(SEASON_WORDS);
  return new Set([
    ...months,
    ...months.flatMap((month) => ['e' + month, 'a' + month]),
    ...seasons,
    ...SEASON_PREFIXES.flatMap((prefix) => seasons.map((season) => prefix + season)),
    ...Object.keys(ORDINALS),
    ...['primo', 'i', 'början', 'av', 'begynnelsen', 'starten', 'early', 'at', 'the', 'beginning', 'of', 'start'],
    ...['medio', 'mitten', 'midten', 'mid', 'in', 'middle', 'ultimo', 'slutet', 'slutten', 'late', 'end'],
    ...['årsskiftet', 'årsskifte', 'turn', 'year', 'new'],
    ...['kvartal', 'kvartalet', 'quarter', 'halvår', 'halvåret', 'halvårs', 'half', 'q', 'h', 'e', 'a', 'st', 'nd', 'rd', 'th'],
  ]);
}

/** The only punctuation the patterns hold: "2007-05-15", "1/10 2007", "28.06.2007", "May 1, 2008", "5:e mars". */
const PHRASE_PUNCTUATION = new Set(['-', '/', '.', ',', ':']);
/** The longest number a pattern holds (20070515). */
const MAX_PHRASE_DIGITS = 8;

/** Whether a token can stand anywhere in a phrase that reads as a date. */
function canBeInPhrase(token: Token): boolean {
  if (token.word) return (phraseWords ??= makePhraseWords()).has(token.text);
  if (isDigit(token.text[0])) return token.text.length <= MAX_PHRASE_DIGITS;
  return PHRASE_PUNCTUATION.has(token.text);
}

/** For tests only: the date reader with its pre-filter off, to show that the filter changes no reading. */
export const datePrefilter = { on: true };

function findPhrases(lower: string, tokens: Token[], lang: Lang): Found[] {
  const found: Found[] = [];
  // For each token, the first token from it on that no phrase can hold: phrases are tried only up to there.
  const stop: number[] = new Array(tokens.length);
  let nextStop = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (datePrefilter.on && !canBeInPhrase(tokens[k]!)) nextStop = k;
    stop[k] = nextStop;
  }
  let i = 0;
  while (i < tokens.length) {
    if (datePrefilter.on && (stop[i] === i || !canBegin(tokens[i]!))) {
      i++;
      continue;
    }
    let best: Found | undefined;
    for (let j = Math.min(tokens.length - 1, i + MAX_PHRASE_TOKENS, stop[i]! - 1); j >= i; j--) {
      // Every phrase ends in a letter, a digit or a dot: one ending in other punctuation is not tried.
      if (datePrefilter.on && !canEnd(tokens[j]!)) continue;
      const text = lower.slice(tokens[i]!.start, tokens[j]!.end);
      const phrase = parsePhrase(text, lang);
      if (phrase) {
        best = { first: i, last: j, phrase };
        break;
      }
    }
    if (best) {
      found.push(best);
      i = best.last + 1;
    } else i++;
  }
  return found;
}

interface Reading {
  phrases: Found[];
  /** Ranges joined: each entry one date the text states. */
  dates: { phrase: Phrase; first: number; last: number }[];
}

/** "oktober-november 2007", "1 januari 2009 – 31 mars 2012": two phrases joined by a dash or "till". */
function joinRanges(tokens: Token[], found: Found[]): Reading['dates'] {
  const dates: Reading['dates'] = [];
  for (let k = 0; k < found.length; k++) {
    const left = found[k]!;
    const right = found[k + 1];
    if (right && right.first === left.last + 2 && RANGE_WORDS.has(tokens[left.last + 1]!.text) && right.phrase.kind !== 'problem' && left.phrase.kind !== 'problem') {
      dates.push({ phrase: range(left.phrase, right.phrase), first: left.first, last: right.last });
      k++;
    } else dates.push({ phrase: left.phrase, first: left.first, last: left.last });
  }
  return dates;
}

function range(left: Phrase, right: Phrase): Phrase {
  if (right.kind === 'yearless') {
    if (left.kind !== 'date') return right;
    const completed = right.complete(Number(left.span.to.slice(0, 4)));
    if (!completed) return { kind: 'problem', problem: { code: 'notADate' } };
    right = completed;
    if (right.kind === 'date' && right.span.to < left.span.from) return { kind: 'problem', problem: { code: 'backwards' } };
  }
  if (right.kind !== 'date') return right;
  if (left.kind === 'yearless') {
    const year = Number(right.span.from.slice(0, 4));
    const same = left.complete(year);
    const completed = same?.kind === 'date' && same.span.from > right.span.to ? left.complete(year - 1) : same;
    if (!completed) return { kind: 'problem', problem: { code: 'notADate' } };
    left = completed;
  }
  if (left.kind !== 'date') return left;
  if (left.span.from > right.span.to) return { kind: 'problem', problem: { code: 'backwards' } };
  return { kind: 'date', span: { from: left.span.from, to: right.span.to }, exact: false };
}

// ---------------------------------------------------------------------------------------------
// Readers

function fail(problem: DateProblem): DateResult {
  return { ok: false, problem };
}

function shortInput(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

/** Numbers the YAML loader hands over (2007, 20070515) and Date objects are read as the user's digits. */
function inputText(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0) return String(input);
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  return undefined;
}

function describe(input: unknown): string {
  if (input === null || input === undefined) return String(input);
  if (typeof input === 'object') return Array.isArray(input) ? '[…]' : '{…}';
  try {
    return shortInput(String(input));
  } catch {
    return '?';
  }
}

interface Scan {
  text: string;
  lower: string;
  tokens: Token[];
  dates: Reading['dates'];
  status?: DateStatus;
  deadline: boolean;
  /** The dates that follow a follow-up word ("uppföljning 9 december 2015"), by their index in `dates`. */
  followUps: Set<number>;
  /** Tokens that are neither date, status, deadline, filler nor punctuation. */
  leftover: Token[];
}

/**
 * The statuses a text states, in order, each with its negation read ("Ej påbörjat" is not started),
 * and the tokens they and the follow-up words take up. A negation that negates nothing the reader
 * knows ("inte planerat") is left over, so that the text is not read as its opposite.
 */
function readStatuses(tokens: Token[], used: Uint8Array): { statuses: DateStatus[]; followUpTokens: Set<number> } {
  const statuses: DateStatus[] = [];
  const followUpTokens = new Set<number>();
  const free = (k: number) => k >= 0 && k < tokens.length && used[k] === 0;
  const word = (k: number) => (free(k) ? tokens[k]!.text : undefined);
  for (let k = 0; k < tokens.length; k++) {
    // Every word these tables hold is letters: a number or a mark is none of them.
    if (!tokens[k]!.word || !free(k)) continue;
    const text = tokens[k]!.text;
    if (EVERY_WORDS.has(text) && RECURRING_UNITS.has(word(k + 1) ?? '')) {
      statuses.push('continuous');
      used[k] = used[k + 1] = 1;
      continue;
    }
    const soon = SOON_PAIRS.get(text);
    if (soon !== undefined && soon === word(k + 1)) {
      statuses.push('soon');
      used[k] = used[k + 1] = 1;
      continue;
    }
    if (FOLLOW_UP_WORDS.has(text)) {
      followUpTokens.add(k);
      used[k] = 1;
      if (FOLLOW_UP_PARTICLES.has(word(k + 1) ?? '')) {
        followUpTokens.add(k + 1);
        used[++k] = 1;
      }
      continue;
    }
    const status = STATUS_WORDS[text];
    if (!status) continue;
    // A negation before the word ("Ej påbörjat", "inte ännu klart"), else right after it ("Pågår ej").
    let negation: number | undefined;
    const between: number[] = [];
    for (let b = k - 1; b >= 0 && free(b); b--) {
      if (NEGATION_WORDS.has(tokens[b]!.text)) {
        negation = b;
        break;
      }
      if (!NEGATION_FILLERS.has(tokens[b]!.text) || between.length >= 2) break;
      between.push(b);
    }
    if (negation === undefined && NEGATION_WORDS.has(word(k + 1) ?? '') && !STATUS_WORDS[word(k + 2) ?? '']) negation = k + 1;
    if (negation === undefined) {
      statuses.push(status);
      used[k] = 1;
      continue;
    }
    const negated = NEGATED[status];
    if (!negated) continue;
    statuses.push(negated);
    for (const t of [k, negation, ...(negation < k ? between : [])]) used[t] = 1;
  }
  return { statuses, followUpTokens };
}

/** The last statement wins, except that work started and not done is going on ("Påbörjat, inte klart"). */
function combineStatuses(statuses: readonly DateStatus[]): DateStatus | undefined {
  const last = statuses[statuses.length - 1];
  if (last === 'notDone' && statuses.some((s) => s === 'started' || s === 'ongoing' || s === 'continuous')) return 'ongoing';
  return last;
}

function scan(input: unknown, lang: Lang): Scan | DateProblem {
  const raw = inputText(input);
  if (raw === undefined) return { code: 'notADate', input: describe(input) };
  const text = raw.trim();
  if (text === '') return { code: 'empty', input: '' };
  if (text.length > MAX_DATE_LENGTH) return { code: 'tooLong', input: shortInput(text), limit: String(MAX_DATE_LENGTH) };
  const lower = normalise(text).toLowerCase();
  const tokens = tokenize(lower);
  const dates = joinRanges(tokens, findPhrases(lower, tokens, lang));
  // Which tokens a date, a status or a follow-up word has taken, by index.
  const used = new Uint8Array(tokens.length);
  for (const d of dates) used.fill(1, d.first, d.last + 1);
  const { statuses, followUpTokens } = readStatuses(tokens, used);
  const status = combineStatuses(statuses);
  let deadline = false;
  const leftover: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (used[k] === 1) continue;
    const token = tokens[k]!;
    if (DEADLINE_WORDS.has(token.text)) deadline = true;
    else if (token.word && !FILLER_WORDS.has(token.text)) leftover.push(token);
    // A token that is no word is a run of digits or one other character.
    else if (!token.word && isDigit(token.text[0])) leftover.push(token);
  }
  // A date is a follow-up when a follow-up word stands before it with only fillers and punctuation between.
  const followUps = new Set<number>();
  dates.forEach((d, i) => {
    for (let k = d.first - 1; k >= 0; k--) {
      if (followUpTokens.has(k)) {
        followUps.add(i);
        break;
      }
      const t = tokens[k]!;
      if (used[k] === 1 || (t.word && !FILLER_WORDS.has(t.text)) || /\d/.test(t.text)) break;
    }
  });
  // Outside a follow-up the follow-up word is just a word, put back in its place among the others.
  if (followUpTokens.size > 0) {
    for (const k of followUpTokens) if (![...followUps].some((i) => dates[i]!.first > k)) leftover.push(tokens[k]!);
    leftover.sort((a, b) => a.start - b.start);
  }
  return { text, lower, tokens, dates, ...(status ? { status } : {}), deadline, followUps, leftover };
}

function isProblem(value: Scan | DateProblem): value is DateProblem {
  return 'code' in value;
}

/** An unknown word where a month or season should be: the date word it most resembles, if any. */
function unknownWord(s: Scan): DateProblem | undefined {
  const candidates = (dateWords ??= [...Object.keys(MONTH_WORDS).filter((w) => w.length > 3), ...Object.keys(SEASON_WORDS), 'årsskiftet', 'kvartal', 'halvår', 'medio', 'primo', 'ultimo']);
  for (const token of s.leftover) {
    if (!token.word || token.text.length < 3) continue;
    const suggestion = nearestWord(token.text, candidates);
    if (suggestion) return { code: 'unknownWord', input: shortInput(s.text), word: token.text, suggestion };
  }
  return undefined;
}

let dateWords: string[] | undefined;
let longMonthWords: string[] | undefined;

/**
 * editDistance(a, b) when it is at most `limit`, else some number above `limit`: the same optimal
 * string alignment, worked out only near the diagonal (a cell further off than `limit` is more
 * than `limit` itself) and with every value above `limit` kept as limit + 1, which changes no
 * value at or below it. Stops at a row with no value within `limit`: no later row can have one.
 */
export function distanceWithin(a: string, b: string, limit: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const over = limit + 1;
  if (Math.abs(rows - cols) > limit) return over;
  const d = distanceCells(rows * cols);
  for (let i = 0; i < rows; i++) {
    const from = Math.max(0, i - over);
    const to = Math.min(cols - 1, i + over);
    let rowLeast = over;
    for (let j = from; j <= to; j++) {
      let best: number;
      if (i === 0) best = j;
      else if (j === 0) best = i;
      else if (j - i >= over || i - j >= over) best = over;
      else {
        const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
        if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      }
      if (best > over) best = over;
      d[i * cols + j] = best;
      if (best < rowLeast) rowLeast = best;
    }
    if (rowLeast >= over) return over;
  }
  return d[rows * cols - 1]!;
}

let cells = new Int32Array(256);
function distanceCells(size: number): Int32Array {
  if (cells.length < size) cells = new Int32Array(size * 2);
  return cells;
}

/**
 * didYouMean(word, candidates) for candidates in lower case without spaces or punctuation, as the
 * date words are: a candidate whose length differs from the word's by more than the distance
 * allowed cannot be that close, and is not measured. Most words of a sentence are measured against none.
 */
function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  if (!datePrefilter.on) return didYouMean(word, candidates);
  // As closeCandidates normalises what it is given.
  const wanted = word.toLowerCase().replace(/[\s._\-/]/g, '');
  if (wanted === '') return undefined;
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let nearest: string | undefined;
  let nearestDistance = allowed + 1;
  const masks = letterMasksOf(candidates);
  const wantedMask = letterMask(wanted);
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!;
    if (Math.abs(candidate.length - wanted.length) > allowed) continue;
    // Each letter one of the two has and the other lacks takes an edit of its own.
    if (Math.max(bitCount(wantedMask & ~masks[c]!), bitCount(masks[c]! & ~wantedMask)) >= nearestDistance) continue;
    const distance = distanceWithin(wanted, candidate, allowed);
    // Of equally close candidates the first listed, as didYouMean's stable sort gives.
    if (distance < nearestDistance) {
      nearest = candidate;
      nearestDistance = distance;
    }
  }
  return nearest;
}

/**
 * The letters a word holds, a bit each (a–z, å, ä, ö, æ, ø; every other character shares the last
 * bit). Two words whose sets differ by n letters on one side are at least n edits apart, however
 * the letters are arranged: that is worked out without measuring the words against each other.
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    const bit = code >= 97 && code <= 122 ? code - 97 : code === 0xe5 ? 26 : code === 0xe4 ? 27 : code === 0xf6 ? 28 : code === 0xe6 ? 29 : code === 0xf8 ? 30 : 31;
    mask |= 1 << bit;
  }
  return mask;
}

const candidateMasks = new WeakMap<readonly string[], Int32Array>();
function letterMasksOf(candidates: readonly string[]): Int32Array {
  let masks = candidateMasks.get(candidates);
  if (!masks) candidateMasks.set(candidates, (masks = Int32Array.from(candidates, letterMask)));
  return masks;
}

function bitCount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * In a free-text cell most words are just words, but one that is nearly a month's name and stands
 * beside a number ("Klart 1 febuari 2008") was meant as a date: refuse it rather than read the year alone.
 */
function misspeltMonthInCell(s: Scan): DateProblem | undefined {
  const months = (longMonthWords ??= Object.keys(MONTH_WORDS).filter((w) => w.length > 3));
  for (const token of s.leftover) {
    if (!token.word || token.text.length < 4 || MONTH_WORDS[token.text]) continue;
    if (!besideNumber(s.lower, token)) continue;
    const suggestion = nearestWord(token.text, months);
    if (suggestion) return { code: 'unknownWord', input: shortInput(s.text), word: token.text, suggestion };
  }
  return undefined;
}

/**
 * Whether a number stands just before the token (its digits, a dot, spaces) or just after it
 * (spaces, a digit), looked for from the token outwards: the text on either side may be long.
 */
function besideNumber(lower: string, token: Token): boolean {
  let before = token.start - 1;
  while (before >= 0 && isSpaceCode(lower.charCodeAt(before))) before--;
  if (lower.charCodeAt(before) === 46 /* . */) before--;
  if (isDigitCode(lower.charCodeAt(before))) return true;
  let after = token.end;
  while (after < lower.length && isSpaceCode(lower.charCodeAt(after))) after++;
  return isDigitCode(lower.charCodeAt(after));
}

function problemOf(phrase: Phrase, s: Scan): DateProblem | undefined {
  if (phrase.kind === 'problem') return { ...phrase.problem, input: shortInput(s.text) };
  return undefined;
}

/** A date as plans write it (exact or fuzzy, sv/nb/en), optionally with a status word and a deadline word beside it. */
export function readDate(input: unknown, lang: Lang): DateResult {
  try {
    const s = scan(input, lang);
    if (isProblem(s)) return fail(s);
    const input_ = shortInput(s.text);
    if (s.leftover.length > 0 || s.dates.length > 1 || s.followUps.size > 0) return fail(unknownWord(s) ?? { code: 'notADate', input: input_ });
    const only = s.dates[0];
    if (!only) return fail(s.status ? { code: 'statusOnly', input: input_ } : (unknownWord(s) ?? { code: 'notADate', input: input_ }));
    const problem = problemOf(only.phrase, s);
    if (problem) return fail(problem);
    if (only.phrase.kind !== 'date') return fail({ code: 'yearMissing', input: input_ });
    return {
      ok: true,
      value: {
        text: s.text,
        span: only.phrase.span,
        ...(only.phrase.exact ? { exact: true } : {}),
        ...(s.deadline ? { deadline: true } : {}),
        ...(s.status ? { status: s.status } : {}),
      },
    };
  } catch {
    return fail({ code: 'notADate', input: describe(input) });
  }
}

/**
 * The cells read in the plan being checked: the schema reads a cell, and a kind's rules read it
 * again (the action plan's progress). Kept for one plan only (forgetDateReadings), so a run over
 * many plans pays for each plan's own cells.
 */
const cellReadings = { '+': memosByLang(), '-': memosByLang() };
function memosByLang(): Record<Lang, Memo<DateResult>> {
  return { sv: new Memo(4096), nb: new Memo(4096), en: new Memo(4096) };
}

/** Called as each plan's check begins. */
export function forgetDateReadings(): void {
  for (const byLang of Object.values(cellReadings)) for (const memo of Object.values(byLang)) memo.clear();
}

/**
 * A free-text date cell ("Pågår, Klart feb 2008", "Påbörjat april 2007 på två enheter", "Arbetet
 * fortsätter under hösten", "Löpande", "Ej påbörjat"): status and dates are found anywhere in the
 * text. Several dates ("påbörjas okt 2007 … Klart 1 jan. 2008") give one span from the first to
 * the last; the last status word is the status, read with its negation. A date after a follow-up
 * word ("uppföljning 9 december 2015") is the follow-up, not part of the span. A month or season
 * without a year ("under hösten") gives no span; a day without a year ("Klart 1 maj") is refused,
 * as is a day that does not exist, a misspelt month or a number that is no date. A cell with
 * neither a date nor a status is kept as written and marked `unread`, for a warning to name.
 */
export function readDateCell(input: unknown, lang: Lang): DateResult {
  if (typeof input !== 'string') return readCell(input, lang);
  // Kept apart by the pre-filter's switch, so that its test compares two readings, not one and its
  // copy; and by language, so that the text itself is the key (a key made by joining them was a
  // new string to hash at every reading).
  return copyResult(cellReadings[datePrefilter.on ? '+' : '-'][lang].get(input, () => readCell(input, lang)));
}

/**
 * A deep copy of a reading, as clonePlain makes it and with its keys in the same order, for the
 * shape readCell gives: a problem of strings, or a value whose only objects are its two spans.
 */
function copyResult(result: DateResult): DateResult {
  if (!result.ok) return { ok: false, problem: { ...result.problem } };
  const value = { ...result.value };
  if (value.span) value.span = { ...value.span };
  if (value.followUp) value.followUp = { ...value.followUp };
  return { ok: true, value };
}

function readCell(input: unknown, lang: Lang): DateResult {
  try {
    const s = scan(input, lang);
    if (isProblem(s)) return fail(s);
    const misspelt = misspeltMonthInCell(s);
    if (misspelt) return fail(misspelt);
    const input_ = shortInput(s.text);
    let span: DateSpan | undefined;
    let followUp: DateSpan | undefined;
    let dated = 0;
    let exact = false;
    for (let i = 0; i < s.dates.length; i++) {
      const d = s.dates[i]!;
      const problem = problemOf(d.phrase, s);
      if (problem) return fail(problem);
      if (d.phrase.kind === 'yearless') {
        if (d.phrase.exact) return fail({ code: 'yearMissing', input: input_ });
        continue;
      }
      if (d.phrase.kind !== 'date') continue;
      if (s.followUps.has(i)) {
        followUp = followUp ? { from: min(followUp.from, d.phrase.span.from), to: max(followUp.to, d.phrase.span.to) } : d.phrase.span;
        continue;
      }
      dated++;
      exact = d.phrase.exact;
      span = span ? { from: min(span.from, d.phrase.span.from), to: max(span.to, d.phrase.span.to) } : d.phrase.span;
    }
    if (!span && !s.status && !followUp) {
      if (s.dates.length > 0) return fail({ code: 'yearMissing', input: input_ });
      // Figures that read as no date were meant as one ("32/13", "v. 2015-13"); words are the plan's own.
      if (s.leftover.some((token) => !token.word)) return fail({ code: 'notADate', input: input_ });
      const nearlyADate = unknownWord(s);
      if (nearlyADate) return fail(nearlyADate);
      return { ok: true, value: { text: s.text, unread: true } };
    }
    const lastDate = s.dates[s.dates.length - 1];
    const note = lastDate ? noteAfter(s, lastDate.last) : undefined;
    return {
      ok: true,
      value: {
        text: s.text,
        ...(span ? { span } : {}),
        ...(span && exact && dated === 1 ? { exact: true } : {}),
        ...(s.deadline ? { deadline: true } : {}),
        ...(s.status ? { status: s.status } : {}),
        ...(followUp ? { followUp } : {}),
        ...(note ? { note } : {}),
      },
    };
  } catch {
    return fail({ code: 'notADate', input: describe(input) });
  }
}

/**
 * A period written as one text ("2014-01-01 till 2014-12-31", "januari 2014 – mars 2015"): its start
 * and end as the text writes them, for a hint that shows the form with a start and an end. A start
 * that needs the end's year ("1 maj – 31 december 2014") is given as the day it was read as.
 */
export function splitPeriodText(input: unknown, lang: Lang): { start: string; end: string } | undefined {
  const whole = readDate(input, lang);
  if (!whole.ok || !whole.value.span || whole.value.status || whole.value.deadline) return undefined;
  const { span } = whole.value;
  const text = normalise(whole.value.text);
  const lower = text.toLowerCase();
  const original = lower.length === text.length ? text : lower;
  for (const token of tokenize(lower)) {
    if (!RANGE_WORDS.has(token.text)) continue;
    const start = original.slice(0, token.start).trim();
    const end = original.slice(token.end).trim();
    const [from, to] = [readDate(start, lang), readDate(end, lang)];
    if (!to.ok || to.value.span?.to !== span.to) continue;
    return { start: from.ok && from.value.span?.from === span.from ? start : span.from, end };
  }
  return undefined;
}

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** The words after the last date (and its status word, if it follows), in the user's own case and spelling. */
function noteAfter(s: Scan, lastToken: number): string | undefined {
  let k = lastToken + 1;
  // A token that is neither a word nor a number is one mark (tokenize): what /^[^\p{L}\d]$/u matches.
  while (s.tokens[k] && (STATUS_WORDS[s.tokens[k]!.text] || DEADLINE_WORDS.has(s.tokens[k]!.text) || (!s.tokens[k]!.word && !isDigitCode(s.tokens[k]!.text.charCodeAt(0))))) k++;
  const next = s.tokens[k];
  if (!next) return undefined;
  // The lower-cased text has the same length as the normalised text; map back through it.
  const original = normalise(s.text);
  if (original.length !== s.lower.length) return undefined;
  const rest = original.slice(next.start).replace(/^[\s,.;:–-]+|[\s,.;:…]+$/g, '');
  return hasLetter(rest) ? rest : undefined;
}

/** /\p{L}/u.test(text), by the classes tokenize learns: a letter class of its own was a millisecond to compile in every run. */
function hasLetter(text: string): boolean {
  for (let k = 0; k < text.length; k += codePointWidth(text, k)) if (classAt(text, k) === LETTER) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Writing and comparing

/**
 * How a date a plan wrote is printed: `long` in the document's language ("1 maj 2008"), `written`
 * as the plan writes it ("2008-05-01", "070515"), `iso` an exact day as 2008-05-01 and anything
 * else as written. A date the tool worked out (a span, an ISO day) has no writing of its own and
 * is always printed `long`.
 */
export type DateStyle = 'long' | 'written' | 'iso';
export const DATE_STYLES: readonly DateStyle[] = ['long', 'written', 'iso'];

/**
 * A date in the document's language: an exact day as the language writes it ("28. juni 2007",
 * "1 maj 2008", "1 May 2008"); a fuzzy date, or a cell with status words or a note, as the user
 * wrote it with its spacing tidied. A span is written as a day, a month, a year or "from – to".
 */
export function formatDate(value: PlanDate | DateSpan | string, lang: Lang, style: DateStyle = 'long'): string {
  try {
    if (style !== 'long' && typeof value === 'object' && value !== null && 'text' in value) {
      const { span, exact, status, note, deadline } = value;
      const oneDay = span && exact && !status && !note && !deadline && span.from === span.to && isIsoDay(span.from);
      return style === 'iso' && oneDay ? span.from : normalise(String(value.text ?? ''));
    }
    if (typeof value === 'string') {
      if (isIsoDay(value)) return formatDay(value, lang);
      const read = readDate(value, lang);
      return read.ok ? formatDate(read.value, lang) : normalise(value);
    }
    if (value === null || typeof value !== 'object') return '';
    if ('text' in value) {
      const { span, exact, status, note, deadline } = value;
      if (span && exact && !status && !note && span.from === span.to && isIsoDay(span.from)) {
        const day = formatDay(span.from, lang);
        return deadline ? `${DEADLINE_WORD[lang]} ${day}` : day;
      }
      return normalise(String(value.text ?? ''));
    }
    return formatSpan(value, lang);
  } catch {
    return '';
  }
}

const DEADLINE_WORD: Record<Lang, string> = { sv: 'senast', nb: 'innen', en: 'by' };

function formatSpan(span: DateSpan, lang: Lang): string {
  const { from, to } = span;
  if (!isIsoDay(from) || !isIsoDay(to)) return `${from} – ${to}`;
  if (from === to) return formatDay(from, lang);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const wholeMonths = fd === 1 && td === daysInMonth(ty, tm);
  if (wholeMonths && fy === ty && fm === 1 && tm === 12) return String(fy);
  if (wholeMonths && fy === ty && fm === tm) return formatMonth(fy, fm, lang);
  if (wholeMonths) return `${formatMonth(fy, fm, lang)} – ${formatMonth(ty, tm, lang)}`;
  return `${formatDay(from, lang)} – ${formatDay(to, lang)}`;
}

/** True when every day of `inner` lies within `outer`. */
export function spanWithin(inner: DateSpan, outer: DateSpan): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}

/** Earlier start first; of two that start together, the one that ends first. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  return 0;
}

/**
 * The same day `months` later (or earlier), kept within the month: 2008-01-31 + 1 → 2008-02-29.
 * Anything that is not an ISO day, or a month count that is not an integer, is returned unchanged.
 */
export function addMonths(isoDay: string, months: number): string {
  const m = typeof isoDay === 'string' ? ISO_DAY.exec(isoDay) : null;
  if (!m || !Number.isInteger(months) || !isIsoDay(isoDay)) return isoDay;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const y = Math.floor(total / 12);
  const mo = total - y * 12 + 1;
  if (y < 0 || y > 9999) return isoDay;
  return iso(y, mo, Math.min(Number(m[3]), daysInMonth(y, mo)));
}
