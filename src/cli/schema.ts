import type { Command } from 'commander';
import { join } from 'node:path';
import { createTranslator, isLang, type Messages } from '../i18n/index.js';
import { ruleCatalog } from '../report/catalog.js';
import { ANY_PLAN_SCHEMA_FILE, anyPlanJsonSchema, CONFIG_SCHEMA_FILE, configJsonSchema, kindJsonSchema, schemaFileName } from '../schema/json-schema.js';
import { localeLang, requestedLang } from './io.js';
import { cliMessages } from './messages.js';
import { findKindOrExplain, projectKinds } from './kind-arg.js';
import { kindFileJsonSchema } from '../kinds/data/json-schema.js';
import { EXIT, type CommandContext } from './context.js';
import { createOutDir, WriteError, writeOutput } from './output.js';

const messages: Messages<'schema.kindOrConfig' | 'schema.allNeedsFolder' | 'schema.wrote'> = {
  en: {
    'schema.kindOrConfig': 'plan: --config prints the schema of .planrc.yaml; leave out the kind',
    'schema.allNeedsFolder': 'plan: --all writes one file per kind; name the folder with --out-dir',
    'schema.wrote': 'wrote {path}',
  },
  sv: {
    'schema.kindOrConfig': 'plan: --config skriver schemat för .planrc.yaml; utelämna slaget',
    'schema.allNeedsFolder': 'plan: --all skriver en fil per slag; ange mappen med --out-dir',
    'schema.wrote': 'skrev {path}',
  },
  nb: {
    'schema.kindOrConfig': 'plan: --config skriver skjemaet for .planrc.yaml; utelat typen',
    'schema.allNeedsFolder': 'plan: --all skriver én fil per type; oppgi mappen med --out-dir',
    'schema.wrote': 'skrev {path}',
  },
};

interface SchemaOptions {
  all?: boolean;
  config?: boolean;
  outDir?: string;
  output?: string;
  lang?: string;
  quiet?: boolean;
}

export function registerSchema(program: Command, context: CommandContext): void {
  program
    .command('schema')
    .description('print a JSON Schema (draft 2020-12), for editors\' completion and hover help: a kind\'s, without one a schema for a plan of any kind (chosen by its "kind:"), or with --config the one for .planrc.yaml')
    .argument('[kind]', 'the kind (see "plan kinds"); without it, the schema for any plan')
    .option('--config', `the schema of .planrc.yaml`)
    .option('--all', `every kind, one file each, and ${ANY_PLAN_SCHEMA_FILE}, ${CONFIG_SCHEMA_FILE} and kind.schema.json (with --out-dir)`)
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
  if (options.config && kindId) return fail(t('schema.kindOrConfig'));
  const kinds = registry.all();
  let schemas: { name: string; value: Record<string, unknown> }[];
  if (options.all) {
    // The kind file's own schema too, so that editors complete and explain kind.yaml.
    schemas = [
      ...kinds.map((kind) => ({ name: schemaFileName(kind), value: kindJsonSchema(kind) })),
      { name: 'kind.schema.json', value: kindFileJsonSchema() },
      { name: ANY_PLAN_SCHEMA_FILE, value: anyPlanJsonSchema(kinds, lang) },
      { name: CONFIG_SCHEMA_FILE, value: configJsonSchema(ruleCatalog(registry).map((rule) => rule.id), lang) },
    ];
  } else if (options.config) {
    schemas = [{ name: CONFIG_SCHEMA_FILE, value: configJsonSchema(ruleCatalog(registry).map((rule) => rule.id), lang) }];
  } else if (kindId) {
    const kind = findKindOrExplain(kindId, t, io, registry);
    if (!kind) return exit(EXIT.failure);
    schemas = [{ name: schemaFileName(kind), value: kindJsonSchema(kind) }];
  } else {
    schemas = [{ name: ANY_PLAN_SCHEMA_FILE, value: anyPlanJsonSchema(kinds, lang) }];
  }
  const folderProblem = options.outDir ? await createOutDir(options.outDir, t) : undefined;
  if (folderProblem) return fail(folderProblem);
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
