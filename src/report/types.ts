import type { RuleInfo } from './catalog.js';
import { countBySeverity, type Diagnostic } from '../core/diagnostic.js';
import type { Lang } from '../i18n/index.js';

/** What every output format is given: the files checked, each with its problems. */
export interface ValidationReport {
  files: FileReport[];
  /** The language of the report's own words (summary lines); each message is already in its file's. */
  lang: Lang;
  /**
   * YAML files found below a folder or by a glob that were skipped as not plans: the stylish
   * summary says how many, so that a plan whose `kind:` was lost is not silently passed over.
   */
  skipped?: number;
}

export interface FileReport {
  /** The path as the user named it (or as found below a folder they named). */
  file: string;
  kind?: string;
  diagnostics: Diagnostic[];
  /** The file's text, for code frames; absent when it could not be read as text. */
  text?: string;
  /** The language its messages are in, so that a report's own words on their lines can be too. */
  lang?: Lang;
}

export interface FormatOptions {
  color: boolean;
  /**
   * The folder that paths in machine-readable reports (SARIF, GitHub annotations) are relative to:
   * the repository's root. Default: the current folder.
   */
  root?: string;
  /** The folder the report's file paths are relative to, where plan ran. Default: the current folder. */
  cwd?: string;
  /** Every rule the plans' kinds can report, for reports that list them (SARIF); the package's own by default. */
  catalog?: () => readonly RuleInfo[];
}

export type Formatter = (report: ValidationReport, options: FormatOptions) => string;

export function summarise(report: ValidationReport): { files: number; errors: number; warnings: number; filesWithErrors: number } {
  let errors = 0;
  let warnings = 0;
  let filesWithErrors = 0;
  for (const file of report.files) {
    const counts = countBySeverity(file.diagnostics);
    errors += counts.errors;
    warnings += counts.warnings;
    if (counts.errors > 0) filesWithErrors++;
  }
  return { files: report.files.length, errors, warnings, filesWithErrors };
}
