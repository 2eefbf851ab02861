import type { z } from 'zod';
import { SCHEMA_PARSE } from '../core/parse-options.js';

/**
 * A kind's schema run over a plan the short way, for the plan that fits it (as nearly every plan
 * in a repository does): the answer is zod's own, or `undefined` when zod finds any problem, and
 * the caller then asks zod itself, whose issues are the ones reported. One walk over zod's
 * structure serves every kind, as check/lenient.ts does.
 *
 * zod's walk gives each field a result object of its own, a list for its issues and a pass through
 * its checks runner, and 1,000 plans spent a fifth of their check there. Here each schema becomes
 * a closure once, and the mappings, lists and wrappers (object, array, optional, nullable, union,
 * pipe, prefault) and the plain types (string, number, boolean, literal, enum) are run by it
 * directly, by the rules zod follows (schemas.js in zod/v4/core: `handlePropertyResult` for a
 * mapping's keys, the first option that passes for a union). Checks (a refinement, a list's least
 * length, a format) and transforms (amounts, dates) are zod's own functions, called as zod calls
 * them; anything else (records, lazy schemas, defaults, catch) is handed to zod's own `run`.
 * test/check/fast-schema.test.ts holds the two to the same answers over every plan of the tests.
 */
export function parseFast(schema: z.ZodType, data: unknown): { success: true; data: unknown } | undefined {
  const result = runnerOf(schema)(data, { ...SCHEMA_PARSE, async: false });
  return result === FAILED ? undefined : { success: true, data: result };
}

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

function runnerOf(schema: z.ZodType): Runner {
  let runner = runners.get(schema);
  if (!runner) {
    // Set before it is built, so that a schema met again inside itself finds its runner.
    runners.set(schema, (value, ctx) => runner!(value, ctx));
    const own = ownRunner(schema);
    runner = delegated.has(own) ? own : withChecks(schema, own);
    runners.set(schema, runner);
  }
  return runner;
}

/** zod runs a schema's checks after its own parse, and only when that found nothing; a format (email, an integer) is itself the first. */
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
      if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return FAILED;
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
      // An inner default fills in for a left-out value, and its failure means undefined: zod's handleOptionalResult.
      if (internals(inner).optin === 'defaulted') return byZod(schema);
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
      const first = runnerOf(def.in as z.ZodType);
      const then = runnerOf(def.out as z.ZodType);
      return (value, ctx) => {
        const left = first(value, ctx);
        return left === FAILED ? FAILED : then(left, ctx);
      };
    }
    case 'union': {
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
      if (!present && optionalOut && optin === 'optional') continue;
      const result = run(input[key], ctx);
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
    // An asynchronous schema is zod's to refuse, as its safeParse does.
    if (result instanceof Promise) return FAILED;
    return result.issues.length > 0 ? FAILED : result.value;
  };
  delegated.add(runner);
  return runner;
}
