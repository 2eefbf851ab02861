import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../core/package.js';
import { createTranslator, isLang, type Messages } from '../i18n/index.js';
import { releaseFileUrl } from '../report/docs.js';
import { schemaFileName } from '../schema/json-schema.js';
import { planSkeleton } from '../schema/skeleton.js';
import { localeLang, requestedLang } from './io.js';
import { cliMessages } from './messages.js';
import { findKindOrExplain, projectKinds } from './kind-arg.js';
import { kindListing } from './kinds.js';
import { EXIT, type CommandContext } from './context.js';
import { WriteError, writeOutput } from './output.js';

const messages: Messages<'init.header' | 'init.howTo' | 'init.wrote' | 'init.usage'> = {
  en: {
    'init.header': '{title}',
    'init.howTo': 'Fill in every "" below; the comments say what each field is. "plan validate {file}" shows what is left.',
    'init.wrote': 'wrote {path}; fill it in, and run "plan validate {path}" to see what is left',
    'init.usage': 'Start a plan with "plan init <kind> [file]".',
  },
  sv: {
    'init.header': '{title}',
    'init.howTo': 'Fyll i varje "" nedan; kommentarerna säger vad fälten är. "plan validate {file}" visar vad som återstår.',
    'init.wrote': 'skrev {path}; fyll i den, och kör "plan validate {path}" för att se vad som återstår',
    'init.usage': 'Börja en plan med "plan init <slag> [fil]".',
  },
  nb: {
    'init.header': '{title}',
    'init.howTo': 'Fyll inn hver "" nedenfor; kommentarene sier hva feltene er. "plan validate {file}" viser hva som gjenstår.',
    'init.wrote': 'skrev {path}; fyll den ut, og kjør "plan validate {path}" for å se hva som gjenstår',
    'init.usage': 'Start en plan med "plan init <type> [fil]".',
  },
};

interface InitOptions {
  force?: boolean;
  schema?: string;
  lang?: string;
}

export function registerInit(program: Command, context: CommandContext): void {
  program
    .command('init')
    .description('start a new plan of a kind, with every field and the form\'s guidance as comments')
    .argument('[kind]', 'the kind of plan (without it, the kinds are listed)')
    .argument('[file]', 'the file to write ("-" for standard output)', undefined)
    .option('--force', 'replace the file if it exists')
    .option('--schema <path-or-url>', 'where editors find the JSON Schema (default: the kind\'s schema at this version\'s release, or for a kind of the repository\'s own the one "plan schema --all --out-dir schemas" wrote)')
    .option('--lang <lang>', 'language of messages: sv, nb or en (the plan itself is in its form\'s language)')
    .action((kind: string | undefined, file: string | undefined, options: InitOptions) => init(kind, file, options, context));
}

async function init(kindId: string | undefined, file: string | undefined, options: InitOptions, { io, exit }: CommandContext): Promise<void> {
  const lang = requestedLang(options.lang, io.env) ?? localeLang(io.env);
  const t = createTranslator(lang, cliMessages, messages);
  if (options.lang !== undefined && !isLang(options.lang)) {
    io.stderr.write(t('cli.badLang', { lang: options.lang }) + '\n');
    return exit(EXIT.failure);
  }
  // A plan written into a repository of plans may be of one of that repository's own kinds.
  const registry = await projectKinds(io, lang, file && file !== '-' ? dirname(file) : undefined);
  if (!registry) return exit(EXIT.failure);
  if (!kindId) {
    io.stdout.write(kindListing(t, registry) + '\n' + t('init.usage') + '\n');
    return;
  }
  const kind = findKindOrExplain(kindId, t, io, registry);
  if (!kind) return exit(EXIT.failure);
  // Without --lang or PLAN_LANG, what is said about the new plan is said in its language.
  const planT = requestedLang(options.lang, io.env) ? t : createTranslator(kind.lang, cliMessages, messages);

  const target = file ?? `${kind.id}.yaml`;
  const toStdout = target === '-';
  const planFolder = toStdout ? process.cwd() : dirname(resolve(target));
  const docT = createTranslator(kind.lang, messages);
  const schemaPath = options.schema ?? modelineSchema(planFolder, kind);
  const text = planSkeleton(kind, {
    ...(schemaPath !== undefined ? { schemaPath } : {}),
    header: [docT('init.header', { title: kind.title }), docT('init.howTo', { file: toStdout ? `${kind.id}.yaml` : target })],
  });
  if (toStdout) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeOutput(target, text, { overwrite: Boolean(options.force) });
    io.stderr.write(planT('init.wrote', { path: target }) + '\n');
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.stderr.write(error.describe(target, planT) + '\n');
    exit(EXIT.failure);
  }
}

/**
 * Where the new plan's modeline points: for a kind the package ships, its schema at this version's
 * release tag, an address that still holds after the plan is moved and whether plan was installed
 * in the repository or globally; for a kind of the repository's own (or where that address is not
 * known), the schema that "plan schema --all --out-dir schemas" wrote into the repository, found
 * from the plan's folder upward, as a path relative to the plan.
 */
function modelineSchema(planFolder: string, kind: Parameters<typeof schemaFileName>[0]): string | undefined {
  const file = schemaFileName(kind);
  const released = existsSync(join(PACKAGE_ROOT, 'schemas', file)) ? releaseFileUrl(`schemas/${file}`) : undefined;
  if (released) return released;
  for (let folder = planFolder; ; folder = dirname(folder)) {
    const candidate = join(folder, 'schemas', file);
    if (existsSync(candidate)) {
      const path = relative(planFolder, candidate).split(sep).join('/');
      return path.startsWith('.') ? path : `./${path}`;
    }
    if (dirname(folder) === folder) return undefined;
  }
}
