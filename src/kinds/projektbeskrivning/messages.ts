import type { Messages } from '../../i18n/index.js';

type Id =
  | 'projektbeskrivning.ownerNotParticipant'
  | 'projektbeskrivning.ownerNotParticipantHint'
  | 'projektbeskrivning.duplicate'
  | 'projektbeskrivning.duplicateHint'
  | 'projektbeskrivning.duplicateLaterHint'
  | 'projektbeskrivning.list.fromStart'
  | 'projektbeskrivning.list.joinedLater'
  | 'projektbeskrivning.list.partners'
  | 'projektbeskrivning.joinedOutside'
  | 'projektbeskrivning.joinedOutsideHint'
  | 'projektbeskrivning.missingStatement'
  | 'projektbeskrivning.missingStatementHint'
  | 'projektbeskrivning.summary.period'
  | 'projektbeskrivning.summary.fromStart'
  | 'projektbeskrivning.summary.joinedLater'
  | 'projektbeskrivning.summary.partners';

export const messages: Messages<Id> = {
  en: {
    'projektbeskrivning.summary.period': 'Project period',
    'projektbeskrivning.summary.fromStart': 'Municipalities from the start',
    'projektbeskrivning.summary.joinedLater': 'Joined later',
    'projektbeskrivning.summary.partners': 'Partners',
    'projektbeskrivning.ownerNotParticipant': 'The project owner "{owner}" is not among the participating municipalities.',
    'projektbeskrivning.ownerNotParticipantHint': 'Write the owner exactly as in participants.fromStart or participants.joinedLater, or add it there.',
    'projektbeskrivning.duplicate': '"{name}" is already listed {list}, on line {line}; an organisation is listed only once.',
    'projektbeskrivning.duplicateHint': 'Remove this entry, or correct the name if it is another organisation.',
    'projektbeskrivning.duplicateLaterHint': 'A municipality that took part from the start is listed only under fromStart; remove this entry.',
    'projektbeskrivning.list.fromStart': 'among the municipalities at the start',
    'projektbeskrivning.list.joinedLater': 'among the municipalities that joined later',
    'projektbeskrivning.list.partners': 'among the partners',
    'projektbeskrivning.joinedOutside': '{name} joined {joined}, outside the project period {start} – {end}.',
    'projektbeskrivning.joinedOutsideHint': 'A municipality that joined later joined while the project ran: give a date after the start and before the end.',
    'projektbeskrivning.missingStatement': 'The project is co-financed (coFinanced: true), but the funding statement is missing.',
    'projektbeskrivning.missingStatementHint': 'Write it under funding.statement, for example "{title} medfinansieras av EU."',
  },
  sv: {
    'projektbeskrivning.summary.period': 'Projektperiod',
    'projektbeskrivning.summary.fromStart': 'Kommuner vid starten',
    'projektbeskrivning.summary.joinedLater': 'Tillkom senare',
    'projektbeskrivning.summary.partners': 'Samverkansparter',
    'projektbeskrivning.ownerNotParticipant': 'Projektägaren "{owner}" står inte bland de deltagande kommunerna.',
    'projektbeskrivning.ownerNotParticipantHint': 'Skriv projektägaren exakt som under participants.fromStart eller participants.joinedLater, eller lägg till den där.',
    'projektbeskrivning.duplicate': '"{name}" står redan {list}, på rad {line}; en organisation står bara en gång.',
    'projektbeskrivning.duplicateHint': 'Ta bort den här raden, eller rätta namnet om det är en annan organisation.',
    'projektbeskrivning.duplicateLaterHint': 'En kommun som var med från starten står bara under fromStart; ta bort den här raden.',
    'projektbeskrivning.list.fromStart': 'bland kommunerna vid starten',
    'projektbeskrivning.list.joinedLater': 'bland kommunerna som tillkommit',
    'projektbeskrivning.list.partners': 'bland samverkansparterna',
    'projektbeskrivning.joinedOutside': '{name} tillkom {joined}, utanför projektperioden {start} – {end}.',
    'projektbeskrivning.joinedOutsideHint': 'En kommun som tillkommit gick med medan projektet pågick: ange ett datum efter starten och före slutet.',
    'projektbeskrivning.missingStatement': 'Projektet medfinansieras (coFinanced: true), men finansieringstexten saknas.',
    'projektbeskrivning.missingStatementHint': 'Skriv den under funding.statement, till exempel "{title} medfinansieras av EU."',
  },
  nb: {
    'projektbeskrivning.summary.period': 'Prosjektperiode',
    'projektbeskrivning.summary.fromStart': 'Kommuner fra starten',
    'projektbeskrivning.summary.joinedLater': 'Kom til senere',
    'projektbeskrivning.summary.partners': 'Samarbeidsparter',
    'projektbeskrivning.ownerNotParticipant': 'Prosjekteieren "{owner}" står ikke blant de deltakende kommunene.',
    'projektbeskrivning.ownerNotParticipantHint': 'Skriv prosjekteieren nøyaktig som under participants.fromStart eller participants.joinedLater, eller legg den til der.',
    'projektbeskrivning.duplicate': '"{name}" står allerede {list}, på linje {line}; en organisasjon står bare én gang.',
    'projektbeskrivning.duplicateHint': 'Fjern denne linjen, eller rett navnet hvis det er en annen organisasjon.',
    'projektbeskrivning.duplicateLaterHint': 'En kommune som var med fra starten, står bare under fromStart; fjern denne linjen.',
    'projektbeskrivning.list.fromStart': 'blant kommunene ved oppstart',
    'projektbeskrivning.list.joinedLater': 'blant kommunene som kom til senere',
    'projektbeskrivning.list.partners': 'blant samarbeidspartnerne',
    'projektbeskrivning.joinedOutside': '{name} kom til {joined}, utenfor prosjektperioden {start} – {end}.',
    'projektbeskrivning.joinedOutsideHint': 'En kommune som kom til senere, ble med mens prosjektet pågikk: oppgi en dato etter starten og før slutten.',
    'projektbeskrivning.missingStatement': 'Prosjektet er medfinansiert (coFinanced: true), men finansieringsteksten mangler.',
    'projektbeskrivning.missingStatementHint': 'Skriv den under funding.statement, for eksempel "{title} medfinansieras av EU."',
  },
};
