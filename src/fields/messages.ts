import type { Messages } from '../i18n/index.js';

/** What `plan fields` says, in the document's language (the HTML page) or the user's (the terminal); the units' names are the limits' own (field.unit.*). */
export const fieldsMessages: Messages = {
  en: {
    'fields.title': 'Text for the portal',
    'fields.intro': 'Each field as it goes into the funder\'s portal. Edits made here are not saved in the plan.',
    'fields.copy': 'Copy',
    'fields.copied': 'Copied',
    'fields.copyFailed': 'Could not copy: select the text and copy it yourself',
    'fields.length': '{length} {unit}',
    'fields.ofLimit': '{length} of {limit} {unit}',
    'fields.left': '{left} left',
    'fields.over': '{over} too many',
    'fields.none': 'The plan fills in no field.',
  },
  sv: {
    'fields.title': 'Text för portalen',
    'fields.intro': 'Varje fält så som det förs in i finansiärens portal. Ändringar här sparas inte i planen.',
    'fields.copy': 'Kopiera',
    'fields.copied': 'Kopierat',
    'fields.copyFailed': 'Kunde inte kopiera: markera texten och kopiera den själv',
    'fields.length': '{length} {unit}',
    'fields.ofLimit': '{length} av {limit} {unit}',
    'fields.left': '{left} kvar',
    'fields.over': '{over} för många',
    'fields.none': 'Planen fyller inte i något fält.',
  },
  nb: {
    'fields.title': 'Tekst for portalen',
    'fields.intro': 'Hvert felt slik det legges inn i finansiørens portal. Endringer her lagres ikke i planen.',
    'fields.copy': 'Kopier',
    'fields.copied': 'Kopiert',
    'fields.copyFailed': 'Kunne ikke kopiere: merk teksten og kopier den selv',
    'fields.length': '{length} {unit}',
    'fields.ofLimit': '{length} av {limit} {unit}',
    'fields.left': '{left} igjen',
    'fields.over': '{over} for mange',
    'fields.none': 'Planen fyller ikke ut noe felt.',
  },
};
