import type { Command } from 'commander';
import { kinds } from '../kinds/index.js';
import { createTranslator, type Translate } from '../i18n/index.js';
import { localeLang, requestedLang } from './io.js';
import { cliMessages } from './messages.js';
import type { CommandContext } from './main.js';

export function registerKinds(program: Command, { io }: CommandContext): void {
  program
    .command('kinds')
    .description('list the kinds of plan this version knows')
    .option('--lang <lang>', 'language of the listing: sv, nb or en')
    .action((options: { lang?: string }) => {
      io.stdout.write(kindListing(createTranslator(requestedLang(options.lang, io.env) ?? localeLang(io.env), cliMessages)));
    });
}

/** Each kind with its language and the form's own title. */
export function kindListing(t: Translate): string {
  const width = Math.max(...kinds.map((k) => k.id.length));
  return [t('kinds.heading'), ...kinds.map((k) => `  ${k.id.padEnd(width)}  ${k.lang}  ${k.title}`)].join('\n') + '\n';
}
