import { z } from 'zod';
import { LANGS, type Lang } from '../../i18n/index.js';
import { limitSpec, type LimitSpec } from '../../fields/limits.js';
import { once } from '../../core/once.js';

/**
 * The kind file (`kind.yaml`): a funder's form as data. Strict everywhere, so that a misspelt key
 * is an error at its line with a suggestion, as in a plan. Its JSON Schema (schemas/kind.schema.json)
 * comes from this, so an editor completes and explains a kind file as it does a plan.
 * docs/kinds.md documents every key with an example.
 */

export const FIELD_TYPES = [
  'text',
  'markdown',
  'amount',
  'integer',
  'number',
  'percent',
  'date',
  'fuzzy-date',
  'date-cell',
  'period',
  'email',
  'phone',
  'url',
  'picture',
  'org-number',
  'choice',
  'yes-no',
  'list',
  'group',
  'contact',
  'person',
  'table',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * The kind file's schemas, made when a kind file is checked or its JSON Schema written: a run over
 * the package's own kinds, whose files the package's tests check, needs none of them, and making
 * them was 5 ms of every run.
 */
export const kindFileSchemas = once(() => {
  const localized = z
    .union([z.string(), z.strictObject({ sv: z.string().optional(), nb: z.string().optional(), en: z.string().optional() })])
    .meta({ description: 'A text in the document\'s language, or one per language: { sv: …, nb: …, en: … }.' });

  const country = z.enum(['SE', 'NO']).meta({ description: 'The country whose numbering is used: SE or NO (default: the kind\'s language, nb → NO, else SE).' });

  const choiceOption = z.union([z.string(), z.strictObject({ value: z.string(), label: localized.optional() })]);

  const column = z
    .strictObject({
      label: localized.optional(),
      help: localized.optional(),
      computed: z.string().optional().meta({ description: 'A formula over the row\'s other columns, e.g. "actual - budget". The tool works it out and checks a stated figure.' }),
      heading: localized.optional().meta({ description: 'The column\'s heading in the printed table, where the form heads it otherwise than its cells are named in messages (default: its label).' }),
      required: z.boolean().optional().meta({ description: 'Whether every row must have an amount in this column (default: false, an empty cell is allowed).' }),
    })
    .meta({ description: 'One amount column of a table.' });

  const fieldSpec: z.ZodType<FieldSpec> = z.lazy(() =>
    z
      .strictObject({
        type: z.enum(FIELD_TYPES).meta({ description: 'What the field holds: ' + FIELD_TYPES.join(', ') + '.' }),
        label: localized.optional().meta({ description: 'The field\'s name as the form prints it, e.g. "D.2 Rubrik för aktivitet".' }),
        help: localized.optional().meta({ description: 'What to write: the form\'s guidance. Shown as hover help, in `plan init` comments and in draft placeholders.' }),
        required: z.boolean().optional().meta({ description: 'Whether the plan must fill it in (default: true).' }),
        default: z.unknown().optional().meta({ description: 'The value a plan has when it leaves the field out.' }),
        starter: z.unknown().optional().meta({ description: 'The value `plan init` writes into a new plan.' }),
        maxLength: z.int().positive().optional().meta({ description: 'The most characters the form allows (spaces and line breaks count): the same as `limit: N`.' }),
        limit: limitSpec().optional(),
        min: z.number().optional().meta({ description: 'The smallest number allowed.' }),
        max: z.number().optional().meta({ description: 'The largest number allowed.' }),
        minMessage: z
          .string()
          .regex(/^[a-z][\w-]*\.[A-Za-z][\w.]*$/)
          .optional()
          .meta({ description: 'For a whole number or a number: the id of the message said when it is below `min`, from the kind\'s module (prosjektplan.monthsTooFew); the problem\'s rule id is the id\'s group and name (prosjektplan/months-too-few).' }),
        minItems: z.int().nonnegative().optional().meta({ description: 'For a list: the fewest entries allowed; for a table: the fewest rows.' }),
        single: z.boolean().optional().meta({ description: 'For a list: a plan may write one entry without the list (`date: Klart 1 maj 2008` for `date: [Klart 1 maj 2008]`); it is read as a list of one.' }),
        tooFew: z
          .strictObject({
            // The message id is made from the rule id and turned back into it by the checker, so not every id can round-trip.
            id: z.string().regex(/^(?!(?:amount|date)\/)[a-z][a-z0-9-]*\/[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/).meta({ description: 'The rule id the problem is reported with, e.g. handlingsplan/no-date.' }),
            message: localized.meta({ description: 'What the plan is told, e.g. "Write at least one date or status."' }),
          })
          .optional()
          .meta({ description: 'For a list: the rule id and message when it has fewer entries than it needs (default: schema/too-small and a general message).' }),
        shorthand: z
          .union([z.string(), z.strictObject({ field: z.string(), help: localized.optional().meta({ description: 'What to write, either way: the entry\'s hover help (default: the group\'s help).' }) })])
          .optional()
          .meta({ description: 'For a group, contact or person: the field a plan may write alone, without the group (`Enhetschef` for `{ role: Enhetschef }`), or { field, help }. It is read as the group. Rules given the group\'s path (reference, unique, used) compare this field and report at the entry.' }),
        or: fieldSpec.optional().meta({ description: 'Another kind of value the field may hold instead, e.g. an appendix number or a designation: { type: text }.' }),
        country: country.optional(),
        options: z.array(choiceOption).min(1).optional().meta({ description: 'For a choice: the values allowed.' }),
        items: fieldSpec.optional().meta({ description: 'For a list: what each entry is.' }),
        fields: z.record(z.string(), fieldSpec).optional().meta({ description: 'For a group, contact or person: its fields, by key; a contact or person that names its preset fields takes them in this order. For a period: its start and/or end (type date or fuzzy-date), to give them the form\'s own label and help, or required: false for an end the plan may leave out.' }),
        exactlyOne: z
          .strictObject({
            fields: z.array(z.string()).min(2).meta({ description: 'Keys of the group\'s own optional fields.' }),
            message: z.string().optional().meta({ description: 'The id of the message said otherwise, from the kind\'s module (default: field.exactlyOne, naming the fields).' }),
          })
          .optional()
          .meta({ description: 'For a group: exactly one of these fields is filled in (a frame per year or for the whole project, not both).' }),
        computed: z.string().optional().meta({ description: 'For a number in a group or list entry: a formula over its sibling fields, e.g. "probability * consequence"; a dotted name reaches into a sibling group, e.g. "final.value - baseline.value".' }),
        inPlan: z.boolean().optional().meta({ description: 'For a computed field: false when a plan never writes it. plan always works it out, for templates (a change printed as the tool computes it), and a plan that writes the key is told it is unknown (default: true).' }),
        lenient: z.boolean().optional().meta({ description: 'For a phone: true to keep any text as written and leave its checking to the rules phone-format and phone-complete, so that a number cut short can be a warning rather than an error. A number YAML has read as digits is still refused, with how to quote it.' }),
        orText: z
          .union([z.boolean(), z.strictObject({ help: localized.optional() })])
          .optional()
          .meta({ description: 'For a list: the plan may write it as one running text instead ("Haninge, Sollentuna och Södertälje"); { help: … } says what that text is. A template tells the two apart with (isList field).' }),
        atLeastOne: z
          .strictObject({
            id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).meta({ description: 'The rule id it is reported under, e.g. kompetensstegen/methods-empty.' }),
            message: localized.meta({ description: 'What the plan is told, e.g. "D.5 är tom: beskriv …".' }),
          })
          .optional()
          .meta({ description: 'For a group: at least one of its fields must be filled in. Checked as the plan is read, as a missing field is, so a plan without any of them is not checked further.' }),
        id: z.string().optional().meta({ description: 'For a table: the name messages and balances use for it, e.g. "D.7.1" (default: its label).' }),
        caption: localized.optional().meta({ description: 'For a table: the line printed above it.' }),
        rowLabel: z
          .strictObject({
            key: z.string(),
            label: localized.optional(),
            help: localized.optional(),
            heading: localized.optional().meta({ description: 'The heading printed over the row labels in `plan budget` and {{> budgetTable}} (default: the label; "" for none).' }),
          })
          .optional()
          .meta({ description: 'For a table: the key of each row\'s label, e.g. { key: costType, label: Kostnadstyp }.' }),
        row: z
          .strictObject({ label: localized.optional(), help: localized.optional() })
          .optional()
          .meta({ description: 'For a table: what one row is, for editors and `plan init`, e.g. { label: Kostnadsrad, help: … } (default: the table\'s label and help).' }),
        showEmpty: z.boolean().optional().meta({ description: 'For an optional table: the form prints it even when the plan leaves it out, so the budget, the summary and the template see it with no rows (default: false, left out).' }),
        rowFields: z.record(z.string(), fieldSpec).optional().meta({ description: 'For a table: other fields each row may have (a note, a follow-up column).' }),
        rowList: z
          .strictObject({ label: localized.optional(), help: localized.optional() })
          .optional()
          .meta({ description: 'For a table: what its list of rows, `rows:`, is called and what it is, e.g. { label: Kostnader, help: Kostnadsradene. } (default: the row label\'s name and the table\'s help).' }),
        columns: z
          .union([
            z.strictObject({
              from: z.string().meta({ description: 'The field that names the columns, e.g. budget.years. It must name at least one (budget/no-years) when it is required.' }),
              help: localized.optional().meta({ description: 'What a row\'s `amounts` list is (default: one amount per column).' }),
              cellHelp: localized.optional().meta({ description: 'What each amount in it is (default: the sum row\'s label).' }),
            }),
            z.record(z.string(), column),
          ])
          .optional()
          .meta({ description: 'For a table: its amount columns by key, or { from: <field> } for columns named by a list in the plan (each row then has `amounts: [...]`).' }),
        rows: z.array(z.string()).optional().meta({ description: 'For a table: the form\'s own rows, written into a new plan.' }),
        fixedRows: z.boolean().optional().meta({ description: 'For a table: true when a plan may not add rows of its own (default: false).' }),
        total: z
          .strictObject({
            label: localized.optional(),
            help: localized.optional().meta({ description: 'What the stated sum row is, for editors and `plan init` (default: its label).' }),
            stated: z.enum(['optional', 'required', 'never']).optional(),
            figure: z.boolean().optional().meta({ description: 'For a table with one amount column: the plan states its sum as one figure, `total: 550 000`, rather than under the column\'s key.' }),
          })
          .optional()
          .meta({ description: 'For a table: the sum row, e.g. { label: Summa kronor }. A sum the plan states is checked against its rows.' }),
      })
      .meta({ description: 'A field of the form.' }),
  );

  const ruleSpec = z
    .looseObject({
      use: z.string().meta({ description: 'The library rule: see docs/kinds.md#rules.' }),
      id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).optional().meta({ description: 'The rule id users configure it by (default: the library rule\'s own).' }),
      severity: z.enum(['error', 'warning']).optional(),
      description: z.string().optional().meta({ description: 'What the rule checks in this form, one sentence in English, for rule listings and SARIF (default: the library rule\'s own).' }),
      message: localized.optional().meta({ description: 'A message of the kind\'s own instead of the library\'s, with the same {placeholders}.' }),
      hint: localized.optional().meta({ description: 'A hint of the kind\'s own; an empty one leaves the library\'s hint out.' }),
      messages: z
        .record(z.string(), localized)
        .optional()
        .meta({ description: 'The kind\'s own wording for any of the library rule\'s messages, by message id (e.g. rule.answeredHintAfter), with the same {placeholders}; an empty text leaves a hint out. For rules that say different things in different cases, where one `message:` is not enough.' }),
      quote: z
        .record(z.string().regex(/^\w+$/), z.string())
        .optional()
        .meta({ description: 'More {placeholders} for the rule\'s own message and hint: a name for each field whose value is quoted, as the document prints it, e.g. { title: title }. A path through a list takes the entry the problem is at.' }),
    })
    .meta({ description: 'A rule from the library, with its parameters.' });

  const figure = z.strictObject({
    label: localized,
    value: z.string().optional().meta({ description: 'The field whose value is shown.' }),
    count: z.string().optional().meta({ description: 'The list whose entries are counted.' }),
    filled: z.array(z.string()).min(1).optional().meta({ description: 'Fields counted as "3 of 13" by how many are filled in (text with something in it, a list with an entry).' }),
  });

  const kindFileSchema = z
    .strictObject({
      $schema: z.string().optional(),
      id: z.string().regex(/^[a-z][a-z0-9-]*$/).meta({ description: 'The value of `kind:` in a plan; the kind\'s folder has the same name.' }),
      lang: z.enum(LANGS).meta({ description: 'The document\'s language: sv, nb or en.' }),
      title: z.string().meta({ description: 'The document\'s title as the form prints it.' }),
      description: z.string().meta({ description: 'One sentence saying what the document is, for `plan kinds`.' }),
      help: localized.optional().meta({ description: 'The document described in its own language, for editors\' hover help on the whole plan (default: description).' }),
      source: z.string().optional().meta({ description: 'Where the form comes from: the funder\'s guidance, with its address.' }),
      templates: z.partialRecord(z.enum(LANGS), z.string()).optional().meta({ description: 'The Handlebars template for each language, relative to the kind\'s folder (default: <lang>.md.hbs).' }),
      example: z.string().optional().meta({ description: 'The example plan, relative to the folder (default: example.yaml).' }),
      module: z.string().optional().meta({ description: 'A JavaScript module beside the kind file with rules no library rule expresses (see docs/kinds.md#module).' }),
      fields: z.record(z.string(), fieldSpec).meta({ description: 'The form\'s fields, in its order, by the key a plan writes.' }),
      rules: z.array(ruleSpec).optional().meta({ description: 'Checks between fields, taken from the rule library.' }),
      summary: z.array(figure).optional().meta({ description: 'The key figures `plan summary` shows.' }),
    })
    .meta({ title: 'plan kind file', description: 'A document kind for plan: its fields, tables, rules and templates.' });
  return { localized, fieldSpec, ruleSpec, kindFileSchema };
});

