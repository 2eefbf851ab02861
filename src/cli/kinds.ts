import type { Command } from 'commander';
import { kinds } from '../kinds/index.js';
import { createTranslator } from '../i18n/index.js';
import { localeLang, requestedLang } from './io.js';
import { cliMessages } from './messages.js';
import type { CommandContext } from './main.js';

export function registerKinds(program: Command, { io }: CommandContext): void {
  program
    .command('kinds')
    .description('list the kinds of plan this version knows')
    .option('--lang <lang>', 'language of the listing: sv, nb or en')
    .action((options: { lang?: string }) => {
      const t = createTranslator(requestedLang(options.lang, io.env) ?? localeLang(io.env), cliMessages);
      const width = Math.max(...kinds.map((k) => k.id.length));
      const lines = [t('kinds.heading'), ...kinds.map((k) => `  ${k.id.padEnd(width)}  ${k.lang}  ${k.title}`)];
      io.stdout.write(lines.join('\n') + '\n');
    });
}
