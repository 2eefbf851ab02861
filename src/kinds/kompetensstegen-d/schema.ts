import { z } from 'zod';
import { amountCell, email, optionalText, phone, strictObject, text } from '../../core/fields.js';

/** The form's own rows in D.7.1; "anpassa gärna tabellerna utifrån egna behov" lets a plan add others. */
export const FORM_COST_TYPES = [
  'Processledning/projektledning',
  'Interna lärare/handledare',
  'Externa utbildningskostnader',
  'Utbildningsmaterial',
  'Lokaler',
  'Teknisk utrustning',
  'Information/erfarenhetsutbyte',
  'Uppföljning/utvärdering',
] as const;

export const FORM_FINANCING_SOURCE = 'Delfinansiering från annan part';

const cells = z
  .array(amountCell({ description: 'Belopp i hela kronor för året, t.ex. 650000 eller "650 000". Lämna tomt (~) om inget belopp.' }))
  .meta({ description: 'Ett belopp per år, i samma ordning som `years`. Utelämna raden eller skriv [] om raden saknar belopp.' });

const costRow = strictObject(
  {
    costType: text({ title: 'Kostnadstyp', description: 'Kostnadstypen som på blanketten, t.ex. "Processledning/projektledning".' }),
    note: optionalText({ title: 'Anmärkning', description: 'Kort anmärkning som skrivs efter kostnadstypen, t.ex. "(25%/kommun)".' }),
    amounts: cells.optional(),
  },
  { title: 'Kostnadsrad', description: 'En rad i D.7.1: kostnadstyp och belopp per år.' },
);

const financingRow = strictObject(
  {
    source: text({ title: 'Finansiär', description: 'Vem som delfinansierar, t.ex. "Delfinansiering från annan part".' }),
    note: optionalText({ title: 'Anmärkning', description: 'Kort anmärkning, t.ex. "(ex EU, Landstinget, utbildningshuvudman)".' }),
    amounts: cells.optional(),
  },
  { title: 'Finansieringsrad', description: 'En rad i D.7.2: finansiär och belopp per år.' },
);

const statedSums = (title: string) =>
  cells.optional().meta({ title, description: `${title} som den anges i planen, ett belopp per år. Verktyget räknar ut summan själv och jämför.` });

const budget = strictObject(
  {
    years: z
      .array(text({ description: 'Rubrik för årskolumnen, t.ex. "År 1" eller "2006".' }))
      .min(1, { message: 'budget.noYears' })
      .meta({ title: 'År', description: 'Budgetens kolumner: ett namn per år, t.ex. [År 1, År 2, År 3].' }),
    supportSought: strictObject(
      {
        rows: z.array(costRow).meta({ description: 'Kostnadsraderna. Blankettens rader: ' + FORM_COST_TYPES.join(', ') + '.' }),
        total: statedSums('Summa kronor'),
      },
      { title: 'D.7.1 Stöd söks från Kompetensstegen för följande kostnader', description: 'Kostnader som stöd söks för, per kostnadstyp och år, med raden "Summa kronor".' },
    ),
    otherFinancing: strictObject(
      {
        rows: z.array(financingRow).meta({ description: 'Finansieringsraderna.' }),
        total: statedSums('Summa kronor'),
      },
      { title: 'D.7.2 Eventuell övrig finansiering', description: 'Finansiering från annan part (t.ex. EU, landstinget, utbildningshuvudman), per år.' },
    ).optional(),
    totalCost: statedSums('D.7.3 Total kostnad'),
  },
  { title: 'D.7 Budget för aktiviteten', description: 'Budgeten: D.7.1 kostnader som stöd söks för, D.7.2 övrig finansiering, D.7.3 total kostnad per år.' },
);

const methodGroup = strictObject(
  {
    heading: text({ title: 'Rubrik', description: 'Gruppens rubrik, t.ex. "Styrgrupp" eller "Huvudprojektledare, 100%".' }),
    points: z.array(text({ description: 'En punkt i listan.' })).optional().meta({ title: 'Punkter', description: 'Punktlistan under rubriken.' }),
  },
  { title: 'Grupp', description: 'En rubricerad grupp med punkter, t.ex. en del av projektorganisationen.' },
);

