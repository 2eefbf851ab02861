import type { z } from 'zod';
import { SCHEMA_PARSE_WITH_INPUT } from '../core/parse-options.js';

/**
 * A kind's schema run over a plan the short way, for the plan that fits it (as nearly every plan
 * in a repository does): the answer is zod's data, or `undefined`, and then the caller asks zod
 * itself, whose issues are the ones reported. It answers `undefined` whenever zod finds any
 * problem, and also whenever it is not certain to answer as zod does: a check or transform that
 * is asynchronous or throws, a schema that contains itself (zod keeps shared and cyclic values
 * shared), or a kind of schema it does not know. One walk over zod's structure serves every kind,
 * as check/lenient.ts does.
 *
 * zod's walk gives each field a result object of its own, a list for its issues and a pass through
 * its checks runner, and 1,000 plans spent a fifth of their check there. Here each schema becomes
 * a closure once, and the mappings, lists and wrappers (object, array, optional, nullable, union,
 * pipe, prefault) and the plain types (string, number, boolean, literal, enum) are run by it
 * directly, by the rules zod follows (schemas.js in zod/v4/core: `handlePropertyResult` for a
 * mapping's keys, the first option that passes for a union). Checks (a refinement, a list's least
 * length, a format) are zod's own functions, and transforms (amounts, dates) and anything else
 * (records, lazy schemas, defaults, catch, codecs, exclusive unions, exact optionals) are zod's own
 * `run`, with the context zod's safeParse gives them. test/check/fast-schema.test.ts holds the two
 * to the same answers over every plan of the tests and over schemas of every kind it handles.
 */
export function parseFast(schema: z.ZodType, data: unknown): { success: true; data: unknown } | undefined {
  let runner = roots.get(schema);
  if (runner === undefined) roots.set(schema, (runner = rootRunner(schema)));
  if (runner === null) return undefined;
  try {
    const result = runner(data, { ...SCHEMA_PARSE_WITH_INPUT, async: false });
    return result === FAILED ? undefined : { success: true, data: result };
  } catch {
    // An asynchronous check, a throwing refinement, a value nested past the stack: zod's to answer, as it would.
    return undefined;
  }
}

/** A schema's runner, or null when the schema contains itself (or its shape cannot be read): zod then reads every plan of it. */
const roots = new WeakMap<z.ZodType, Runner | null>();

function rootRunner(schema: z.ZodType): Runner | null {
  try {
    return runnerOf(schema);
  } catch {
    return null;
  }
}

const RECURSIVE = new Error('a schema that contains itself');
/** Thrown where zod would throw, or answer otherwise than a runner could: the whole parse is then zod's. */
const ZODS_TO_ANSWER = new Error('zod answers this');

/** What a runner gives when zod would have found a problem. */
const FAILED: unique symbol = Symbol('failed');

type Context = Record<string, unknown>;
type Runner = (value: unknown, ctx: Context) => unknown;
type Payload = { value: unknown; issues: unknown[] };
type Internals = {
  def: { type: string; checks?: Check[]; [key: string]: unknown };
  traits: Set<string>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
  run: (payload: Payload, ctx: Context) => Payload | Promise<Payload>;
};
type Check = { _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown } };

const internals = (schema: z.ZodType): Internals => (schema as unknown as { _zod: Internals })._zod;

const runners = new WeakMap<z.ZodType, Runner>();

/** The schemas whose runners are being made: one met again is inside itself. */
const building = new Set<z.ZodType>();

function runnerOf(schema: z.ZodType): Runner {
  let runner = runners.get(schema);
  if (runner) return runner;
  if (building.has(schema)) throw RECURSIVE;
  building.add(schema);
  try {
    const own = ownRunner(schema);
    runner = delegated.has(own) ? own : withChecks(schema, own);
  } finally {
    building.delete(schema);
  }
  runners.set(schema, runner);
  return runner;
}

/** zod runs a schema's checks after its own parse; any problem of the parse or of a check fails the whole parse, so the runner stops at the first. A format (email, an integer) is itself the first check. */
function withChecks(schema: z.ZodType, parse: Runner): Runner {
  const zod = internals(schema);
  const checks = [...(zod.traits.has('$ZodCheck') ? [schema as unknown as Check] : []), ...(zod.def.checks ?? [])];
  if (checks.length === 0) return parse;
  return (value, ctx) => {
    const parsed = parse(value, ctx);
    if (parsed === FAILED) return FAILED;
    const payload: Payload = { value: parsed, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise) throw ZODS_TO_ANSWER;
      if (payload.issues.length > 0) return FAILED;
    }
    return payload.value;
  };
}

