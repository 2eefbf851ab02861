import type { Messages } from '../../i18n/index.js';

/** The texts of the rules module's rule and figures; the roles' messages are in kind.yaml. */
type Id =
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
    'handlingsplan.deadlinePassed': '"{date}" slutter {end}, før planens egen dato ({planDate}), men raden sier ikke at arbeidet er påbegynt eller ferdig.',
    'handlingsplan.deadlinePassedHint': 'Skriv status ved datoen, f.eks. "Klart {date}" eller "Påbörjat {date}", eller rett datoen.',
  },
};
