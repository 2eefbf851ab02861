import { z } from 'zod';
import { amount, date, optionalText, strictObject, text } from '../../core/fields.js';

/**
 * "Prosjektplan for hovedprosjekt" as municipalities in the Kvalitetskommune programme write it:
 * six numbered chapters. The keys follow the chapters; the form's own labels ("Styringsgruppe:",
 * "Milepæl når:") are the template's, so a plan holds only what the municipality writes.
 */

/** Dates are read as Norwegian plans write them, and problems are said in Norwegian terms. */
const nbDate = (meta: { title: string; description: string }) => date(meta, { lang: 'nb' });

const list = (item: string, meta: { title: string; description: string }) => z.array(text({ description: item })).meta(meta);

/** A decision point or an activity as plans write it: a sentence with its date somewhere in it. */
const datedSentence = (description: string) => text({ description });

const cover = {
  title: text({ title: 'Tittel', description: 'Dokumentets tittel på forsiden, normalt "Prosjektplan for hovedprosjekt".' }),
  programme: optionalText({ title: 'Program eller samarbeid', description: 'Programmet eller samarbeidet prosjektet hører til, på forsiden, f.eks. "Kvalitetskommune-samarbeidet".' }),
  municipality: text({ title: 'Kommune', description: 'Kommunen som eier planen, på forsiden, f.eks. "Rendalen kommune".' }),
  logo: optionalText({ title: 'Logo', description: 'Bildefil (PNG eller JPEG) med kommunens logo eller våpen til forsiden, relativt til planfilen. Kan utelates.' }),
};

const background = strictObject(
  {
    text: text({ title: 'Bakgrunn', description: 'Bakgrunnen for prosjektet. Tom linje skiller avsnitt.' }),
    questions: list('En problemstilling prosjektet søker svar på.', {
      title: 'Problemstillinger',
      description: 'Problemstillingene hovedprosjektet søker å finne svar på; skrives etter "Gjennom hovedprosjektet søker vi å finne svar på følgende problemstillinger:".',
    }).optional(),
  },
  { title: '1.1 Bakgrunn', description: 'Bakgrunnen for prosjektet og problemstillingene det søker svar på.' },
);

const goals = strictObject(
  {
    overall: text({ title: 'Overordnet målsetting for hovedprosjektet', description: 'Hovedprosjektets overordnede mål.' }),
    objectives: optionalText({ title: 'Delmål/handlingsmål', description: 'Delmål og handlingsmål i løpende tekst.' }),
    outcomes: list('Noe en vellykket realisering vil medvirke til.', {
      title: 'En vellykket realisering vil medvirke til',
      description: 'Forventede resultater, som punktliste.',
    }).optional(),
  },
  { title: '1.2 Mål', description: 'Overordnet mål, delmål og forventede resultater.' },
);

const period = strictObject(
  {
    months: z.int().min(1, { message: 'prosjektplan.monthsTooFew' }).meta({ title: 'Tidsramme i måneder', description: 'Hvor mange måneder hovedprosjektet varer, f.eks. 30.' }),
    start: nbDate({ title: 'Beslutningspunkt for oppstart', description: 'Når prosjektet starter, f.eks. "28. juni 2007" eller "slutten av juni 2007". Prosjektperioden regnes herfra og tidsrammen ut.' }),
  },
  { title: '1.3 Rammer (tidsramme)', description: 'Tidsrammen: antall måneder og beslutningspunktet for oppstart. Alle datoer i planen skal ligge i denne perioden.' },
);

const resources = strictObject(
  {
    perYear: amount({ title: 'Ressursramme pr. år', description: 'Ressursrammen i hele kroner pr. år, f.eks. 200000, "200 000" eller "kr. 200.000,-".' }).nullish(),
    total: amount({ title: 'Ressursramme', description: 'Ressursrammen i hele kroner for hele prosjektet, om den ikke oppgis pr. år.' }).nullish(),
    fromYear: z.int().min(1900).max(2200).nullish().meta({ title: 'Fra år', description: 'Året ressursrammen gjelder fra, f.eks. 2008.' }),
    ownEffort: optionalText({ title: 'Egeninnsats', description: 'Egeninnsatsen i tillegg til rammen, f.eks. "egeninnsats i form av arbeidstimer".' }),
  },
  { title: '1.3 Rammer (ressursramme)', description: 'Ressursrammen prosjektet bør gjennomføres innenfor, pr. år eller samlet, og egeninnsatsen.' },
).refine((value) => (value.perYear == null) !== (value.total == null), { message: 'prosjektplan.resourcesAmount' });

const scope = strictObject(
  {
    text: text({ title: 'Oppgaveomfang og avgrensning', description: 'Hva prosjektet skal gjøre, og hvordan det avgrenses. Tom linje skiller avsnitt.' }),
    points: list('Ett punkt i konkretiseringen og avgrensningen.', { title: 'Punkter', description: 'Konkretisering og avgrensning som punktliste.' }).optional(),
  },
  { title: '2. Oppgaveomfang og avgrensning', description: 'Oppgaveomfang og avgrensning: tekst og punkter.' },
);

