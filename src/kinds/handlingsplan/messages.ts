import type { Messages } from '../../i18n/index.js';

type Id =
  | 'handlingsplan.noRoles'
  | 'handlingsplan.noActions'
  | 'handlingsplan.noResponsible'
  | 'handlingsplan.noDate'
  | 'handlingsplan.unknownRole'
  | 'handlingsplan.knownRoles'
  | 'handlingsplan.duplicateRole'
  | 'handlingsplan.duplicateRoleHint'
  | 'handlingsplan.unusedRole'
  | 'handlingsplan.unusedRoleHint'
  | 'handlingsplan.deadlinePassed'
  | 'handlingsplan.deadlinePassedHint'
  | 'handlingsplan.summary.date'
  | 'handlingsplan.summary.actions'
  | 'handlingsplan.summary.done'
  | 'handlingsplan.summary.ongoing'
  | 'handlingsplan.summary.planned'
  | 'handlingsplan.summary.overdue'
  | 'handlingsplan.summary.overdueNone'
  | 'handlingsplan.summary.overdueItem';

export const messages: Messages<Id> = {
  en: {
    'handlingsplan.summary.date': 'Date of the plan',
    'handlingsplan.summary.actions': 'Actions',
    'handlingsplan.summary.done': 'Done',
    'handlingsplan.summary.ongoing': 'Ongoing',
    'handlingsplan.summary.planned': 'Planned',
    'handlingsplan.summary.overdue': 'Overdue on {date} ({count})',
    'handlingsplan.summary.overdueNone': 'Overdue on {date}',
    'handlingsplan.summary.overdueItem': '{problem} (due {due}; {responsible})',
    'handlingsplan.noRoles': 'The plan lists no roles: add the roles that can be responsible for an action under "roles", each with its abbreviation and title.',
    'handlingsplan.noActions': 'The plan has no actions: add a row under "actions" for each problem or need.',
    'handlingsplan.noResponsible': 'No one is responsible for this action: name at least one role from "roles".',
    'handlingsplan.noDate': 'This action has neither a date nor a status: write when it is done, a status (Klart, Pågår, Påbörjat, Planerad) or both.',
    'handlingsplan.unknownRole': 'The role "{role}" is not one of the plan\'s roles.',
    'handlingsplan.knownRoles': 'The roles are {roles}; if "{role}" is a new one, add it under "roles" with its title.',
    'handlingsplan.duplicateRole': 'The role "{role}" is declared twice.',
    'handlingsplan.duplicateRoleHint': 'Remove this entry, or give the two roles different abbreviations.',
    'handlingsplan.unusedRole': 'The role "{role}" is responsible for no action.',
    'handlingsplan.unusedRoleHint': 'Remove it from "roles", or name it in the rows it is responsible for.',
    'handlingsplan.deadlinePassed': '"{date}" ends on {end}, before the plan\'s own date ({planDate}), but the row does not say that the work has started or is done.',
    'handlingsplan.deadlinePassedHint': 'Write the status beside the date, e.g. "Klart {date}" or "Påbörjat {date}", or correct the date.',
  },
  sv: {
    'handlingsplan.summary.date': 'Planens datum',
    'handlingsplan.summary.actions': 'Åtgärder',
    'handlingsplan.summary.done': 'Klara',
    'handlingsplan.summary.ongoing': 'Pågående',
    'handlingsplan.summary.planned': 'Planerade',
    'handlingsplan.summary.overdue': 'Försenade den {date} ({count})',
    'handlingsplan.summary.overdueNone': 'Försenade den {date}',
    'handlingsplan.summary.overdueItem': '{problem} (senast {due}; {responsible})',
    'handlingsplan.noRoles': 'Planen har inga roller: skriv rollerna som kan vara ansvariga för en åtgärd under "roles", var och en med förkortning och befattning.',
    'handlingsplan.noActions': 'Planen har inga åtgärder: skriv en rad under "actions" för varje problem eller utvecklingsbehov.',
    'handlingsplan.noResponsible': 'Ingen är ansvarig för åtgärden: ange minst en roll ur "roles".',
    'handlingsplan.noDate': 'Åtgärden har varken datum eller status: skriv när den görs, en status (Klart, Pågår, Påbörjat, Planerad) eller båda.',
    'handlingsplan.unknownRole': 'Rollen "{role}" finns inte bland planens roller.',
    'handlingsplan.knownRoles': 'Rollerna är {roles}; är "{role}" en ny roll, lägg till den under "roles" med befattning.',
    'handlingsplan.duplicateRole': 'Rollen "{role}" är angiven två gånger.',
    'handlingsplan.duplicateRoleHint': 'Ta bort den här posten, eller ge de två rollerna olika förkortningar.',
    'handlingsplan.unusedRole': 'Rollen "{role}" är inte ansvarig för någon åtgärd.',
    'handlingsplan.unusedRoleHint': 'Ta bort den ur "roles", eller ange den på de rader den är ansvarig för.',
    'handlingsplan.deadlinePassed': '"{date}" slutar {end}, före planens eget datum ({planDate}), men raden säger inte att arbetet är påbörjat eller klart.',
    'handlingsplan.deadlinePassedHint': 'Skriv status vid datumet, t.ex. "Klart {date}" eller "Påbörjat {date}", eller rätta datumet.',
  },
  nb: {
    'handlingsplan.summary.date': 'Planens dato',
    'handlingsplan.summary.actions': 'Tiltak',
    'handlingsplan.summary.done': 'Ferdige',
    'handlingsplan.summary.ongoing': 'Pågående',
    'handlingsplan.summary.planned': 'Planlagte',
    'handlingsplan.summary.overdue': 'Forsinket per {date} ({count})',
    'handlingsplan.summary.overdueNone': 'Forsinket per {date}',
    'handlingsplan.summary.overdueItem': '{problem} (frist {due}; {responsible})',
    'handlingsplan.noRoles': 'Planen har ingen roller: skriv rollene som kan være ansvarlige for et tiltak under "roles", hver med forkortelse og stillingstittel.',
    'handlingsplan.noActions': 'Planen har ingen tiltak: skriv en rad under "actions" for hvert problem eller utviklingsbehov.',
    'handlingsplan.noResponsible': 'Ingen er ansvarlig for tiltaket: oppgi minst én rolle fra "roles".',
    'handlingsplan.noDate': 'Tiltaket har verken dato eller status: skriv når det gjøres, en status (Klart, Pågår, Påbörjat, Planerad) eller begge.',
    'handlingsplan.unknownRole': 'Rollen "{role}" er ikke blant planens roller.',
    'handlingsplan.knownRoles': 'Rollene er {roles}; er "{role}" en ny rolle, legg den til under "roles" med stillingstittel.',
    'handlingsplan.duplicateRole': 'Rollen "{role}" er oppgitt to ganger.',
    'handlingsplan.duplicateRoleHint': 'Fjern denne oppføringen, eller gi de to rollene ulike forkortelser.',
    'handlingsplan.unusedRole': 'Rollen "{role}" er ikke ansvarlig for noe tiltak.',
    'handlingsplan.unusedRoleHint': 'Fjern den fra "roles", eller oppgi den på radene den er ansvarlig for.',
    'handlingsplan.deadlinePassed': '"{date}" slutter {end}, før planens egen dato ({planDate}), men raden sier ikke at arbeidet er påbegynt eller ferdig.',
    'handlingsplan.deadlinePassedHint': 'Skriv status ved datoen, f.eks. "Klart {date}" eller "Påbörjat {date}", eller rett datoen.',
  },
};
