/**
 * Texts for comparing two readings of the date reader (test/core/dates-prefilter.test.ts): seeded,
 * so a difference found is found again, and built from the pieces plans write dates with, in
 * Swedish, Norwegian and English: numbers of every width, month and season words and misspellings
 * of them, parts of months, quarters and halves, statuses with negations, follow-up, deadline and
 * filler words, ranges, week numbers, punctuation and whitespace of every kind, letters outside
 * Latin-1 (some that change length when lower-cased), and long sentences of ordinary words.
 */
import { seededRandom } from './random.js';

const MONTHS = [
  'januari', 'januar', 'january', 'jan', 'februari', 'februar', 'february', 'feb', 'febr', 'mars', 'march', 'mar', 'april', 'apr',
  'maj', 'mai', 'may', 'juni', 'june', 'jun', 'juli', 'july', 'jul', 'augusti', 'august', 'aug', 'september', 'sept', 'sep',
  'oktober', 'october', 'okt', 'oct', 'november', 'nov', 'december', 'desember', 'dec', 'des',
];
const SEASONS = ['vår', 'våren', 'spring', 'sommar', 'sommaren', 'sommer', 'sommeren', 'summer', 'höst', 'hösten', 'høst', 'høsten', 'autumn', 'fall', 'vinter', 'vintern', 'vinteren', 'winter'];
const SEASON_PREFIXES = ['sen', 'sein', 'för', 'for', 'tidig', 'tidlig'];
const PARTS = [
  'primo', 'början av', 'i början av', 'begynnelsen av', 'i begynnelsen av', 'starten av', 'i starten av', 'early', 'the beginning of', 'at the beginning of', 'beginning of', 'the start of',
  'medio', 'mitten av', 'i mitten av', 'midten av', 'i midten av', 'mid', 'mid-', 'the middle of', 'in the middle of', 'middle of',
  'ultimo', 'slutet av', 'i slutet av', 'slutten av', 'i slutten av', 'late', 'the end of', 'at the end of', 'end of',
];
const TURNS = ['årsskiftet', 'årsskifte', 'the turn of the year', 'turn of the year', 'new year'];
const ORDINALS = ['första', 'förste', 'første', 'first', 'andra', 'annen', 'andre', 'second', 'tredje', 'third', 'fjärde', 'fjerde', 'fourth', 'femte', 'fifth'];
const QUARTER_WORDS = ['kvartal', 'kvartalet', 'quarter', 'quarter of'];
const HALF_WORDS = ['halvår', 'halvåret', 'halvårs', 'half', 'half-year', 'half of'];
const STATUSES = [
  'klart', 'klar', 'klara', 'avslutat', 'genomfört', 'genomförda', 'åtgärdat', 'utfört', 'slutfört', 'ferdig', 'ferdigstilt', 'fullført', 'gjennomført', 'avsluttet',
  'done', 'completed', 'finished', 'pågår', 'pågående', 'ongoing', 'påbörjat', 'påbörjas', 'startar', 'inleds', 'fortsätter', 'påbegynt', 'startet', 'fortsetter',
  'started', 'starts', 'continues', 'planerad', 'planeras', 'planlagt', 'planlegges', 'planned', 'löpande', 'kontinuerligt', 'årligen', 'terminsvis', 'løpende',
  'årlig', 'jevnlig', 'månedlig', 'continuous', 'recurring', 'annually', 'omgående', 'snarast', 'straks', 'umiddelbart', 'immediately', 'asap', 'soon',
];
const NEGATIONS = ['ej', 'inte', 'icke', 'ikke', 'ikkje', 'not'];
const NEGATION_FILLERS = ['ännu', 'än', 'helt', 'riktigt', 'ennå', 'enda', 'heilt', 'yet', 'fully', 'quite'];
const EVERY = ['varje', 'hver', 'hvert', 'every', 'each'];
const UNITS = ['termin', 'läsår', 'år', 'halvår', 'kvartal', 'månad', 'vecka', 'semester', 'skoleår', 'måned', 'uke', 'term', 'year', 'quarter', 'month', 'week', 'dag'];
const SOON = ['inom kort', 'innen kort', 'within days', 'inom', 'kort'];
const FOLLOW_UPS = ['uppföljning', 'uppföljningen', 'följs upp', 'följs', 'avstämning', 'utvärdering', 'revideras', 'oppfølging', 'følges opp', 'evaluering', 'revisjon', 'followup', 'follow up', 'review', 'reviewed'];
const DEADLINES = ['senast', 'före', 'innan', 'innen', 'senest', 'før', 'by', 'before'];
const FILLERS = ['den', 'i', 'under', 'vid', 'ved', 'på', 'in', 'during', 'at', 'on', 'the', 'of', 'år', 'året'];
const RANGES = ['-', '–', '—', '‐', '−', 'till', 'til', 'to', 'until', ' - ', ' – '];
const WEEKS = ['v.', 'v', 'vecka', 'uke', 'week', 'w', 'vn'];
const WORDS = [
  'arbetet', 'med', 'och', 'att', 'för', 'som', 'en', 'ett', 'projektet', 'rapport', 'enheter', 'två', 'tre', 'kommunen', 'styrgrupp', 'möte', 'beslut', 'planen',
  'arbeidet', 'og', 'til', 'for', 'med', 'delprosjekt', 'kommunestyret', 'presentasjon', 'av', 'hovedprosjektet', 'dialogseminar', 'sluttrapport', 'nye',
  'the', 'work', 'and', 'report', 'project', 'meeting', 'board', 'will', 'be', 'held', 'after', 'units', 'two', 'se', 'bilaga', 'www.rendalen.kommune.no',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'q', 'h', 'q3', 'h1', 'x', 'ca', 'ca.', 'kl.', 'nr', 'st', 'nd', 'rd', 'th', 'e', 'a',
  'Ærø', 'ÆØÅ', 'straße', 'İstanbul', 'ǅemal', 'Ωmega', 'ﬁnal', 'ǰ', 'naïve', 'café', 'ÖVERSYN', 'é', 'ł', '𝐀𝐁𝐂', '𝒳', '😀', '中文', 'ǈ',
];
const PUNCTUATION = [',', '.', ';', ':', '!', '?', '(', ')', '…', '"', '\'', '/', '–', '-', '+', '*', '&', '%', '§', '«', '»', '·', '\u030A', '\u0301', '\u00ad', '\u200b', '\ufeff'];
const SPACES = [' ', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u202f', '\u3000', '\u2028', ' \n '];

export interface TextGenerator {
  /** One text: a date of some form, a status cell, or a sentence with dates in it. */
  next(): string;
}

export function dateTexts(seed: number): TextGenerator {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => random() < p;

  const letters = 'abcdefghijklmnopqrstuvwxyzåäöøæé';
  /** A word with one or two letters wrong, as the plans misspell months ("febuari", "setember"). */
  const misspell = (word: string): string => {
    let out = word;
    for (let n = 1 + int(2); n > 0; n--) {
      const at = int(out.length + 1);
      switch (int(4)) {
        case 0: out = out.slice(0, at) + out.slice(at + 1); break;
        case 1: out = out.slice(0, at) + pick([...letters]) + out.slice(at); break;
        case 2: out = out.slice(0, at) + pick([...letters]) + out.slice(at + 1); break;
        default: if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
      }
    }
    return out;
  };
  const cased = (word: string): string => {
    const r = random();
    if (r < 0.2) return word.charAt(0).toUpperCase() + word.slice(1);
    if (r < 0.25) return word.toUpperCase();
    return word;
  };
  const month = (): string => {
    const word = chance(0.12) ? misspell(pick(MONTHS)) : pick(MONTHS);
    return cased(word) + (chance(0.15) ? '.' : '');
  };
  const day = (): string => {
    const r = random();
    if (r < 0.8) return String(1 + int(31));
    if (r < 0.9) return String(int(100));
    return pad(1 + int(31), 2);
  };
  const year = (): string => {
    const r = random();
    if (r < 0.85) return String(2000 + int(30));
    if (r < 0.9) return pick(['1899', '1900', '2199', '2200', '0000', '9999', '1970', '1969']);
    return String(int(10000));
  };
  const shortYear = () => pad(int(100), 2);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const month2 = () => pad(chance(0.9) ? 1 + int(12) : int(100), 2);
  const day2 = () => pad(chance(0.9) ? 1 + int(31) : int(100), 2);

  const numeric = (): string => {
    switch (int(16)) {
      case 0: return `${year()}-${month2()}-${day2()}`;
      case 1: return `${year()}/${1 + int(12)}/${1 + int(31)}`;
      case 2: return `${year()}-${month2()}`;
      case 3: return `${year()}${month2()}${day2()}`;
      case 4: return `${shortYear()}${month2()}${day2()}`;
      case 5: return year();
      case 6: return `${day()}.${1 + int(13)}.${year()}`;
      case 7: return `${day()}.${1 + int(13)}.${shortYear()}`;
      case 8: return `${day()}/${1 + int(13)}${chance(0.5) ? ' ' : ''}${year()}`;
      case 9: return `${day()}/${1 + int(13)}/${chance(0.5) ? year() : shortYear()}`;
      case 10: return `${day()}/${1 + int(13)}`;
      case 11: return `${pick(['q', 'Q'])}${int(6)}${pick(['', ' ', '-'])}${year()}`;
      case 12: return `${year()}${pick(['', ' ', '-'])}${pick(['q', 'Q'])}${int(6)}`;
      case 13: return `${pick(['h', 'H'])}${int(4)}${pick(['', ' ', '-'])}${year()}`;
      case 14: return `${pick(WEEKS)} ${int(60)}${chance(0.5) ? ` ${year()}` : ''}`;
      default: return String(int(chance(0.5) ? 1000 : 100000000));
    }
  };
  const ordinalSuffix = () => pick(['', '', '.', ':e', ':a', 'st', 'nd', 'rd', 'th']);
  const worded = (): string => {
    switch (int(13)) {
      case 0: return `${day()}${ordinalSuffix()}${pick([' ', ' ', ''])}${month()}${pick([' ', ', '])}${year()}`;
      case 1: return `${day()}${ordinalSuffix()} ${month()}`;
      case 2: return `${month()} ${day()}${ordinalSuffix()}${pick([' ', ', '])}${year()}`;
      case 3: return `${month()}${pick([' ', ', '])}${year()}`;
      case 4: return month();
      case 5: return `${cased(pick(PARTS))} ${month()}${chance(0.7) ? ` ${year()}` : ''}`;
      case 6: return `${cased(pick(PARTS))} ${year()}`;
      case 7: {
        const season = chance(0.3) ? pick(SEASON_PREFIXES) + pick(SEASONS) : pick(SEASONS);
        const tail = chance(0.7) ? ` ${year()}${chance(0.4) ? `${pick(['/', ' / ', '/ '])}${chance(0.5) ? shortYear() : year()}` : ''}` : '';
        return cased(chance(0.1) ? misspell(season) : season) + tail;
      }
      case 8: {
        const y = Number(year());
        const second = chance(0.6) ? String(y + 1).slice(chance(0.5) ? 2 : 0) : shortYear();
        return `${cased(pick(TURNS))}${chance(0.8) ? ` ${y}${chance(0.7) ? `${pick(['/', ' / '])}${second}` : ''}` : ''}`;
      }
      case 9: return `${chance(0.5) ? `${int(6)}${ordinalSuffix()}` : pick(ORDINALS)} ${pick(QUARTER_WORDS)}${chance(0.7) ? ` ${year()}` : ''}`;
      case 10: return `kvartal ${int(6)} ${year()}`;
      case 11: return `${chance(0.5) ? `${int(4)}${ordinalSuffix()}` : pick(ORDINALS)} ${pick(HALF_WORDS)}${chance(0.7) ? ` ${year()}` : ''}`;
      default: return `${pick(FILLERS)} ${chance(0.5) ? month() : numeric()}`;
    }
  };
  const date = (): string => {
    const one = () => (chance(0.35) ? numeric() : worded());
    const text = chance(0.15) ? `${one()}${pick(RANGES)}${one()}` : one();
    return chance(0.2) ? `${pick(DEADLINES)} ${text}` : text;
  };
  const status = (): string => {
    const word = cased(pick(STATUSES));
    switch (int(7)) {
      case 0: return `${cased(pick(NEGATIONS))} ${word}`;
      case 1: return `${cased(pick(NEGATIONS))} ${pick(NEGATION_FILLERS)} ${chance(0.3) ? `${pick(NEGATION_FILLERS)} ` : ''}${word}`;
      case 2: return `${word} ${pick(NEGATIONS)}`;
      case 3: return `${cased(pick(EVERY))} ${pick(UNITS)}`;
      case 4: return cased(pick(SOON));
      case 5: return `${cased(pick(FOLLOW_UPS))}${chance(0.5) ? ` ${pick(FILLERS)}` : ''}`;
      default: return word;
    }
  };
  const word = (): string => (chance(0.05) ? misspell(pick(WORDS)) : cased(pick(WORDS)));
  const space = () => (chance(0.9) ? ' ' : pick(SPACES));

  /** Pieces joined by spaces, commas or punctuation: from a cell of two words to a sentence past the reader's limit. */
  const sentence = (pieces: number): string => {
    let out = '';
    for (let k = 0; k < pieces; k++) {
      const r = random();
      const piece = r < 0.3 ? date() : r < 0.5 ? status() : r < 0.93 ? word() : pick(PUNCTUATION);
      if (k > 0) out += chance(0.12) ? pick([', ', '; ', '. ', ': ', ' (', ') ', ',', '.', '']) : space();
      out += piece;
    }
    return out;
  };

  return {
    next() {
      const r = random();
      let text: string;
      if (r < 0.25) text = date();
      else if (r < 0.4) text = `${status()}${pick([' ', ', ', ' '])}${date()}${chance(0.3) ? ` ${sentence(1 + int(4))}` : ''}`;
      else if (r < 0.5) text = `${status()}${pick([', ', ' ', '; '])}${status()}${chance(0.5) ? ` ${date()}` : ''}`;
      else if (r < 0.85) text = sentence(2 + int(12));
      else text = sentence(12 + int(40));
      if (chance(0.05)) text = `${pick(SPACES)}${text}${pick(SPACES)}`;
      if (chance(0.02)) text = text.toUpperCase();
      return text;
    },
  };
}
