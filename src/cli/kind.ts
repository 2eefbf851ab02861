import type { Command } from 'commander';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../core/package.js';
import { createTranslator, isLang, type Lang, type Messages, type Translate } from '../i18n/index.js';
import { countBySeverity } from '../core/diagnostic.js';
import { KIND_FILE } from '../kinds/data/load.js';
import { formatters } from '../report/index.js';
import { localeLang, requestedLang, useColor, type Io } from './io.js';
import { cliMessages } from './messages.js';
import { findKindOrExplain, projectKinds } from './kind-arg.js';
import { EXIT, type CommandContext } from './context.js';
import { writeOutput } from './output.js';

const messages: Messages = {
  en: {
    'kind.exists': 'plan: {path} exists already; choose another folder',
    'kind.badId': 'plan: "{id}" cannot be a kind\'s id: use lower-case letters, digits and hyphens, starting with a letter (e.g. regionalfonden-ansokan)',
    'kind.notData': 'plan: the kind {kind} is not defined as data yet, so it cannot be copied; start from another kind or from none',
    'kind.wrote': 'wrote {path}: kind.yaml, {template}, example.yaml; edit them, then run "plan kind check {path}"',
    'kind.ok': '✔ {path}: the kind file is valid, the example validates and renders, and matches {golden}',
    'kind.noExample': 'plan: {path} has no example plan ({file}); a kind is checked by its example',
    'kind.exampleErrors': 'plan: the example {file} has errors with its kind; an example shows a plan that passes',
    'kind.renderFailed': 'plan: the example {file} does not render: {reason}',
    'kind.noGolden': 'plan: there is no golden Markdown {golden} yet; run "plan kind check {path} --update", then read it against the form',
    'kind.goldenDiffers': 'plan: the example renders differently from {golden} (first difference on line {line}):\n  golden:   {expected}\n  rendered: {actual}\nRun "plan kind check {path} --update" if the change is meant, and read the diff.',
    'kind.goldenWritten': 'wrote {golden}; read it against the form',
  },
  sv: {
    'kind.exists': 'plan: {path} finns redan; välj en annan mapp',
    'kind.badId': 'plan: "{id}" kan inte vara ett slags id: använd små bokstäver, siffror och bindestreck, med en bokstav först (t.ex. regionalfonden-ansokan)',
    'kind.notData': 'plan: slaget {kind} är ännu inte beskrivet som data och kan inte kopieras; utgå från ett annat slag eller från inget',
    'kind.wrote': 'skrev {path}: kind.yaml, {template}, example.yaml; redigera dem och kör sedan "plan kind check {path}"',
    'kind.ok': '✔ {path}: slagfilen är giltig, exemplet godkänns och kan skrivas ut, och stämmer med {golden}',
    'kind.noExample': 'plan: {path} har ingen exempelplan ({file}); ett slag kontrolleras genom sitt exempel',
    'kind.exampleErrors': 'plan: exemplet {file} har fel med sitt slag; ett exempel visar en plan som godkänns',
    'kind.renderFailed': 'plan: exemplet {file} kan inte skrivas ut: {reason}',
    'kind.noGolden': 'plan: det finns ingen facit-Markdown {golden} ännu; kör "plan kind check {path} --update" och läs den mot blanketten',
    'kind.goldenDiffers': 'plan: exemplet blir ett annat än {golden} (första skillnaden på rad {line}):\n  facit:    {expected}\n  utskrift: {actual}\nKör "plan kind check {path} --update" om ändringen är avsiktlig, och läs skillnaden.',
    'kind.goldenWritten': 'skrev {golden}; läs den mot blanketten',
  },
  nb: {
    'kind.exists': 'plan: {path} finnes allerede; velg en annen mappe',
    'kind.badId': 'plan: "{id}" kan ikke være en types id: bruk små bokstaver, sifre og bindestrek, med en bokstav først (f.eks. fylke-soknad)',
    'kind.notData': 'plan: typen {kind} er ennå ikke beskrevet som data og kan ikke kopieres; start fra en annen type eller fra ingen',
    'kind.wrote': 'skrev {path}: kind.yaml, {template}, example.yaml; rediger dem og kjør så "plan kind check {path}"',
    'kind.ok': '✔ {path}: typefilen er gyldig, eksempelet godkjennes og kan skrives ut, og stemmer med {golden}',
    'kind.noExample': 'plan: {path} har ingen eksempelplan ({file}); en type kontrolleres gjennom eksempelet',
    'kind.exampleErrors': 'plan: eksempelet {file} har feil med sin type; et eksempel viser en plan som godkjennes',
    'kind.renderFailed': 'plan: eksempelet {file} kan ikke skrives ut: {reason}',
    'kind.noGolden': 'plan: det finnes ingen fasit-Markdown {golden} ennå; kjør "plan kind check {path} --update" og les den mot skjemaet',
    'kind.goldenDiffers': 'plan: eksempelet blir et annet enn {golden} (første forskjell på linje {line}):\n  fasit:    {expected}\n  utskrift: {actual}\nKjør "plan kind check {path} --update" hvis endringen er ment, og les forskjellen.',
    'kind.goldenWritten': 'skrev {golden}; les den mot skjemaet',
  },
};

