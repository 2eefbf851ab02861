import type { Command } from 'commander';
import { readDate } from '../core/dates.js';
import { createTranslator, isLang, type Messages } from '../i18n/index.js';
import { formatKeyFigures, keyFigures } from '../report/summary.js';
import { localeLang, requestedLang, useColor } from './io.js';
import { cliMessages } from './messages.js';
import { openPlan } from './read-plan.js';
import { EXIT, type CommandContext } from './context.js';

const messages: Messages<'summary.badAsOf' | 'summary.badFormat' | 'summary.invalid' | 'summary.hasErrors' | 'summary.nothing'> = {
  en: {
    'summary.badAsOf': 'plan: --as-of "{value}" is not a date; write it as 2007-12-31 or "31 december 2007"',
    'summary.badFormat': 'plan: unknown format "{format}"; use text or json',
    'summary.invalid': 'plan: {file} cannot be read as a plan of its kind, so it has no key figures; the problems are above.',
    'summary.hasErrors': 'plan: {file} has errors, so figures above may be wrong, and those shown as ? cannot be worked out; "plan validate {file}" lists them.',
    'summary.nothing': 'The plan gives no key figures.',
  },
  sv: {
    'summary.badAsOf': 'plan: --as-of "{value}" är inget datum; skriv det som 2007-12-31 eller "31 december 2007"',
    'summary.badFormat': 'plan: okänt format "{format}"; använd text eller json',
    'summary.invalid': 'plan: {file} kan inte läsas som en plan av sitt slag och har därför inga nyckeltal; felen står ovan.',
    'summary.hasErrors': 'plan: {file} har fel, så siffrorna ovan kan vara fel, och de som visas som ? kan inte räknas ut; "plan validate {file}" visar dem.',
    'summary.nothing': 'Planen anger inga nyckeltal.',
  },
  nb: {
    'summary.badAsOf': 'plan: --as-of "{value}" er ingen dato; skriv den som 2007-12-31 eller "31. desember 2007"',
    'summary.badFormat': 'plan: ukjent format "{format}"; bruk text eller json',
    'summary.invalid': 'plan: {file} kan ikke leses som en plan av sin type og har derfor ingen nøkkeltall; feilene står over.',
    'summary.hasErrors': 'plan: {file} har feil, så tallene over kan være feil, og de som vises som ? kan ikke regnes ut; "plan validate {file}" viser dem.',
    'summary.nothing': 'Planen oppgir ingen nøkkeltall.',
  },
};

interface SummaryOptions {
  asOf?: string;
  format: string;
  lang?: string;
}

export function registerSummary(program: Command, context: CommandContext): void {
  program
    .command('summary')
    .description('print a plan\'s key figures: budget totals, and what each kind counts (done, ongoing, overdue …)')
    .argument('<file>', 'the plan')
    .option('--as-of <date>', 'the day to judge by, for what is overdue or ahead (default: as the plan stands)')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--lang <lang>', 'language of the labels: sv, nb or en (default: the plan\'s own)')
    .action((file: string, options: SummaryOptions) => summary(file, options, context));
}

async function summary(file: string, options: SummaryOptions, context: CommandContext): Promise<void> {
  const { io, exit } = context;
  const lang = requestedLang(options.lang, io.env);
  const cliT = createTranslator(lang ?? localeLang(io.env), cliMessages, messages);
  const fail = (message: string) => {
    io.stderr.write(message + '\n');
    exit(EXIT.failure);
  };
  if (options.lang !== undefined && !isLang(options.lang)) return fail(cliT('cli.badLang', { lang: options.lang }));
  if (options.format !== 'text' && options.format !== 'json') return fail(cliT('summary.badFormat', { format: options.format }));
  let asOf: string | undefined;
  if (options.asOf !== undefined) {
    const read = readDate(options.asOf, lang ?? 'sv');
    if (!read.ok || !read.value.span) return fail(cliT('summary.badAsOf', { value: options.asOf }));
    asOf = read.value.span.to;
  }
  const result = await openPlan(file, lang, context, (failed) => createTranslator(failed.lang, messages)('summary.invalid', { file }));
  if (!result) return;
  const t = createTranslator(result.lang, cliMessages, messages, ...(result.kind.messages ? [result.kind.messages] : []));

  const { kind, plan } = result;
  const figures = keyFigures(kind, plan, { lang: result.lang, t, ...(asOf ? { asOf } : {}) });
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify({ file, kind: kind.id, ...(asOf ? { asOf } : {}), ...figures }, null, 2) + '\n');
  } else if (figures.figures.length === 0 && !figures.lists) {
    io.stdout.write(`${file}\n  ${t('summary.nothing')}\n`);
  } else {
    io.stdout.write(formatKeyFigures(`${file} (${kind.id})`, figures, useColor(io.stdout, io.env)));
  }
  if (result.diagnostics.some((d) => d.severity === 'error')) {
    io.stderr.write(t('summary.hasErrors', { file }) + '\n');
    exit(EXIT.problems);
  }
}
