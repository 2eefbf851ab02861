import { compact } from './compact.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter, FormatOptions, ValidationReport } from './types.js';

/** Every output format; each is one module, and each is given the same report. */
export const formatters = { stylish, compact, json, sarif, junit, github, gitlab } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

export type { ValidationReport, FileReport, Formatter, FormatOptions } from './types.js';
export { ruleCatalog, findRule, type RuleInfo } from './catalog.js';

export function formatReport(report: ValidationReport, format: FormatName = 'stylish', options: FormatOptions = { color: false }): string {
  return formatters[format](report, options);
}