export function registerKind(program: Command, context: CommandContext): void {
  const kind = program.command('kind').description('write and check kinds of plan defined as data (a funder\'s form as kind.yaml, template and example)');
  kind
    .command('new')
    .description('write a starting kind folder: kind.yaml, a template and an example plan')
    .argument('<id>', 'the new kind\'s id, which plans name in "kind:"')
    .argument('[folder]', 'the folder to write (default: ./<id>)')
    .option('--from <kind>', 'start from a copy of this kind')
    .option('--lang <lang>', 'language of messages: sv, nb or en')
    .action((id: string, folder: string | undefined, options: { from?: string; lang?: string }) => newKind(id, folder, options, context));
  kind
    .command('check')
    .description('check a kind folder: its kind file, templates, example and golden Markdown (example.md)')
    .argument('<folder>', 'the kind\'s folder')
    .option('--update', 'write the golden Markdown from the example as it renders now')
    .option('--lang <lang>', 'language of messages: sv, nb or en')
    .action((folder: string, options: { update?: boolean; lang?: string }) => checkKind(folder, options, context));
}

function translator(options: { lang?: string }, io: Io): { lang: Lang; t: Translate } | undefined {
  if (options.lang !== undefined && !isLang(options.lang)) return undefined;
  const lang = requestedLang(options.lang, io.env) ?? localeLang(io.env);
  return { lang, t: createTranslator(lang, cliMessages, messages) };
}

const STARTER_KIND = (id: string, schema: string) => `# yaml-language-server: $schema=${schema}
# A kind of plan: the funder's form as data. docs/kinds.md describes every key.
id: ${id}
lang: sv
title: Ansökan
description: An application to a funder.
source: Where the form comes from (the funder's guidance, with its address).

fields:
  title: { type: text, label: Projektets namn, limit: 100 }
  owner: { type: text, label: Projektägare }
  orgNumber: { type: org-number, label: Organisationsnummer }
  period: { type: period, label: Projektperiod }
  summary:
    type: markdown
    label: Sammanfattning
    help: Beskriv kort vad projektet ska göra och varför.
    limit: 1500
  budget:
    type: table
    id: Budget
    label: Budget
    rowLabel: { key: item, label: Kostnadsslag }
    columns:
      amount: { label: Belopp }
    rows: [Personal, Externa tjänster, Resor]
    total: { label: Summa }
  support: { type: amount, label: Sökt stöd }
  contact: { type: contact, label: Kontaktperson }

rules:
  - use: cap
    value: support
    max: budget.total.amount
  - use: share
    part: support
    whole: budget.total.amount
    max: 50
`;

const STARTER_TEMPLATE = `---
docx:
  lang: sv-SE
  title: "{{title}}"
  author: "{{owner}}"
---
# {{title}}

| | |
|:--|:--|
| Projektägare | {{owner}} |
| Organisationsnummer | {{orgNumber}} |
| Projektperiod | {{date period.start}} – {{date period.end}} |

## Sammanfattning

{{markdown summary headingLevel=3}}

## Budget

{{#with (budgetTable "Budget")}}
{{> budgetTable}}
{{/with}}

Sökt stöd: {{amount support}} kr

## Kontaktperson

{{contact.name}}, {{contact.organisation}}, {{contact.email}}
`;

const STARTER_EXAMPLE = (id: string) => `kind: ${id}
title: Digital välfärd i Norrbotten
owner: Exempelkommunen
orgNumber: 212000-0142
period:
  start: 2025-01-01
  end: 2026-12-31
summary: |
  Projektet inför digitala trygghetslarm i hemtjänsten.
budget:
  rows:
    - { item: Personal, amount: 800000 }
    - { item: Externa tjänster, amount: 300000 }
    - { item: Resor, amount: 50000 }
  total: { amount: 1150000 }
support: 500000
contact:
  name: Anna Andersson
  organisation: Exempelkommunen
  email: anna.andersson@exempel.se
`;

