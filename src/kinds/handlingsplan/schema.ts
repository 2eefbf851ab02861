import { z } from 'zod';
import { date, dateCell, optionalText, strictObject, text } from '../../core/fields.js';

const role = strictObject(
  {
    abbreviation: text({ title: 'Förkortning', description: 'Rollen som tabellen skriver den, t.ex. "Avd.chef". Raderna i kolumnen "Ansvarig för åtgärd" använder den här formen.' }),
    title: text({ title: 'Befattning', description: 'Befattningen utskriven, t.ex. "avdelningschef". Skrivs i förklaringen under tabellen.' }),
  },
  { title: 'Roll', description: 'En roll som kan vara ansvarig för en åtgärd: förkortning och befattning.' },
);

const roleReference = z
  .union([
    text({ title: 'Roll', description: 'En roll ur listan `roles`, med dess förkortning, t.ex. "Enhetschef".' }),
    strictObject(
      {
        role: text({ title: 'Roll', description: 'En roll ur listan `roles`, med dess förkortning, t.ex. "Enhetschef".' }),
        scope: optionalText({ title: 'Avgränsning', description: 'Vilka i rollen som avses, skrivet efter rollen, t.ex. "hemtjänst och rehab".' }),
      },
      { title: 'Roll med avgränsning', description: 'En roll ur listan `roles` och vilka i rollen som avses, t.ex. enhetscheferna för hemtjänst och rehab.' },
    ),
  ])
  .transform((value) => (typeof value === 'string' ? { role: value } : { role: value.role, ...(value.scope?.trim() ? { scope: value.scope } : {}) }))
  .meta({ title: 'Ansvarig roll', description: 'En ansvarig roll: förkortningen ur `roles`, eller `role` och `scope` för en del av rollen.' });

const dateEntry = dateCell({
  title: 'Datum eller status',
  description: 'Ett datum och/eller en status, som i tabellen: "Klart 1 jan. 2008", "Pågår", "Påbörjat april 2007 på två enheter", "Arbetet fortsätter under hösten".',
});

const action = strictObject(
  {
    problem: text({ title: 'Problem/utvecklingsbehov', description: 'Problemet eller utvecklingsbehovet, kort. Radbrytningar blir radbrytningar i cellen.' }),
    action: text({
      title: 'Åtgärd/process',
      description: 'Vad som ska göras, i ett eller flera stycken. Radbrytningar blir radbrytningar i cellen: med `>-` blir en tom rad en ny rad och två tomma rader en tom rad emellan.',
    }),
    date: z
      .union([dateEntry, z.array(dateEntry).min(1, { message: 'handlingsplan.noDate' })])
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .meta({ title: 'Datum för åtgärd', description: 'När åtgärden görs eller dess status: en rad, eller en lista med en post per uppgift i cellen (t.ex. när arbetet påbörjas och när det är klart).' }),
    responsible: z
      .union([roleReference, z.array(roleReference).min(1, { message: 'handlingsplan.noResponsible' })])
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .meta({ title: 'Ansvarig för åtgärd', description: 'De ansvariga rollerna, med förkortningarna ur `roles`: en roll eller en lista.' }),
  },
  { title: 'Åtgärd', description: 'En rad i handlingsplanen: problem, åtgärd, datum och ansvariga.' },
);

export const schema = strictObject(
  {
    kind: z.literal('handlingsplan').meta({ description: 'Dokumentets slag: handlingsplan.' }),
    title: text({ title: 'Rubrik', description: 'Handlingsplanens rubrik, t.ex. "Handlingsplan för utveckling av Äldreomsorgen efter genomlysningen".' }),
    department: optionalText({ title: 'Avdelning', description: 'Avdelningen eller förvaltningen som planen gäller; skrivs inom parentes efter rubriken.' }),
    appendix: z
      .union([z.number().int().positive(), text({ description: 'Bilagans beteckning, t.ex. "2" eller "B".' })])
      .nullish()
      .meta({ title: 'Bilaga', description: 'Bilagans nummer när planen är en bilaga till ett annat dokument, t.ex. 2: sidhuvudet blir då "Bilaga 2" med sidnummer.' }),
    roles: z
      .array(role)
      .min(1, { message: 'handlingsplan.noRoles' })
      .meta({ title: 'Roller', description: 'Rollerna som kan vara ansvariga för en åtgärd, var och en en gång, med förkortning och befattning. Skrivs som förklaring under tabellen.' }),
    actions: z
      .array(action)
      .min(1, { message: 'handlingsplan.noActions' })
      .meta({ title: 'Åtgärder', description: 'Tabellens rader: en per problem eller utvecklingsbehov.' }),
    date: date({ title: 'Datum', description: 'Planens datum, t.ex. 2007-05-15 eller som originalet skriver det, 070515 (ÅÅMMDD).' }),
    unit: text({ title: 'Enhet', description: 'Enheten som står bakom planen, t.ex. "Äldreomsorgen".' }),
    manager: text({ title: 'Ansvarig chef', description: 'Namnet på den chef som ansvarar för planen.' }),
  },
  { title: 'Handlingsplan', description: 'Handlingsplan: en tabell med problem/utvecklingsbehov, åtgärd, datum och ansvariga, avslutad med datum, enhet och ansvarig chef.' },
);

export type Handlingsplan = z.output<typeof schema>;
export type HandlingsplanAction = Handlingsplan['actions'][number];