function ownRunner(schema: z.ZodType): Runner {
  const zod = internals(schema);
  const def = zod.def;
  switch (def.type) {
    case 'string':
      return def.coerce ? byZod(schema) : (value) => (typeof value === 'string' ? value : FAILED);
    case 'number':
      return def.coerce ? byZod(schema) : (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAILED);
    case 'boolean':
      return def.coerce ? byZod(schema) : (value) => (typeof value === 'boolean' ? value : FAILED);
    case 'literal':
    case 'enum': {
      const values = zod.values!;
      return (value) => (values.has(value) ? value : FAILED);
    }
    case 'unknown':
    case 'any':
      return (value) => value;
    case 'never':
      return () => FAILED;
    case 'optional': {
      const inner = def.innerType as z.ZodType;
      // An inner default fills in for a left-out value, and its failure means undefined (zod's
      // handleOptionalResult); an exact optional takes a left-out key but not an undefined value.
      if (internals(inner).optin === 'defaulted' || zod.traits.has('$ZodExactOptional')) return byZod(schema);
      const run = runnerOf(inner);
      return (value, ctx) => (value === undefined ? undefined : run(value, ctx));
    }
    case 'nullable': {
      const run = runnerOf(def.innerType as z.ZodType);
      return (value, ctx) => (value === null ? null : run(value, ctx));
    }
    case 'prefault': {
      const run = runnerOf(def.innerType as z.ZodType);
      // `defaultValue` is a getter that gives a fresh copy each time it is read.
      return (value, ctx) => run(value === undefined ? def.defaultValue : value, ctx);
    }
    case 'pipe': {
      // A codec's pipe transforms between its two ends.
      if (zod.traits.has('$ZodCodec')) return byZod(schema);
      const first = runnerOf(def.in as z.ZodType);
      const then = runnerOf(def.out as z.ZodType);
      return (value, ctx) => {
        const left = first(value, ctx);
        return left === FAILED ? FAILED : then(left, ctx);
      };
    }
    case 'union': {
      // An exclusive union (xor, discriminated) is not "the first option that passes".
      if (def.inclusive === false || zod.traits.has('$ZodDiscriminatedUnion') || zod.traits.has('$ZodXor')) return byZod(schema);
      const options = (def.options as z.ZodType[]).map(runnerOf);
      return (value, ctx) => {
        for (const option of options) {
          const result = option(value, ctx);
          if (result !== FAILED) return result;
        }
        return FAILED;
      };
    }
    case 'array': {
      const element = runnerOf(def.element as z.ZodType);
      return (value, ctx) => {
        if (!Array.isArray(value)) return FAILED;
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = element(value[i], ctx);
          if (item === FAILED) return FAILED;
          out[i] = item;
        }
        return out;
      };
    }
    case 'object':
      return objectRunner(schema);
    default:
      return byZod(schema);
  }
}

/** A mapping, as zod's $ZodObject reads it: the shape's keys in the shape's order, and what becomes of a key that is left out. */
function objectRunner(schema: z.ZodType): Runner {
  const def = internals(schema).def;
  const shape = def.shape as Record<string, z.ZodType>;
  const catchall = def.catchall as z.ZodType | undefined;
  const strict = catchall !== undefined && internals(catchall).def.type === 'never';
  // Symbol keys and a catchall that takes values are rare enough to leave to zod.
  if ((catchall !== undefined && !strict) || Object.getOwnPropertySymbols(shape).length > 0) return byZod(schema);
  const keys = Object.keys(shape).filter((key) => key !== '__proto__');
  const known = new Set(Object.keys(shape));
  const fields = keys.map((key) => {
    const field = internals(shape[key]!);
    return { key, run: runnerOf(shape[key]!), optin: field.optin, optionalOut: field.optout === 'optional' };
  });
  return (value, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAILED;
    const input = value as Record<string, unknown>;
    if (strict) for (const key in input) if (!known.has(key)) return FAILED;
    const out: Record<string, unknown> = {};
    for (const { key, run, optin, optionalOut } of fields) {
      const present = key in input;
      // zod reads a left-out key's schema too (its refinements run, and may throw) before it drops the result.
      const result = run(input[key], ctx);
      if (!present && optionalOut && optin === 'optional') continue;
      if (result === FAILED) {
        if (optin !== undefined && optionalOut && !present) continue;
        return FAILED;
      }
      if (!present && optin === undefined) return FAILED;
      if (result !== undefined) out[key] = result;
      else if (present || (optin === 'defaulted' && !optionalOut)) out[key] = undefined;
    }
    return out;
  };
}

/** Runners that are zod's own run, checks and all. */
const delegated = new WeakSet<Runner>();

/** zod's own run of the schema, for the kinds of schema read too seldom here to be worth their own runner. */
function byZod(schema: z.ZodType): Runner {
  const zod = internals(schema);
  const runner: Runner = (value, ctx) => {
    const result = zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) throw ZODS_TO_ANSWER;
    return result.issues.length > 0 ? FAILED : result.value;
  };
  delegated.add(runner);
  return runner;
}