async function newKind(id: string, folderArg: string | undefined, options: { from?: string; lang?: string }, { io, exit }: CommandContext): Promise<void> {
  const chosen = translator(options, io);
  if (!chosen) {
    io.stderr.write(createTranslator(localeLang(io.env), cliMessages)('cli.badLang', { lang: options.lang! }) + '\n');
    return exit(EXIT.failure);
  }
  const { lang, t } = chosen;
  const fail = (message: string) => {
    io.stderr.write(message + '\n');
    exit(EXIT.failure);
  };
  if (!/^[a-z][a-z0-9-]*$/.test(id)) return fail(t('kind.badId', { id }));
  const cwd = io.cwd ?? process.cwd();
  const shown = folderArg ?? id;
  const target = resolve(cwd, shown);
  if (existsSync(target)) return fail(t('kind.exists', { path: shown }));
  // Written in a temporary folder beside the target and moved into place whole, so that a failure leaves nothing half-made.
  const parent = dirname(target);
  if (!existsSync(parent)) return fail(t('cli.notFound', { path: relative(cwd, parent) || parent }));
  const staging = mkdtempSync(join(parent, `.${basename(target)}-`));
  try {
    let template = `sv.md.hbs`;
    if (options.from) {
      const registry = await projectKinds(io, lang);
      if (!registry) return exit(EXIT.failure);
      const source = findKindOrExplain(options.from, t, io, registry);
      if (!source) return exit(EXIT.failure);
      if (!source.folder) return fail(t('kind.notData', { kind: options.from }));
      for (const entry of readdirSync(source.folder)) if (entry !== 'example.md') cpSync(join(source.folder, entry), join(staging, entry), { recursive: true });
      const kindFile = join(staging, KIND_FILE);
      writeFileSync(kindFile, readFileSync(kindFile, 'utf8').replace(/^id:.*$/m, `id: ${id}`));
      const example = join(staging, 'example.yaml');
      if (existsSync(example)) writeFileSync(example, readFileSync(example, 'utf8').replace(/^kind:.*$/m, `kind: ${id}`));
      template = readdirSync(staging).find((name) => name.endsWith('.md.hbs')) ?? template;
    } else {
      // The schema the package ships, relative to the kind, as plan init points plans at theirs.
      const schema = relative(target, join(PACKAGE_ROOT, 'schemas', 'kind.schema.json')).split(sep).join('/');
      writeFileSync(join(staging, KIND_FILE), STARTER_KIND(id, schema));
      writeFileSync(join(staging, template), STARTER_TEMPLATE);
      writeFileSync(join(staging, 'example.yaml'), STARTER_EXAMPLE(id));
    }
    renameSync(staging, target);
    io.stderr.write(t('kind.wrote', { path: shown, template }) + '\n');
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function checkKind(folder: string, options: { update?: boolean; lang?: string }, { io, exit }: CommandContext): Promise<void> {
  const chosen = translator(options, io);
  if (!chosen) {
    io.stderr.write(createTranslator(localeLang(io.env), cliMessages)('cli.badLang', { lang: options.lang! }) + '\n');
    return exit(EXIT.failure);
  }
  const { lang, t } = chosen;
  const cwd = io.cwd ?? process.cwd();
  const absolute = resolve(cwd, folder);
  // Loaded here: it brings the renderer, which no other command of this module needs.
  const { checkKindFolder } = await import('../kinds/data/check-folder.js');
  const result = await checkKindFolder(absolute, lang, folder);
  const color = useColor(io.stderr, io.env);
  if (result.kindProblems.length > 0) {
    io.stderr.write(formatters.stylish({ files: groupByFile(result.kindProblems), lang }, { color }));
    return exit(EXIT.failure);
  }
  const exampleFile = join(folder, 'example.yaml');
  const golden = relative(cwd, result.goldenPath) || result.goldenPath;
  if (!result.example) {
    io.stderr.write(t('kind.noExample', { path: folder, file: exampleFile }) + '\n');
    return exit(EXIT.problems);
  }
  if (countBySeverity(result.example.diagnostics).errors > 0 || result.example.plan === undefined) {
    io.stderr.write(formatters.stylish({ files: [{ file: result.example.file, diagnostics: result.example.diagnostics, ...(result.example.text !== undefined ? { text: result.example.text } : {}) }], lang }, { color }));
    io.stderr.write(t('kind.exampleErrors', { file: result.example.file }) + '\n');
    return exit(EXIT.problems);
  }
  if (result.renderError !== undefined || result.markdown === undefined) {
    io.stderr.write(t('kind.renderFailed', { file: result.example.file, reason: result.renderError ?? '' }) + '\n');
    return exit(EXIT.problems);
  }
  if (options.update) {
    await writeOutput(result.goldenPath, result.markdown);
    io.stderr.write(t('kind.goldenWritten', { golden }) + '\n');
    return;
  }
  if (result.golden === undefined) {
    io.stderr.write(t('kind.noGolden', { golden, path: folder }) + '\n');
    return exit(EXIT.problems);
  }
  if (result.golden !== result.markdown) {
    const expected = result.golden.split('\n');
    const actual = result.markdown.split('\n');
    let line = 0;
    while (line < Math.max(expected.length, actual.length) && expected[line] === actual[line]) line++;
    io.stderr.write(t('kind.goldenDiffers', { golden, line: line + 1, expected: expected[line] ?? '', actual: actual[line] ?? '', path: folder }) + '\n');
    return exit(EXIT.problems);
  }
  io.stdout.write(t('kind.ok', { path: folder, golden }) + '\n');
}

function groupByFile(diagnostics: readonly import('../core/diagnostic.js').Diagnostic[]) {
  const files = new Map<string, import('../core/diagnostic.js').Diagnostic[]>();
  for (const d of diagnostics) files.set(d.file, [...(files.get(d.file) ?? []), d]);
  return [...files].map(([file, list]) => {
    let text: string | undefined;
    try {
      text = readFileSync(resolve(file), 'utf8');
    } catch {
      text = undefined;
    }
    return { file, diagnostics: list, ...(text !== undefined ? { text } : {}) };
  });
}
