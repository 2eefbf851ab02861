import type { Command } from 'commander';
import { Chalk } from 'chalk';
import { createTranslator, isLang, type Messages } from '../i18n/index.js';
import { portalFields } from '../fields/fields.js';
import { fieldsPage } from '../fields/html.js';
import { formatFieldsText } from '../fields/report.js';
import { escapeControls } from '../report/terminal.js';
import { localeLang, requestedLang, useColor } from './io.js';
import { cliMessages } from './messages.js';
import { writeOutput, WriteError } from './output.js';
import { openPlan } from './read-plan.js';
import { EXIT, type CommandContext } from './context.js';

const messages: Messages<'fields.badFormat' | 'fields.invalid' | 'fields.hasErrors' | 'fields.htmlToTerminal'> = {
  en: {
    'fields.badFormat': 'plan: unknown format "{format}"; use text, json or html',
    'fields.invalid': 'plan: {file} cannot be read as a plan of its kind, so its fields cannot be shown; the problems are above.',
    'fields.hasErrors': 'plan: {file} has errors (a field over its limit, or others); "plan validate {file}" lists them.',
    'fields.htmlToTerminal': 'plan: the HTML page is written to a file: add -o fields.html',
  },
  sv: {
    'fields.badFormat': 'plan: okänt format "{format}"; använd text, json eller html',
    'fields.invalid': 'plan: {file} kan inte läsas som en plan av sitt slag, så dess fält kan inte visas; felen står ovan.',
    'fields.hasErrors': 'plan: {file} har fel (ett fält över sin gräns, eller andra); "plan validate {file}" visar dem.',
    'fields.htmlToTerminal': 'plan: HTML-sidan skrivs till en fil: lägg till -o falt.html',
  },
  nb: {
    'fields.badFormat': 'plan: ukjent format "{format}"; bruk text, json eller html',
    'fields.invalid': 'plan: {file} kan ikke leses som en plan av sin type, så feltene kan ikke vises; feilene står over.',
    'fields.hasErrors': 'plan: {file} har feil (et felt over grensen, eller andre); "plan validate {file}" viser dem.',
    'fields.htmlToTerminal': 'plan: HTML-siden skrives til en fil: legg til -o felt.html',
  },
};

interface FieldsOptions {
  format: string;
  output?: string;
  lang?: string;
}

export function registerFields(program: Command, context: CommandContext): void {
  program
    .command('fields')
    .description('print every field of a plan as it goes into the funder\'s portal: label, plain text, length and limit')
    .argument('<file>', 'the plan')
    .option('-f, --format <format>', 'text, json, or html (a page with a copy button and a counter per field)', 'text')
    .option('-o, --output <file>', 'the file to write (default: standard output)')
    .option('--lang <lang>', 'language of messages: sv, nb or en (the HTML page is in the plan\'s language)')
    .action((file: string, options: FieldsOptions) => fields(file, options, context));
}

async function fields(file: string, options: FieldsOptions, context: CommandContext): Promise<void> {
  const { io, exit } = context;
  const lang = requestedLang(options.lang, io.env);
  const cliT = createTranslator(lang ?? localeLang(io.env), cliMessages, messages);
  const fail = (message: string) => {
    io.stderr.write(message + '\n');
    exit(EXIT.failure);
  };
  if (options.lang !== undefined && !isLang(options.lang)) return fail(cliT('cli.badLang', { lang: options.lang }));
  if (!['text', 'json', 'html'].includes(options.format)) return fail(cliT('fields.badFormat', { format: options.format }));
  const toStdout = options.output === undefined || options.output === '-';
  if (options.format === 'html' && toStdout && io.stdout.isTTY) return fail(cliT('fields.htmlToTerminal'));

  const result = await openPlan(file, lang, context, (failed) => createTranslator(failed.lang, messages)('fields.invalid', { file }));
  if (!result) return;
  const t = createTranslator(lang ?? result.lang, cliMessages, messages);
  const report = portalFields(file, result.kind, result.plan);

  let data: string;
  if (options.format === 'json') {
    data = JSON.stringify({ file: report.file, kind: report.kind, fields: report.fields }, null, 2) + '\n';
  } else if (options.format === 'html') {
    data = fieldsPage(report);
  } else {
    const c = new Chalk({ level: toStdout && useColor(io.stdout, io.env) ? 1 : 0 });
    const text = formatFieldsText(report, lang ?? result.lang, { over: (line) => c.red(line) });
    data = toStdout ? escapeControls(text) : text;
  }

  if (toStdout) io.stdout.write(data);
  else {
    try {
      await writeOutput(options.output!, data, { inputs: [file] });
      io.stderr.write(t('render.wrote', { path: escapeControls(options.output!) }) + '\n');
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      return fail(error.describe(escapeControls(options.output!), t));
    }
  }
  if (result.diagnostics.some((d) => d.severity === 'error')) {
    io.stderr.write(t('fields.hasErrors', { file: escapeControls(file) }) + '\n');
    exit(EXIT.problems);
  }
}
