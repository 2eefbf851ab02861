import { combine } from '../../core/figures.js';

/**
 * Arithmetic over a row's or an item's own fields, as a kind file writes it: `actual - budget`,
 * `probability * consequence`, `(a + b) / 2`. Names are sibling keys; numbers are literals. Kept
 * to + − × ÷ and parentheses so that a coordinator can read every formula in a kind file. A name
 * with dots reaches into a sibling group (`final.value - baseline.value`).
 */
export type Expression =
  | { op: 'number'; value: number }
  | { op: 'name'; name: string }
  | { op: '+' | '-' | '*' | '/'; left: Expression; right: Expression }
  | { op: 'negate'; operand: Expression };

export class ExpressionError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

// A name may reach into a sibling group: `final.value`.
const TOKEN = /\s*(?:(\d+(?:[.,]\d+)?)|([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)|(.))/y;

export function parseExpression(source: string): Expression {
  const tokens: { text: string; kind: 'number' | 'name' | 'symbol'; offset: number }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const offset = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) break;
    if (match[1]) tokens.push({ text: match[1].replace(',', '.'), kind: 'number', offset });
    else if (match[2]) tokens.push({ text: match[2], kind: 'name', offset });
    else if (match[3]) tokens.push({ text: match[3], kind: 'symbol', offset: offset + match[0].length - 1 });
  }
  let position = 0;
  const peek = () => tokens[position];
  const fail = (what: string): never => {
    throw new ExpressionError(what, peek()?.offset ?? source.length);
  };
  const primary = (): Expression => {
    const token = peek();
    if (!token) return fail('the formula ends where a name or a number is expected');
    position++;
    if (token.kind === 'number') return { op: 'number', value: Number(token.text) };
    if (token.kind === 'name') return { op: 'name', name: token.text };
    if (token.text === '(') {
      const inner = sum();
      if (peek()?.text !== ')') fail('a "(" is not closed');
      position++;
      return inner;
    }
    if (token.text === '-' || token.text === '−') return { op: 'negate', operand: primary() };
    return fail(`"${token.text}" cannot stand here; a formula uses names, numbers, + - * / and parentheses`);
  };
  const product = (): Expression => {
    let left = primary();
    for (let token = peek(); token && (token.text === '*' || token.text === '/' || token.text === '×'); token = peek()) {
      position++;
      left = { op: token.text === '/' ? '/' : '*', left, right: primary() };
    }
    return left;
  };
  const sum = (): Expression => {
    let left = product();
    for (let token = peek(); token && (token.text === '+' || token.text === '-' || token.text === '−'); token = peek()) {
      position++;
      left = { op: token.text === '+' ? '+' : '-', left, right: product() };
    }
    return left;
  };
  const result = sum();
  if (position < tokens.length) fail(`"${peek()!.text}" is not expected here`);
  return result;
}

export function namesIn(expression: Expression): string[] {
  switch (expression.op) {
    case 'number':
      return [];
    case 'name':
      return [expression.name];
    case 'negate':
      return namesIn(expression.operand);
    default:
      return [...namesIn(expression.left), ...namesIn(expression.right)];
  }
}

/** The value, or undefined when a name it uses has no number (an empty cell is not a zero to multiply by). */
export function evaluate(expression: Expression, values: (name: string) => number | null | undefined): number | undefined {
  switch (expression.op) {
    case 'number':
      return expression.value;
    case 'name': {
      const value = values(expression.name);
      return typeof value === 'number' ? value : undefined;
    }
    case 'negate': {
      const value = evaluate(expression.operand, values);
      return value === undefined ? undefined : -value;
    }
    default: {
      const left = evaluate(expression.left, values);
      const right = evaluate(expression.right, values);
      if (left === undefined || right === undefined) return undefined;
      // Exact to the finest decimal given, so that 17,7 − 16,6 is 1,1 and not 1,0999999.
      if (expression.op === '+') return combine([{ value: left, sign: 1 }, { value: right, sign: 1 }]);
      if (expression.op === '-') return combine([{ value: left, sign: 1 }, { value: right, sign: -1 }]);
      if (expression.op === '*') return left * right;
      return right === 0 ? undefined : left / right;
    }
  }
}

/**
 * The weights of a formula that only adds and subtracts columns (with constant factors), as budget
 * tables print them; undefined for one that multiplies columns together.
 */
export function linearWeights(expression: Expression, columns: readonly string[]): number[] | undefined {
  const at = (probe: number[]) => evaluate(expression, (name) => probe[columns.indexOf(name)] ?? undefined);
  const zero = columns.map(() => 0);
  if (at(zero) !== 0) return undefined;
  const weights = columns.map((_, i) => at(columns.map((__, j) => (i === j ? 1 : 0))) ?? NaN);
  if (weights.some(Number.isNaN)) return undefined;
  // A product of two columns is 0 on every unit vector; a second probe with all ones tells it apart.
  const ones = at(columns.map(() => 3));
  return ones === weights.reduce((sum, w) => sum + 3 * w, 0) ? weights : undefined;
}
