import { z } from 'zod';
import { amountCell, date as dateField, email, optionalText, strictObject, text, type FieldMeta } from '../../core/fields.js';
import { difference, figure } from '../../core/figures.js';
import { headingOf, type SectionKey } from './sections.js';

/** A date as reports write it, exact or fuzzy ("2009-02-02", "oktober 2011", "hösten 2013"); may be left out. */
const date = (meta: FieldMeta) => dateField(meta, { lang: 'sv' }).nullish();

/**
 * An answer to one of the form's sections: Markdown, so that sub-headings ("### Jämställdhet"),
 * numbered and bulleted lists come through to the document as such. Missing and empty answers are
 * reported by the rule section/missing-answer, which names the section, rather than by the schema,
 * so that they do not hide the report's other mistakes.
 */
const answer = (key: SectionKey, description: string) =>
  z
    .string()
    .nullish()
    .meta({ title: headingOf(key), description: `${description} Markdown: tom rad mellan stycken, "### Rubrik" för underrubriker, "- " och "1. " för listor.` });

const measurement = (title: string, description: string) =>
  strictObject(
    {
      date: date({ title: 'Datum', description: 'När mätningen gjordes, t.ex. "oktober 2011" eller 2011-10-15.' }),
      value: figure({ title: 'Värde', description: 'Det uppmätta värdet, t.ex. 145 eller "16,6". Har måttet delmått ska värdet vara deras summa.' }),
    },
    { title, description },
  );

const part = strictObject(
  {
    name: text({ title: 'Delmått', description: 'Delmåttets namn, t.ex. "Begriplighet".' }),
    baseline: figure({ title: 'Utgångsvärde', description: 'Delmåttets värde vid första mätningen.' }),
    final: figure({ title: 'Slutvärde', description: 'Delmåttets värde vid sista mätningen.' }),
    change: figure({ title: 'Angiven förändring', description: 'Förändringen som rapporten anger den, negativ för en minskning (t.ex. -4). Verktyget räknar ut den och jämför.' }).optional(),
  },
  { title: 'Delmått', description: 'Ett delmått; delmåttens värden summerar till måttets.' },
).transform((part) => ({ ...part, computedChange: difference(part.final, part.baseline) }));

const indicator = strictObject(
  {
    name: text({ title: 'Mått', description: 'Vad som mäts, t.ex. "KASAM (känsla av sammanhang), genomsnitt".' }),
    unit: optionalText({ title: 'Enhet', description: 'Måttets enhet, t.ex. "poäng", "personer", "månader" eller "%".' }),
    baseline: measurement('Utgångsläge', 'Första mätningen: datum och värde.'),
    final: measurement('Slutläge', 'Sista mätningen: datum och värde.'),
    change: figure({ title: 'Angiven förändring', description: 'Förändringen som rapporten anger den, negativ för en minskning (t.ex. -20). Verktyget räknar ut den och jämför.' }).optional(),
    parts: z.array(part).optional().meta({ title: 'Delmått', description: 'Delmått som tillsammans blir måttet, t.ex. begriplighet, hanterbarhet och meningsfullhet.' }),
  },
  { title: 'Resultatmått', description: 'Ett mått på projektets resultat: utgångsläge, slutläge och förändring.' },
  // The document prints the change the tool works out; a stated one that differs is reported by the rules.
).transform((indicator) => ({ ...indicator, computedChange: difference(indicator.final.value, indicator.baseline.value) }));

const outcomeRow = strictObject(
  {
    costType: text({ title: 'Kostnadsslag', description: 'Kostnadsslaget, t.ex. "Personal" eller "Externa tjänster".' }),
    planned: amountCell({ title: 'Planerat', description: 'Budgeterat belopp enligt beslutet, i hela kronor.' }),
    actual: amountCell({ title: 'Utfall', description: 'Faktisk kostnad, i hela kronor.' }),
    deviation: amountCell({ title: 'Avvikelse', description: 'Avvikelsen som rapporten anger den (utfall minus planerat, negativ när utfallet är lägre). Verktyget räknar ut den och jämför.' }, { allowNegative: true }).optional(),
  },
  { title: 'Kostnadsslag', description: 'Ett kostnadsslag med planerat belopp och utfall.' },
);

const budgetOutcome = strictObject(
  {
    rows: z.array(outcomeRow).min(1).meta({ title: 'Kostnadsslag', description: 'Ett kostnadsslag per rad.' }),
    total: strictObject(
      {
        planned: amountCell({ title: 'Summa planerat', description: 'Summan av det planerade som rapporten anger den.' }).optional(),
        actual: amountCell({ title: 'Summa utfall', description: 'Summan av utfallet som rapporten anger den.' }).optional(),
        deviation: amountCell({ title: 'Summa avvikelse', description: 'Den sammanlagda avvikelsen som rapporten anger den.' }, { allowNegative: true }).optional(),
      },
      { title: 'Summa', description: 'Summorna som rapporten anger dem; verktyget räknar ut dem och jämför.' },
    ).optional(),
  },
  { title: 'Budgetutfall', description: 'Planerade kostnader och utfall per kostnadsslag, med avvikelse.' },
);