type KindFileSchemas = ReturnType<typeof kindFileSchemas>;
export type Localized = z.output<KindFileSchemas['localized']>;
export type RuleSpec = z.output<KindFileSchemas['ruleSpec']>;
export type KindFile = z.output<KindFileSchemas['kindFileSchema']>;

/** A text in the language asked for, else in the first language the kind gives it in. */
export function localize(text: Localized | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[lang] ?? text.sv ?? text.nb ?? text.en;
}

export interface FieldSpec {
  type: FieldType;
  label?: Localized;
  help?: Localized;
  required?: boolean;
  default?: unknown;
  starter?: unknown;
  maxLength?: number;
  limit?: LimitSpec;
  min?: number;
  max?: number;
  minMessage?: string;
  minItems?: number;
  single?: boolean;
  tooFew?: { id: string; message: Localized };
  shorthand?: string | { field: string; help?: Localized };
  or?: FieldSpec;
  country?: 'SE' | 'NO';
  options?: (string | { value: string; label?: Localized })[];
  items?: FieldSpec;
  fields?: Record<string, FieldSpec>;
  exactlyOne?: { fields: string[]; message?: string };
  computed?: string;
  inPlan?: boolean;
  lenient?: boolean;
  id?: string;
  caption?: Localized;
  rowLabel?: { key: string; label?: Localized; help?: Localized; heading?: Localized };
  rowFields?: Record<string, FieldSpec>;
  columns?: { from: string; help?: Localized; cellHelp?: Localized } | Record<string, ColumnSpec>;
  rows?: string[];
  fixedRows?: boolean;
  total?: { label?: Localized; help?: Localized; stated?: 'optional' | 'required' | 'never'; figure?: boolean };
  orText?: boolean | { help?: Localized };
  atLeastOne?: { id: string; message: Localized };
  row?: { label?: Localized; help?: Localized };
  rowList?: { label?: Localized; help?: Localized };
  showEmpty?: boolean;
}

export interface ColumnSpec {
  label?: Localized;
  help?: Localized;
  heading?: Localized;
  required?: boolean;
  computed?: string;
}

