/**
 * The names templates may call besides their fields: plan's helpers (src/render/helpers.ts) and
 * Handlebars' own. Kept apart from the helpers themselves so that checking a kind's templates does
 * not load Handlebars and the renderer; a test keeps the two lists the same.
 */
export const HELPER_NAMES: ReadonlySet<string> = new Set([
  'amount',
  'budgetTable',
  'budgetBalance',
  'date',
  'eq',
  'ne',
  'and',
  'or',
  'not',
  'join',
  'isList',
  'number',
  'someFilled',
  'add',
  'image',
  'filled',
  'link',
  'markdown',
]);

export const HANDLEBARS_BUILTINS: ReadonlySet<string> = new Set(['each', 'with', 'if', 'unless', 'lookup', 'log', 'this']);
