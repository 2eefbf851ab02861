import { z } from 'zod';
import { configSchema } from '../config/schema.js';
import { createTranslator, formatList, type Lang, type Messages, type Translate } from '../i18n/index.js';
import type { AnyKind } from '../kinds/define.js';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The file names `plan schema --all` writes beside the kinds' own: a schema for any plan, and one for .planrc.yaml. */
export const ANY_PLAN_SCHEMA_FILE = 'plan.schema.json';
export const CONFIG_SCHEMA_FILE = 'planrc.schema.json';

type Id = 'schema.expected' | 'schema.oneOf' | 'schema.anyPlan' | 'schema.kind' | 'schema.config' | `schema.type.${JsonType}`;
type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/** What editors (yaml-language-server) say when a value does not fit, in the kind's language instead of theirs. */
const messages: Messages<Id> = {
  en: {
    'schema.expected': '{field}: write {expected} here.',
    'schema.oneOf': '{field}: write one of {values}.',
    'schema.anyPlan': 'A plan of any kind plan knows, chosen by its "kind:".',
    'schema.kind': 'The kind of document: {kinds}.',
    'schema.config': 'Settings for plan validate in this folder and the folders below it (.planrc.yaml).',
    'schema.type.string': 'a text',
    'schema.type.number': 'a number',
    'schema.type.integer': 'a whole number',
    'schema.type.boolean': 'true or false',
    'schema.type.array': 'a list',
    'schema.type.object': 'keys with values',
    'schema.type.null': 'nothing (~)',
  },
  sv: {
    'schema.expected': '{field}: här ska stå {expected}.',
    'schema.oneOf': '{field}: skriv ett av {values}.',
    'schema.anyPlan': 'En plan av något av de slag plan känner till, vald efter dess "kind:".',
    'schema.kind': 'Dokumentets slag: {kinds}.',
    'schema.config': 'Inställningar för plan validate i den här mappen och mapparna under den (.planrc.yaml).',
    'schema.type.string': 'en text',
    'schema.type.number': 'ett tal',
    'schema.type.integer': 'ett heltal',
    'schema.type.boolean': 'true eller false',
    'schema.type.array': 'en lista',
    'schema.type.object': 'nycklar med värden',
    'schema.type.null': 'ingenting (~)',
  },
  nb: {
    'schema.expected': '{field}: her skal det stå {expected}.',
    'schema.oneOf': '{field}: skriv én av {values}.',
    'schema.anyPlan': 'En plan av en av typene plan kjenner, valgt etter dens "kind:".',
    'schema.kind': 'Dokumentets type: {kinds}.',
    'schema.config': 'Innstillinger for plan validate i denne mappen og mappene under den (.planrc.yaml).',
    'schema.type.string': 'en tekst',
    'schema.type.number': 'et tall',
    'schema.type.integer': 'et heltall',
    'schema.type.boolean': 'true eller false',
    'schema.type.array': 'en liste',
    'schema.type.object': 'nøkler med verdier',
    'schema.type.null': 'ingenting (~)',
  },
};

/** The file name a kind's schema is shipped under in the package's schemas/ folder. */
export function schemaFileName(kind: AnyKind): string {
  return `${kind.id}.schema.json`;
}

type Node = Record<string, unknown>;

/**
 * The kind's JSON Schema, for editors: what a user may write (zod's input side: an amount is a
 * number or a string), with every field's title and description in the document's language, and
 * the messages an editor shows for a value that does not fit in that language too.
 */
