import type { Command } from 'commander';
import { createTranslator, isLang, type Messages } from '../i18n/index.js';
import { formatBudget } from '../report/budget-view.js';
import { localeLang, requestedLang, useColor } from './io.js';
import { cliMessages } from './messages.js';
import { openPlan } from './read-plan.js';
import { EXIT, type CommandContext } from './context.js';

const messages: Messages<'budget.none' | 'budget.empty' | 'budget.invalid' | 'budget.unknown'> = {
  en: {
    'budget.none': '{file}: a plan of the kind {kind} has no budget.',
    'budget.empty': '{file}: the plan gives no budget figures.',
    'budget.invalid': 'plan: {file} cannot be read as a plan of its kind, so its budget cannot be shown; the problems are above.',
    'budget.unknown': 'plan: {file}: ? is a figure that is not an amount, or a sum over one, so it cannot be worked out; "plan validate {file}" shows where.',
  },
  sv: {
    'budget.none': '{file}: en plan av slaget {kind} har ingen budget.',
    'budget.empty': '{file}: planen anger inga budgetsiffror.',
    'budget.invalid': 'plan: {file} kan inte läsas som en plan av sitt slag, så budgeten kan inte visas; felen står ovan.',
    'budget.unknown': 'plan: {file}: ? är en siffra som inte är ett belopp, eller en summa över en sådan, och kan inte räknas ut; "plan validate {file}" visar var.',
  },
  nb: {
    'budget.none': '{file}: en plan av typen {kind} har ikke noe budsjett.',
    'budget.empty': '{file}: planen oppgir ingen budsjettall.',
    'budget.invalid': 'plan: {file} kan ikke leses som en plan av sin type, så budsjettet kan ikke vises; feilene står over.',
    'budget.unknown': 'plan: {file}: ? er et tall som ikke er et beløp, eller en sum over et slikt, og kan ikke regnes ut; "plan validate {file}" viser hvor.',
  },
};

export function registerBudget(program: Command, context: CommandContext): void {
  program
    .command('budget')
    .description('show a plan\'s budget tables with the sums computed, and where the stated sums differ')
    .argument('<file>', 'the plan')
    .option('--lang <lang>', 'language of the labels and messages: sv, nb or en (default: the plan\'s own)')
    .action((file: string, options: { lang?: string }) => budget(file, options, context));
}

async function budget(file: string, options: { lang?: string }, context: CommandContext): Promise<void> {
  const { io, exit } = context;
  const lang = requestedLang(options.lang, io.env);
  const cliT = createTranslator(lang ?? localeLang(io.env), cliMessages, messages);
  if (options.lang !== undefined && !isLang(options.lang)) {
    io.stderr.write(cliT('cli.badLang', { lang: options.lang }) + '\n');
    return exit(EXIT.failure);
  }
  const result = await openPlan(file, lang, context, (failed) => createTranslator(failed.lang, messages)('budget.invalid', { file }));
  if (!result) return;
  const t = createTranslator(result.lang, cliMessages, messages);
  if (!result.kind.budget) {
    io.stdout.write(t('budget.none', { file, kind: result.kind.id }) + '\n');
    return;
  }
  const view = result.kind.budget(result.plan);
  if (view.tables.length === 0 && view.balances.length === 0) {
    io.stdout.write(t('budget.empty', { file }) + '\n');
    return;
  }
  io.stdout.write(formatBudget(view, result.lang, useColor(io.stdout, io.env)));
  const unknown = view.tables.some((table) => table.rows.some((row) => row.amounts.some((cell) => Number.isNaN(cell))));
  if (unknown) io.stderr.write(t('budget.unknown', { file }) + '\n');
  if (unknown || result.diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('budget/'))) exit(EXIT.problems);
}
