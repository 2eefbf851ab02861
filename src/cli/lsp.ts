import type { Command } from 'commander';
import { createTranslator, isLang } from '../i18n/index.js';
import { localeLang, requestedLang } from './io.js';
import { cliMessages } from './messages.js';
import { EXIT, type CommandContext } from './context.js';

interface LspOptions {
  stdio?: boolean;
  lang?: string;
}

export function registerLsp(program: Command, context: CommandContext): void {
  program
    .command('lsp')
    .description('run plan\'s language server for editors: every check of plan validate as you type, hover help and quick fixes')
    .option('--stdio', 'talk to the editor over standard input and output (the only transport)')
    .option('--lang <lang>', 'language of messages: sv, nb or en (default: the configuration\'s, else each plan\'s own)')
    .action((options: LspOptions) => lsp(options, context));
}

async function lsp(options: LspOptions, { io, exit }: CommandContext): Promise<void> {
  const t = createTranslator(requestedLang(options.lang, io.env) ?? localeLang(io.env), cliMessages);
  if (options.lang !== undefined && !isLang(options.lang)) {
    io.stderr.write(t('cli.badLang', { lang: options.lang }) + '\n');
    return exit(EXIT.failure);
  }
  const lang = requestedLang(options.lang, io.env);
  // Editors start language servers with --stdio; it is the default, so that a bare "plan lsp" works too.
  const { startStdioServer } = await import('../lsp/server.js');
  await startStdioServer({ ...(lang ? { lang } : {}) });
}
