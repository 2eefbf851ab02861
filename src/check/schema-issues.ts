import { z } from 'zod';
import { toPointer, type PathSegment } from '../core/diagnostic.js';
import { splitPeriodText } from '../core/dates.js';
import { formatAmount } from '../core/money.js';
import { closeCandidates, didYouMean } from '../core/suggest.js';
import { formatList, type Lang, type Translate } from '../i18n/index.js';
import { knownKeysAt, metaAt } from './schema-walk.js';
import type { RuleReport } from '../kinds/define.js';

export interface SchemaProblem extends RuleReport {
  ruleId: string;
  /** For an unknown key: the pointer of the key the user probably meant. */
  suggestion?: string;
}

type Issue = z.core.$ZodIssue;

/** Say what zod found in words a plan's author knows, at the key or value it is about. */
export function describeIssues(issues: readonly Issue[], schema: z.ZodType, lang: Lang, t: Translate): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of issues) problems.push(...describeIssue(issue, schema, lang, t));
  // "budjet" is both an unknown key and a missing "budget": the suggestion says it all.
  const suggested = new Set(problems.filter((p) => p.ruleId === 'schema/unknown-key' && p.suggestion).map((p) => p.suggestion));
  return problems.filter((p) => !(p.ruleId === 'schema/required' && suggested.has(p.pointer)));
}

function describeIssue(issue: Issue, schema: z.ZodType, lang: Lang, t: Translate): SchemaProblem[] {
  const path = issue.path as PathSegment[];
  const pointer = toPointer(path);
  const fieldName = () => {
    const title = metaAt(schema, path).title;
    const key = String(path[path.length - 1] ?? '');
    return title ? t('schema.fieldWithTitle', { key, title }) : t('schema.field', { key });
  };

  // A field that is not there at all is missing, whatever its own type error would say ("" is not an amount).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && 'input' in issue && issue.input === undefined) {
    const description = metaAt(schema, path).description;
    return [{ ruleId: 'schema/required', pointer, message: t('schema.required', { field: fieldName() }), ...(description ? { hint: description } : {}) }];
  }

  // Our own problems (amounts, empty text, kind rules in refinements) carry a message id.
  if (t(issue.message) !== issue.message) {
    const params = formatParams(((issue as { params?: Record<string, unknown> }).params ?? {}) as Record<string, unknown>);
    const input = 'input' in issue ? describeValue(issue.input) : '';
    const hintId = issue.message + 'Hint';
    const hint = t(hintId, { input, ...params });
    return [{ ruleId: ruleIdFor(issue.message), pointer, message: t(issue.message, { input, field: fieldName(), ...params }), ...(hint !== hintId ? { hint } : {}) }];
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      const present = issue.input && typeof issue.input === 'object' ? Object.keys(issue.input) : [];
      return issue.keys.map((key) => {
        const close = closeCandidates(key, known);
        const suggestion = close[0];
        const hint = suggestion ? t('schema.didYouMean', { suggestion }) : t('schema.knownKeys', { keys: formatList(lang, known.map((k) => `"${k}"`)) });
        return {
          ruleId: 'schema/unknown-key',
          pointer: toPointer([...path, key]),
          target: 'key' as const,
          message: t('schema.unknownKey', { key }),
          hint,
          ...(suggestion ? { suggestion: toPointer([...path, suggestion]), fix: { text: suggestion, safe: close.length === 1 && !present.includes(suggestion) } } : {}),
        };
      });
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        const description = metaAt(schema, path).description;
        return [{ ruleId: 'schema/required', pointer, message: t('schema.required', { field: fieldName() }), ...(description ? { hint: description } : {}) }];
      }
      // "name:" with nothing after it: the user left the field empty rather than gave the wrong thing.
      if (issue.input === null && issue.expected === 'string') return [{ ruleId: 'field/empty-text', pointer, message: t('field.emptyText', { field: fieldName() }) }];
      const period = issue.expected === 'object' ? periodInOneText(issue.input, schema, path, lang) : undefined;
      if (period) return [{ ruleId: 'schema/invalid-type', pointer, message: t('period.oneText', { field: fieldName() }), hint: t('period.oneTextHint', { key: String(path[path.length - 1] ?? 'period'), ...period }) }];
      if ((issue.input === null || (typeof issue.input === 'string' && issue.input.trim() === '')) && issue.expected === 'number') {
        return [{ ruleId: 'schema/invalid-type', pointer, message: t('field.emptyNumber', { field: fieldName() }) }];
      }
      return [{ ruleId: 'schema/invalid-type', pointer, message: t('schema.invalidType', { field: fieldName(), expected: typeName(issue.expected, t), found: typeName(valueType(issue.input), t) }) }];
    }
    case 'invalid_union': {
      if ('input' in issue && issue.input === undefined) return [{ ruleId: 'schema/required', pointer, message: t('schema.required', { field: fieldName() }) }];
      // A shape the value has (text, where text or a list is allowed) failed on what the value
      // says: that shape's problem is the one to tell, not that the value could have been a list.
      const fitting = issue.errors.filter((branch) => !rejectsType(branch));
      if (fitting.length === 0) {
        const expected = new Set<string>();
        collectExpected(issue.errors, expected, t);
        if (expected.size > 0) {
          return [{ ruleId: 'schema/invalid-type', pointer, message: t('schema.invalidType', { field: fieldName(), expected: formatList(lang, [...expected], 'or'), found: typeName(valueType(issue.input), t) }) }];
        }
      }
      // Of the shapes left, the one that got furthest into the value says the most.
      const deepest = [...(fitting.length > 0 ? fitting : issue.errors)].sort((a, b) => Math.max(0, ...b.map((i) => i.path.length)) - Math.max(0, ...a.map((i) => i.path.length)))[0] ?? [];
      return deepest.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] } as Issue, schema, lang, t));
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      const suggestion = typeof issue.input === 'string' ? didYouMean(issue.input, allowed) : undefined;
      const hint = suggestion ? t('schema.didYouMean', { suggestion }) : undefined;
      return [{ ruleId: 'schema/invalid-value', pointer, message: t('schema.invalidValue', { field: fieldName(), found: describeValue(issue.input), allowed: formatList(lang, allowed.map((v) => `"${v}"`), 'or') }), ...(hint ? { hint } : {}) }];
    }
    case 'invalid_format':
      return [{ ruleId: 'schema/invalid-format', pointer, message: t('schema.invalidFormat', { field: fieldName(), found: describeValue(issue.input), format: t('format.' + issue.format) }) }];
    case 'too_small':
      if (issue.origin === 'array') return [{ ruleId: 'schema/too-small', pointer, message: t(Number(issue.minimum) === 1 ? 'schema.tooFewItemsOne' : 'schema.tooFewItems', { field: fieldName(), minimum: Number(issue.minimum) }) }];
      if (issue.origin === 'string') return [{ ruleId: 'field/empty-text', pointer, message: t('field.emptyText', { field: fieldName() }) }];
      return [{ ruleId: 'schema/too-small', pointer, message: t('schema.tooSmall', { field: fieldName(), minimum: Number(issue.minimum) }) }];
    case 'too_big':
      if (issue.origin === 'array') return [{ ruleId: 'schema/too-big', pointer, message: t('schema.tooManyItems', { field: fieldName(), maximum: Number(issue.maximum) }) }];
      return [{ ruleId: 'schema/too-big', pointer, message: t('schema.tooBig', { field: fieldName(), maximum: Number(issue.maximum) }) }];
    default:
      return [{ ruleId: 'schema/invalid', pointer, message: t('schema.invalid', { field: fieldName(), detail: issue.message }) }];
  }
}

