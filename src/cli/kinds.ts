import type { Command } from 'commander';
import type { KindRegistry } from '../kinds/registry.js';
import { projectKinds } from './kind-arg.js';
import { createTranslator, type Translate } from '../i18n/index.js';
import { localeLang, requestedLang } from './io.js';
import { cliMessages } from './messages.js';
import type { CommandContext } from './context.js';

export function registerKinds(program: Command, { io, exit }: CommandContext): void {
  program
    .command('kinds')
    .description('list the kinds of plan this version knows')
    .option('--lang <lang>', 'language of the listing: sv, nb or en')
    .action(async (options: { lang?: string }) => {
      const lang = requestedLang(options.lang, io.env) ?? localeLang(io.env);
      const registry = await projectKinds(io, lang);
      if (!registry) return exit(2);
      io.stdout.write(kindListing(createTranslator(lang, cliMessages), registry));
    });
}

/** Each kind with its language and the form's own title. */
export function kindListing(t: Translate, registry: KindRegistry): string {
  const kinds = registry.all();
  const width = Math.max(...kinds.map((k) => k.id.length));
  return [t('kinds.heading'), ...kinds.map((k) => `  ${k.id.padEnd(width)}  ${k.lang}  ${k.title}`)].join('\n') + '\n';
}
