import type { Command } from 'commander';
import { join } from 'node:path';
import { createTranslator, isLang, type Messages } from '../i18n/index.js';
import { kindJsonSchema, schemaFileName } from '../schema/json-schema.js';
import { localeLang, requestedLang } from './io.js';
import { cliMessages } from './messages.js';
import { findKindOrExplain, projectKinds } from './kind-arg.js';
import { kindFileJsonSchema } from '../kinds/data/json-schema.js';
import { EXIT, type CommandContext } from './context.js';
import { createOutDir, WriteError, writeOutput } from './output.js';

const messages: Messages<'schema.needKind' | 'schema.allNeedsFolder' | 'schema.wrote'> = {
  en: {
    'schema.needKind': 'plan: name a kind ("plan schema <kind>"), or write them all with "plan schema --all --out-dir <folder>"',
    'schema.allNeedsFolder': 'plan: --all writes one file per kind; name the folder with --out-dir',
    'schema.wrote': 'wrote {path}',
  },
  sv: {
    'schema.needKind': 'plan: ange ett slag ("plan schema <slag>"), eller skriv alla med "plan schema --all --out-dir <mapp>"',
    'schema.allNeedsFolder': 'plan: --all skriver en fil per slag; ange mappen med --out-dir',
    'schema.wrote': 'skrev {path}',
  },
  nb: {
    'schema.needKind': 'plan: oppgi en type ("plan schema <type>"), eller skriv alle med "plan schema --all --out-dir <mappe>"',
    'schema.allNeedsFolder': 'plan: --all skriver én fil per type; oppgi mappen med --out-dir',
    'schema.wrote': 'skrev {path}',
  },
};

interface SchemaOptions {
  all?: boolean;
  outDir?: string;
  output?: string;
  lang?: string;
  quiet?: boolean;
}

export function registerSchema(program: Command, context: CommandContext): void {
  program
    .command('schema')
    .description('print a kind\'s JSON Schema (draft 2020-12), for editors\' completion and hover help')
    .argument('[kind]', 'the kind (see "plan kinds")')
    .option('--all', 'every kind, one file each (with --out-dir)')
    .option('--out-dir <folder>', 'write <kind>.schema.json files into this folder')
    .option('-o, --output <file>', 'write the schema to this file instead of standard output')
    .option('--lang <lang>', 'language of messages: sv, nb or en')
    .option('-q, --quiet', 'do not list the files written')
    .action((kind: string | undefined, options: SchemaOptions) => schema(kind, options, context));
}

async function schema(kindId: string | undefined, options: SchemaOptions, context: CommandContext): Promise<void> {
  const { io, exit } = context;
  const lang = requestedLang(options.lang, io.env) ?? localeLang(io.env);
  const t = createTranslator(lang, cliMessages, messages);
  const fail = (message: string) => {
    io.stderr.write(message + '\n');
    exit(EXIT.failure);
  };
  if (options.lang !== undefined && !isLang(options.lang)) return fail(t('cli.badLang', { lang: options.lang }));
  if (options.all && !options.outDir) return fail(t('schema.allNeedsFolder'));
  const registry = await projectKinds(io, lang);
  if (!registry) return exit(EXIT.failure);
  let selected = registry.all();
  if (!options.all) {
    if (!kindId) return fail(t('schema.needKind'));
    const kind = findKindOrExplain(kindId, t, io, registry);
    if (!kind) return exit(EXIT.failure);
    selected = [kind];
  }
  const folderProblem = options.outDir ? await createOutDir(options.outDir, t) : undefined;
  if (folderProblem) return fail(folderProblem);
  // With --all, the kind file's own schema too, so that editors complete and explain kind.yaml.
  const schemas = selected.map((kind) => ({ name: schemaFileName(kind), value: kindJsonSchema(kind) }));
  if (options.all) schemas.push({ name: 'kind.schema.json', value: kindFileJsonSchema() });
  for (const { name, value } of schemas) {
    const text = JSON.stringify(value, null, 2) + '\n';
    const destination = options.outDir ? join(options.outDir, name) : options.output;
    if (!destination || destination === '-') {
      io.stdout.write(text);
      continue;
    }
    try {
      await writeOutput(destination, text);
      if (!options.quiet) io.stderr.write(t('schema.wrote', { path: destination }) + '\n');
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      return fail(error.describe(destination, t));
    }
  }
}
