import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters = { stylish, json } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

export type { ValidationReport, FileReport, Formatter, FormatOptions } from './types.js';

export function formatReport(report: import('./types.js').ValidationReport, format: FormatName = 'stylish', options: import('./types.js').FormatOptions = { color: false }): string {
  return formatters[format](report, options);
}