/** "2014-01-01 till 2014-12-31" where a period's start and end were wanted: the two dates read from it. */
function periodInOneText(input: unknown, schema: z.ZodType, path: PathSegment[], lang: Lang): { start: string; end: string } | undefined {
  if (typeof input !== 'string') return undefined;
  const keys = knownKeysAt(schema, path);
  return keys.includes('start') && keys.includes('end') ? splitPeriodText(input, lang) : undefined;
}

/** True when a union's branch refused the value for its type (a list where it wanted text), not its content. */
function rejectsType(branch: readonly Issue[]): boolean {
  return branch.some((inner) => inner.path.length === 0 && (inner.code === 'invalid_type' || (inner.code === 'invalid_union' && inner.errors.every(rejectsType))));
}

/** The types a union's branches wanted, looking into unions nested in it. */
function collectExpected(branches: readonly (readonly Issue[])[], into: Set<string>, t: Translate): void {
  for (const branch of branches) {
    for (const inner of branch) {
      if (inner.path.length !== 0) continue;
      if (inner.code === 'invalid_type') into.add(typeName(inner.expected, t));
      else if (inner.code === 'invalid_union') collectExpected(inner.errors, into, t);
    }
  }
}

/** "amount.fraction" → "schema/invalid-amount", "date.noSuchDay" → "schema/invalid-date"; a kind's own id "prosjektplan.x" keeps its group. */
export function ruleIdFor(messageId: string): string {
  const [group = 'schema', name = 'invalid'] = messageId.split('.');
  if (group === 'amount') return 'schema/invalid-amount';
  if (group === 'date') return 'schema/invalid-date';
  if (group === 'field') return 'field/' + name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
  return group + '/' + name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

function formatParams(params: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') out[key] = key === 'limit' || key === 'count' ? value : formatAmount(value);
    else if (typeof value === 'string') out[key] = value;
  }
  return out;
}

function valueType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeName(type: string, t: Translate): string {
  const id = 'type.' + type;
  const name = t(id);
  return name === id ? type : name;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? value.slice(0, 57) + '…' : value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return Array.isArray(value) ? '[…]' : '{…}';
  return String(value);
}
