import type { Messages } from '../i18n/index.js';

type Id = 'error' | 'warning' | 'summary.problems' | 'summary.clean';

/** The words of the report formats themselves (not of the problems they list). */
export const reportMessages: Messages<Id> = {
  en: {
    error: 'error',
    warning: 'warning',
    'summary.problems': '{problems} ({errors}, {warnings}) in {files}',
    'summary.clean': 'No problems in {files}',
  },
  sv: {
    error: 'fel',
    warning: 'varning',
    'summary.problems': '{problems} ({errors}, {warnings}) i {files}',
    'summary.clean': 'Inga problem i {files}',
  },
  nb: {
    error: 'feil',
    warning: 'advarsel',
    'summary.problems': '{problems} ({errors}, {warnings}) i {files}',
    'summary.clean': 'Ingen problemer i {files}',
  },
};

const NOUNS = {
  problem: { en: ['problem', 'problems'], sv: ['problem', 'problem'], nb: ['problem', 'problemer'] },
  error: { en: ['error', 'errors'], sv: ['fel', 'fel'], nb: ['feil', 'feil'] },
  warning: { en: ['warning', 'warnings'], sv: ['varning', 'varningar'], nb: ['advarsel', 'advarsler'] },
  file: { en: ['file', 'files'], sv: ['fil', 'filer'], nb: ['fil', 'filer'] },
} as const;

export function countNoun(lang: keyof (typeof NOUNS)['file'], noun: keyof typeof NOUNS, count: number): string {
  const [one, many] = NOUNS[noun][lang];
  return `${count} ${count === 1 ? one : many}`;
}