/** Kept as written: a form prints "018-727 00 00"; the rules check it (see rules.ts), warning rather than refusing where digits are missing. */
const phone = z
  .union([z.string(), z.number()])
  .transform((input, ctx) => {
    if (typeof input === 'string') return input;
    // The loader keeps 0187270000 as text, but +46187270000 is a number without its plus.
    ctx.addIssue({ code: 'custom', message: 'contact.phoneYamlNumber', params: { digits: String(input) }, input });
    return z.NEVER;
  })
  .nullish()
  .meta({ title: 'Telefon', description: 'Telefonnummer som det ska stå i rapporten, t.ex. "018-727 00 00". Citattecken behövs om numret bara är siffror.' });

const contact = strictObject(
  {
    role: optionalText({ title: 'Roll', description: 'Personens roll, t.ex. "Projektledare".' }),
    name: text({ title: 'Namn', description: 'Personens namn.' }),
    organisation: optionalText({ title: 'Organisation', description: 'Organisation, om den inte är projektägaren.' }),
    phone,
    mobile: phone.meta({ title: 'Mobil', description: 'Mobilnummer, t.ex. "070-123 45 67".' }),
    email: email({ title: 'E-post', description: 'E-postadress.' }).nullish(),
  },
  { title: 'Kontaktperson', description: 'En person som den som vill veta mer kan kontakta.' },
);

export const schema = strictObject(
  {
    kind: z.literal('esf-slutrapport').meta({ description: 'Dokumentets slag: esf-slutrapport.' }),
    title: text({ title: 'Projektnamn', description: 'Projektets namn, t.ex. "Vägen ut".' }),
    diaryNumber: optionalText({ title: 'Diarienummer', description: 'Svenska ESF-rådets diarienummer, t.ex. "2009-3060004".' }),
    owner: optionalText({ title: 'Projektägare', description: 'Organisationen som äger projektet.' }),
    period: strictObject(
      {
        start: date({ title: 'Från', description: 'Projektets första dag, t.ex. 2009-02-02.' }),
        end: date({ title: 'Till', description: 'Projektets sista dag, t.ex. 2010-12-31.' }),
      },
      { title: 'Projektperiod', description: 'Projektperioden enligt beslutet.' },
    ).optional(),
    date: date({ title: 'Datum', description: 'Rapportens datum.' }),

    summary: answer('summary', 'Sammanfattande beskrivning av projektidé och framkomna resultat.'),
    results: answer('results', 'Problem och behov, ambitioner, resultat och påverkan på individ-, organisations- och systemnivå.'),
    purposeAndGoals: answer('purposeAndGoals', 'Syfte, mål och delmål, vad projektet uppnått, lärande och avvikelser från ansökan.'),
    indicators: z.array(indicator).nullish().meta({ title: 'Resultatmått', description: 'Projektets resultat i siffror (kvantitativa mått); skrivs som tabell under "Syfte och mål med projektet".' }),
    budgetOutcome: budgetOutcome.nullish(),
    methods: answer('methods', 'Huvudsakligt arbetssätt: metoder, utbildningar och aktiviteter, och vad som gjorde skillnad.'),
    actors: answer('actors', 'Aktörerna i projektet och vad de bidrog med; projektgrupp, styrgrupp och referensgrupp.'),
    genderMainstreaming: answer('genderMainstreaming', 'Hur projektet arbetat med jämställdhetsintegrering.'),
    accessibility: answer('accessibility', 'Hur projektet arbetat med tillgänglighet för personer med funktionsnedsättning.'),
    regionalPriorities: answer('regionalPriorities', 'Regionala prioriteringar som projektet arbetat med; "Vi har inte arbetat med regionala prioriteringar" är också ett svar.'),
    dissemination: answer('dissemination', 'Spridning och påverkansarbete: till vem, hur erfarenheterna kan användas, vad mer som behövs.'),
    externalEvaluation: answer('externalEvaluation', 'Hur den externa utvärderaren bidragit, om projektet haft en.'),
    selfEvaluation: answer('selfEvaluation', 'Hur projektet självt utvärderat sitt arbete.'),
    commentsAndTips: answer('commentsAndTips', 'Tips till framtida projekt: vad gick bra och mindre bra, och varför.'),
    contacts: z.array(contact).nullish().meta({ title: headingOf('contacts'), description: 'Personer som den som vill veta mer kan kontakta: roll, namn, telefon och e-post.' }),
  },
  { title: 'Slutrapport genomförande', description: 'Svenska ESF-rådets slutrapport för genomförandeprojekt.' },
);

export type EsfReport = z.output<typeof schema>;
export type Indicator = NonNullable<EsfReport['indicators']>[number];