export function kindJsonSchema(kind: AnyKind): Record<string, unknown> {
  const generated = z.toJSONSchema(kind.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Node;
  const { $schema: _dialect, ...rest } = generated;
  const schema: Node = { $schema: JSON_SCHEMA_DIALECT, ...rest, title: kind.title };
  forEditors(schema, createTranslator(kind.lang, messages), kind.lang);
  return schema;
}

/**
 * One schema for a plan of any of the kinds: each kind's schema under $defs, chosen by the plan's
 * `kind:` with if/then (which ajv and yaml-language-server both apply), so that a repository maps
 * every plan to one schema and still gets the kind's completion, help and checks.
 */
export function anyPlanJsonSchema(kinds: readonly AnyKind[], lang: Lang): Record<string, unknown> {
  const t = createTranslator(lang, messages);
  const ids = kinds.map((kind) => kind.id);
  const $defs: Node = {};
  for (const kind of kinds) {
    const { $schema: _dialect, ...schema } = kindJsonSchema(kind);
    $defs[kind.id] = rebase(schema, `#/$defs/${escapePointer(kind.id)}`);
  }
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'plan',
    description: t('schema.anyPlan'),
    type: 'object',
    required: ['kind'],
    properties: {
      kind: { description: t('schema.kind', { kinds: formatList(lang, ids, 'or') }), enum: ids, errorMessage: t('schema.oneOf', { field: 'kind', values: formatList(lang, ids.map((id) => `"${id}"`), 'or') }) },
    },
    allOf: kinds.map((kind) => ({
      if: { properties: { kind: { const: kind.id } }, required: ['kind'] },
      then: { $ref: `#/$defs/${escapePointer(kind.id)}` },
    })),
    $defs,
  };
}

/**
 * The schema of `.planrc.yaml`, with the rule ids the run's kinds can report as the keys `rules`
 * allows, so that an editor completes them and marks a misspelt one as the command does.
 */
export function configJsonSchema(ruleIds: readonly string[], lang: Lang): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema(), { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Node;
  const { $schema: _dialect, ...rest } = generated;
  const schema: Node = { $schema: JSON_SCHEMA_DIALECT, ...rest, title: '.planrc.yaml', description: createTranslator(lang, messages)('schema.config') };
  const rules = (schema.properties as Record<string, Node> | undefined)?.rules;
  if (rules) rules.propertyNames = { enum: [...ruleIds] };
  return schema;
}

/**
 * What editors need beyond zod's output: an optional field is `anyOf: [field, null]`, and
 * yaml-language-server's hover shows the description at the property's own level, so the field's
 * title and description are lifted there; a value that does not fit gets a message in the kind's
 * language (`errorMessage`, and `patternErrorMessage` where a pattern would otherwise be shown as a
 * raw regular expression).
 */
function forEditors(node: unknown, t: Translate, lang: Lang): void {
  if (Array.isArray(node)) {
    for (const item of node) forEditors(item, t, lang);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Node;
  for (const value of Object.values(schema)) forEditors(value, t, lang);
  if (Array.isArray(schema.anyOf)) {
    const described = (schema.anyOf as Node[]).filter((branch) => branch.title !== undefined || branch.description !== undefined);
    if (described.length === 1) {
      if (schema.title === undefined && described[0]!.title !== undefined) schema.title = described[0]!.title;
      if (schema.description === undefined && described[0]!.description !== undefined) schema.description = described[0]!.description;
    }
  }
  const field = typeof schema.title === 'string' ? schema.title : undefined;
  if (field === undefined || schema.properties !== undefined) return;
  // An object's own message would replace the editor's "property not allowed" and "missing property", which say more.
  if (typeof schema.pattern === 'string' || schema.format === 'email') {
    schema.patternErrorMessage = schema.format === 'email' ? `${field}: ${t('field.emailHint')}` : t('schema.expected', { field, expected: t('schema.type.string') });
  }
  if (Array.isArray(schema.enum)) {
    schema.errorMessage = t('schema.oneOf', { field, values: formatList(lang, (schema.enum as unknown[]).map((value) => JSON.stringify(value)), 'or') });
  } else if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as JsonType[];
    schema.errorMessage = t('schema.expected', { field, expected: formatList(lang, types.map((type) => t(`schema.type.${type}`)), 'or') });
  }
}

/** A kind's schema moved under $defs: its own references ("#/$defs/x") made to point where it now is. */
function rebase(node: unknown, base: string): Node {
  const text = JSON.stringify(node).replace(/"\$ref":"#(\/[^"]*)?"/g, (_whole, rest: string | undefined) => `"$ref":${JSON.stringify(base + (rest ?? ''))}`);
  return JSON.parse(text) as Node;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