const group = (title: string, description: string) =>
  strictObject(
    {
      members: list('Et medlem, med rolle eller navn, f.eks. "Ordfører".', { title: 'Medlemmer', description: 'Medlemmene, ett per linje.' }),
      deputies: optionalText({ title: 'Vararepresentanter', description: 'Om vararepresentanter, f.eks. "Det er oppnevnt personlige vararepresentanter."' }),
    },
    { title, description },
  );

const organisation = strictObject(
  {
    intro: optionalText({ title: 'Organisasjon', description: 'Innledning til kapittel 3, f.eks. hvilket program prosjektet organiseres etter.' }),
    client: text({ title: 'Oppdragsgiver', description: 'Hvem som gir oppdraget, f.eks. "Rendalen kommunestyre."' }),
    owner: text({ title: 'Prosjektansvarlig', description: 'Hvem som er ansvarlig for prosjektet, f.eks. "Rådmann i Rendalen kommune."' }),
    projectManager: text({ title: 'Prosjektleder', description: 'Prosjektlederen, med rolle eller navn.' }),
    steeringGroup: group('Styringsgruppe', 'Styringsgruppens medlemmer og vararepresentanter.').optional(),
    advisoryGroup: optionalText({ title: 'Rådgivende styringsgruppe', description: 'Den rådgivende styringsgruppen, f.eks. "Administrasjonsutvalget i Rendalen kommune."' }),
    projectGroup: group('Prosjektgruppe', 'Prosjektgruppens medlemmer.').optional(),
    workingGroups: strictObject(
      {
        intro: optionalText({ title: 'Innledning', description: 'Tekst før listen over arbeidsgrupper, f.eks. når de oppnevnes.' }),
        groups: list('En arbeidsgruppe, ved navn eller tema.', { title: 'Arbeidsgrupper', description: 'Arbeidsgruppene, som punktliste.' }).optional(),
        text: optionalText({ title: 'Tekst', description: 'Tekst etter listen. Tom linje skiller avsnitt.' }),
      },
      { title: 'Arbeidsgrupper', description: 'Arbeidsgruppene: innledning, liste og avsluttende tekst.' },
    ).optional(),
  },
  { title: '3. Organisasjon', description: 'Organisasjonen: 3.1 ansvarsforhold (oppdragsgiver, prosjektansvarlig, prosjektleder) og 3.2 øvrige roller og bemanning.' },
);

const decisionPoints = strictObject(
  {
    mandatory: z
      .array(datedSentence('Et obligatorisk beslutningspunkt med dato, f.eks. "28. juni 2007 ved presentasjon av hovedprosjektet."'))
      .meta({ title: 'Obligatoriske beslutningspunkter', description: 'De obligatoriske beslutningspunktene, hvert med sin dato i teksten.' }),
    planned: z
      .array(datedSentence('Et planlagt beslutningspunkt med dato, f.eks. "Ultimo september 2007 ved presentasjon av de første delprosjektene."'))
      .optional()
      .meta({ title: 'Planlagte beslutningspunkter', description: 'De planlagte beslutningspunktene, hvert med sin dato i teksten.' }),
  },
  { title: '4.2 Krav til beslutningspunkter', description: 'Obligatoriske og planlagte beslutningspunkter. Hvert punkt må ha en dato innenfor prosjektperioden.' },
);

const factorAssurance = strictObject(
  {
    entries: z
      .array(
        strictObject(
          {
            factor: z.int().min(1, { message: 'prosjektplan.factorNumber' }).meta({ title: 'Vedr. pkt.', description: 'Nummeret på suksessfaktoren i 5.1 som oppføringen gjelder, f.eks. 2.' }),
            text: text({ title: 'Tekst', description: 'Hvordan suksessfaktoren kvalitetssikres.' }),
          },
          { title: 'Oppføring', description: 'Kvalitetssikringen av én kritisk suksessfaktor ("Vedr. pkt. N").' },
        ),
      )
      .meta({ title: 'Oppføringer', description: 'Én oppføring per kritisk suksessfaktor i 5.1.' }),
    text: optionalText({ title: 'Tekst', description: 'Tekst etter oppføringene.' }),
  },
  { title: '5.3 Kvalitetssikring av kritiske suksessfaktorer', description: 'Hvordan hver kritiske suksessfaktor i 5.1 kvalitetssikres, "Vedr. pkt. N".' },
);

const activity = strictObject(
  {
    id: text({ title: 'Nummer', description: 'Hovedaktivitetens nummer, "HA N.M" under "Delmål N", f.eks. "HA 2.1".' }),
    text: text({ title: 'Hovedaktivitet', description: 'Hva som skal gjøres, med fristen i teksten, f.eks. "… innen 1. mai 2008."' }),
    deadline: nbDate({ title: 'Frist', description: 'Fristen, når teksten ikke har én eller har flere datoer, f.eks. "innen 1. mai 2008". Ellers leses fristen fra teksten.' }).nullish(),
  },
  { title: 'Hovedaktivitet', description: 'En hovedaktivitet under et delmål, med frist.' },
);

