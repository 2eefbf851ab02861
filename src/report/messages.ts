import type { Messages } from '../i18n/index.js';

type Id = 'error' | 'warning' | 'summary.problems' | 'summary.clean' | 'summary.skippedOne' | 'summary.skippedMany';

/** The words of the report formats themselves (not of the problems they list). */
export const reportMessages: Messages<Id> = {
  en: {
    error: 'error',
    warning: 'warning',
    'summary.problems': '{problems} ({errors}, {warnings}) in {files}',
    'summary.clean': 'No problems in {files}',
    'summary.skippedOne': '1 file skipped as not a plan (--verbose names it)',
    'summary.skippedMany': '{count} files skipped as not plans (--verbose names them)',
  },
  sv: {
    error: 'fel',
    warning: 'varning',
    'summary.problems': '{problems} ({errors}, {warnings}) i {files}',
    'summary.clean': 'Inga problem i {files}',
    'summary.skippedOne': '1 fil hoppades över, inte en plan (--verbose visar vilken)',
    'summary.skippedMany': '{count} filer hoppades över, inte planer (--verbose visar vilka)',
  },
  nb: {
    error: 'feil',
    warning: 'advarsel',
    'summary.problems': '{problems} ({errors}, {warnings}) i {files}',
    'summary.clean': 'Ingen problemer i {files}',
    'summary.skippedOne': '1 fil hoppet over, ikke en plan (--verbose viser hvilken)',
    'summary.skippedMany': '{count} filer hoppet over, ikke planer (--verbose viser hvilke)',
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