const methods = strictObject(
  {
    intro: optionalText({ title: 'Inledning', description: 'Text före grupperna.' }),
    groups: z.array(methodGroup).optional().meta({ title: 'Grupper', description: 'Rubricerade grupper med punktlistor.' }),
    text: optionalText({ title: 'Text', description: 'Stycken efter grupperna. Tom rad skiljer stycken.' }),
  },
  { title: 'D.5 Metoder/former hur för aktiviteten skall genomföras', description: 'Hur aktiviteten genomförs: inledning, rubricerade grupper med punkter och avslutande stycken.' },
).refine((value) => Boolean(value.intro?.trim() || value.groups?.length || value.text?.trim()), { message: 'kompetensstegen.methodsEmpty' });

const contact = strictObject(
  {
    name: text({ title: 'Namn', description: 'Samordnarens eller kontaktpersonens namn.' }),
    organisation: text({ title: 'Arbetsplats/organisation', description: 'Arbetsplats eller organisation.' }),
    phone: phone({ title: 'Telefonnr', description: 'Telefonnummer med riktnummer, t.ex. 08-508 20 520.' }).nullish(),
    mobile: phone({ title: 'Mobilnr', description: 'Mobilnummer, t.ex. 070-123 45 67.' }).nullish(),
    email: email({ title: 'E-post', description: 'E-postadress, t.ex. fornamn.efternamn@kommun.se.' }).nullish(),
  },
  { title: 'D.8 Samordnare/kontaktperson för aktiviteten', description: 'Samordnare eller kontaktperson för aktiviteten.' },
);

export const schema = strictObject(
  {
    kind: z.literal('kompetensstegen-d').meta({ description: 'Dokumentets slag: kompetensstegen-d.' }),
    participants: z
      .union([text({ description: 'Kommunerna i löptext.' }), z.array(text({ description: 'En kommun eller stadsdelsnämnd.' })).min(1)])
      .meta({ title: 'D.1 Kommuner som deltar i aktiviteten', description: 'Kommunerna (och stadsdelsnämnderna) som deltar, som löptext eller som lista.' }),
    title: text({ title: 'D.2 Rubrik för aktivitet', description: 'Aktivitetens rubrik.' }),
    earlierWork: optionalText({ title: 'D.3.1 Om aktiviteten är en fortsättning/utveckling av tidigare aktiviteter – beskriv vad kommunen gjort hittills', description: 'Vad kommunen gjort hittills, om aktiviteten är en fortsättning. Kan lämnas tom.' }),
    plannedAndDecided: text({ title: 'D.3.2 Vad är planerat och beslutat för kommande år', description: 'Vad som är planerat och beslutat för kommande år.' }),
    extendedActivities: text({ title: 'D.3.3 Utökade aktiviteter som vi söker stöd från Kompetensstegen för', description: 'De utökade aktiviteter som stöd söks för.' }),
    workPlan: text({ title: 'D.3.4 Arbetsplan/tidsplan för aktivitetens genomförande inom ramen för Kompetensstegen', description: 'Arbetsplan och tidsplan.' }),
    expectedEffects: text({ title: 'D.4 Förväntade effekter av aktiviteten', description: 'Vilka effekter aktiviteten förväntas ge.' }),
    methods,
    targetGroups: text({ title: 'D.6 Målgrupp/er', description: 'Aktivitetens målgrupp eller målgrupper.' }),
    budget,
    contact,
  },
  { title: 'PLAN för KOMMUNGEMENSAM AKTIVITET', description: 'Kompetensstegen, blankett D: plan för kommungemensam aktivitet för kvalitets- och kompetensutveckling inom vård och omsorg om äldre.' },
);

export type KompetensstegenPlan = z.output<typeof schema>;