const subGoal = strictObject(
  {
    id: text({ title: 'Delmål', description: 'Delmålets navn med nummer, f.eks. "Delmål 2".' }),
    text: text({ title: 'Tekst', description: 'Hva delmålet er.' }),
    activities: z.array(activity).optional().meta({ title: 'Hovedaktiviteter', description: 'Delmålets hovedaktiviteter, "HA N.1", "HA N.2" …' }),
  },
  { title: 'Delmål', description: 'Et delmål med sine hovedaktiviteter.' },
);

const milestone = strictObject(
  {
    description: text({ title: 'Milepæl', description: 'Når milepælen er nådd, f.eks. "Når verktøy for brukerundersøkelser er utviklet og tatt i bruk".' }),
    date: nbDate({ title: 'Dato', description: 'Når milepælen skal nås, f.eks. "1. mai 2008", "desember 2008" eller "2008-05-01".' }),
  },
  { title: 'Milepæl', description: 'En milepæl med dato.' },
);

const rowAmount = () => amount({ title: 'Beløp', description: 'Beløpet i hele kroner, f.eks. 200000, "200 000" eller "kr. 200.000,-".' });

const costRow = strictObject(
  {
    activity: text({ title: 'Aktivitet', description: 'Aktiviteten eller kostnadstypen, f.eks. "Prosjekt- og prosessledelse".' }),
    amount: rowAmount(),
  },
  { title: 'Kostnadsrad', description: 'En rad i kostnadstabellen: aktivitet og kostnad.' },
);

const financingRow = strictObject(
  {
    source: text({ title: 'Finansiering', description: 'Hvem eller hva som finansierer, f.eks. "Rendalen kommune – egeninnsats".' }),
    amount: rowAmount(),
  },
  { title: 'Finansieringsrad', description: 'En rad i finansieringstabellen: kilde og beløp i NOK.' },
);

const budget = strictObject(
  {
    costs: strictObject(
      {
        rows: z.array(costRow).min(1).meta({ title: 'Kostnader', description: 'Kostnadsradene.' }),
        total: amount({ title: 'Sum', description: 'Summen av kostnadene slik planen oppgir den. Verktøyet regner ut summen selv og sammenligner.' }).nullish(),
      },
      { title: 'Kostnader', description: 'Kostnadene etter aktivitet, med sum.' },
    ),
    financing: strictObject(
      {
        rows: z.array(financingRow).min(1).meta({ title: 'Finansiering', description: 'Finansieringsradene.' }),
        total: amount({ title: 'Sum', description: 'Summen av finansieringen slik planen oppgir den. Den skal være lik kostnadene.' }).nullish(),
      },
      { title: 'Finansiering', description: 'Finansieringen, med sum; den skal være lik kostnadene.' },
    ),
  },
  { title: '6.3 Kostnader', description: 'Kostnader og finansiering i hele kroner. Radene skal summere seg til summene, og kostnader skal være lik finansiering.' },
);

export const schema = strictObject(
  {
    kind: z.literal('prosjektplan').meta({ description: 'Dokumentets type: prosjektplan.' }),
    ...cover,
    background,
    goals,
    period,
    resources: resources.optional(),
    scope,
    organisation,
    statusMeetings: list('Et krav til statusmøter, f.eks. hvor ofte prosjektlederen rapporterer.', {
      title: '4.1 Krav til statusmøter',
      description: 'Krav til statusmøter og prosjektgruppemøter, som punktliste.',
    }),
    decisionPoints,
    successFactors: list('En kritisk suksessfaktor, f.eks. "At nye delprosjekter kan finansieres."', {
      title: '5.1 Kritiske suksessfaktorer og risikoevaluering',
      description: 'De kritiske suksessfaktorene; de nummereres 1, 2, 3 … i rekkefølgen de står, og 5.3 viser til numrene.',
    }),
    qualityAssurance: text({ title: '5.2 Organisering av kvalitetssikring', description: 'Hvordan kvalitetssikringen er organisert.' }),
    factorAssurance,
    subGoals: z.array(subGoal).min(1).meta({ title: '6.1 Hovedaktiviteter', description: 'Delmålene ("Delmål N") med sine hovedaktiviteter ("HA N.M").' }),
    milestones: z.array(milestone).min(1).meta({ title: '6.2 Milepæler', description: 'Milepælene, hver med dato innenfor prosjektperioden.' }),
    budget,
  },
  { title: 'Prosjektplan for hovedprosjekt', description: 'Prosjektplan for hovedprosjekt (Kvalitetskommune-programmet): mål og rammer, organisasjon, beslutningspunkter, risiko, gjennomføring og kostnader.' },
);

export type ProsjektplanPlan = z.output<typeof schema>;
