import type { Messages } from '../../i18n/index.js';

export const messages: Messages<'kompetensstegen.methodsEmpty'> = {
  en: { 'kompetensstegen.methodsEmpty': 'D.5 is empty: describe how the activity will be carried out (intro, groups or text).' },
  sv: { 'kompetensstegen.methodsEmpty': 'D.5 är tom: beskriv hur aktiviteten ska genomföras (inledning, grupper eller text).' },
  nb: { 'kompetensstegen.methodsEmpty': 'D.5 er tom: beskriv hvordan aktiviteten skal gjennomføres (innledning, grupper eller tekst).' },
};
