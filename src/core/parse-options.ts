/**
 * How plan has zod check data. zod's fast path compiles a function per object schema with
 * `new Function` on first use; that code is not in V8's code cache (src/launch/compile-cache.ts)
 * and starts cold in every process. A run checks each plan once, so up to thousands of plans the
 * compiling and warming cost more than the compiled path saved: 1,000 bench plans ran 8–10 % faster
 * without it, and a one-plan run compiles nothing it uses once. Results are the same either way
 * (zod's fast path is only a shortcut to what its walk finds).
 */
export const SCHEMA_PARSE = { jitless: true } as const;

/** The same, with each issue keeping the value it is about (for messages that quote it). */
export const SCHEMA_PARSE_WITH_INPUT = { jitless: true, reportInput: true } as const;
