import { z } from 'zod';
import { date, email, optionalText, phone, strictObject, text, url } from '../../core/fields.js';

const organisation = (description: string) => text({ title: 'Organisation', description });

const laterMember = z
  .union([
    organisation('Kommunens (organisationens) namn, t.ex. "Nacka kommun".'),
    strictObject(
      {
        name: organisation('Kommunens (organisationens) namn, t.ex. "Nacka kommun".'),
        joined: date({ title: 'Tillkom', description: 'När kommunen gick med, t.ex. "1 mars 2010" eller "hösten 2010". Ska ligga inom projektperioden.' }).nullish(),
      },
      { title: 'Kommun som tillkommit', description: 'En kommun som gick med efter starten, med det datum den gick med.' },
    ),
  ])
  // One shape for rules and templates, whichever way the plan wrote it.
  .transform((member) => (typeof member === 'string' ? { name: member } : member))
  .meta({ title: 'Kommun som tillkommit', description: 'Kommunens namn, eller namn och datum: { name: Nacka kommun, joined: 1 mars 2010 }.' });

const participants = strictObject(
  {
    fromStart: z
      .array(organisation('Kommunens (organisationens) namn, t.ex. "Järfälla kommun".'))
      .min(1)
      .meta({ title: 'Vid starten ingick kommunerna', description: 'Kommunerna (organisationerna) som ingick i projektet från starten, i broschyrens ordning. Projektägaren står bland dem.' }),
    joinedLater: z
      .array(laterMember)
      .optional()
      .meta({ title: 'Därefter har följande kommuner tillkommit', description: 'Kommunerna som gick med efter starten, var och en med datum om det är känt.' }),
  },
  { title: 'Deltagande kommuner', description: 'Kommunerna som driver projektet gemensamt: de som ingick från starten och de som tillkommit därefter. En kommun står bara på ett ställe.' },
);

const funding = strictObject(
  {
    coFinanced: z.boolean().meta({ title: 'Medfinansieras', description: 'true om projektet medfinansieras av EU (Europeiska socialfonden); då krävs en finansieringstext.' }),
    statement: optionalText({ title: 'Finansieringstext', description: 'Meningen som anger medfinansieringen, t.ex. "CARPE medfinansieras av EU."' }),
    emblem: z
      .array(text({ description: 'En rad i texten vid EU-emblemet.' }))
      .optional()
      .meta({ title: 'Text vid EU-emblemet', description: 'Raderna vid EU-flaggan, t.ex. [EUROPEISKA UNIONEN, Europeiska socialfonden].' }),
  },
  { title: 'Finansiering', description: 'Hur projektet finansieras: om det medfinansieras av EU, finansieringstexten och texten vid EU-emblemet.' },
);

const contact = strictObject(
  {
    name: text({ title: 'Namn', description: 'Kontaktpersonens namn.' }),
    organisation: optionalText({ title: 'Organisation', description: 'Kontaktpersonens arbetsplats eller organisation.' }),
    phone: phone({ title: 'Telefon', description: 'Telefonnummer med riktnummer, t.ex. 08-508 25 410 eller +46 8 508 25 410.' }).nullish(),
    mobile: phone({ title: 'Mobil', description: 'Mobilnummer, t.ex. 070-123 45 67.' }).nullish(),
    email: email({ title: 'E-post', description: 'E-postadress, t.ex. fornamn.efternamn@kommun.se.' }).nullish(),
  },
  { title: 'Vill du veta mer', description: 'Den som svarar på frågor om projektet: namn, telefon och e-post.' },
);

const section = (title: string, description: string) =>
  text({
    title,
    description: `${description} Markdown: tom rad mellan stycken, "- " för en punkt, två blanksteg indrag för en underpunkt, *kursiv* och **fet**.`,
  });

const otherSection = strictObject(
  {
    heading: text({ title: 'Rubrik', description: 'Avsnittets rubrik, t.ex. "Mål" eller "Målgrupp".' }),
    text: section('Text', 'Avsnittets text.'),
  },
  { title: 'Avsnitt', description: 'Ett avsnitt med egen rubrik.' },
);

export const schema = strictObject(
  {
    kind: z.literal('projektbeskrivning').meta({ description: 'Dokumentets slag: projektbeskrivning.' }),
    title: text({ title: 'Projektets namn', description: 'Projektets namn, t.ex. "CARPE".' }),
    motto: optionalText({ title: 'Motto', description: 'Projektets motto eller undertitel, t.ex. "ta tillvara det som finns och görs samt det som andra gör".' }),
    field: optionalText({ title: 'Verksamhetsområde', description: 'Verksamhetsområdet projektet utvecklar, t.ex. "Stöd och service till personer med funktionsnedsättning".' }),
    frame: optionalText({ title: 'Ram', description: 'Vilka som driver projektet och var, t.ex. "i samverkan mellan kommuner inom Stockholms län".' }),
    period: strictObject(
      {
        start: date({ title: 'Start', description: 'Projektets första dag, t.ex. "1 januari 2009".' }),
        end: date({ title: 'Slut', description: 'Projektets sista dag, t.ex. "31 mars 2012". Efter starten.' }),
      },
      { title: 'Projektperiod', description: 'Projektets period, från start till slut.' },
    ),
    funding,
    owner: text({ title: 'Projektägare', description: 'Den kommun (organisation) som äger projektet, skriven exakt som i listan över deltagande kommuner.' }),
    participants,
    partners: z
      .array(organisation('Samverkanspartens namn, t.ex. "Socialstyrelsen".'))
      .optional()
      .meta({ title: 'Samverkansparter', description: 'Organisationer som samverkar i projektet utan att vara deltagande kommuner.' }),
    website: url({ title: 'Webbplats', description: 'Projektets webbadress som den trycks, t.ex. www.projektcarpe.se.' }).nullish(),
    contact,
    implementation: section('Genomförande', 'Hur projektet genomförs: vilka som deltar, hur det är organiserat och vad som ska vara uppnått när det är slut.'),
    needs: section('Behov och problem', 'De behov och problem projektet utgår från.'),
    purpose: section('Syfte', 'Projektets syfte.'),
    otherSections: z
      .array(otherSection)
      .optional()
      .meta({ title: 'Övriga avsnitt', description: 'Fler avsnitt efter Syfte, t.ex. "Mål" eller "Målgrupp", var och ett med rubrik och text.' }),
    closingLines: z
      .array(text({ description: 'En rad.' }))
      .optional()
      .meta({ title: 'Avslutande rader', description: 'Korta rader som avslutar beskrivningen, t.ex. "arbete och nya möjligheter för alla".' }),
  },
  { title: 'Projektbeskrivning', description: 'Den offentliga beskrivningen av ett ESF-projekt som drivs gemensamt av flera kommuner: namn, period, projektägare, deltagande kommuner, samverkansparter, kontakt och avsnitten Genomförande, Behov och problem och Syfte.' },
);

export type ProjektbeskrivningPlan = z.output<typeof schema>;
