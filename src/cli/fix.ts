import { promises as fs } from 'node:fs';
import { createTranslator, type Lang, type Messages, type Translate } from '../i18n/index.js';
import type { ValidationReport } from '../report/types.js';
import { escapeControls } from '../report/terminal.js';
import { safeFixes } from '../validate/fix.js';
import type { Io } from './io.js';
import { writeOutput, WriteError } from './output.js';

const messages: Messages<'fix.renamed' | 'fix.removed' | 'fix.replaced'> = {
  en: {
    'fix.renamed': 'plan: fixed {file}:{line}:{column}: "{before}" renamed to "{after}" ({rule})',
    'fix.removed': 'plan: fixed {file}:{line}:{column}: removed "{before}" ({rule})',
    'fix.replaced': 'plan: fixed {file}:{line}:{column}: "{before}" replaced by "{after}" ({rule})',
  },
  sv: {
    'fix.renamed': 'plan: rättade {file}:{line}:{column}: "{before}" bytte namn till "{after}" ({rule})',
    'fix.removed': 'plan: rättade {file}:{line}:{column}: tog bort "{before}" ({rule})',
    'fix.replaced': 'plan: rättade {file}:{line}:{column}: "{before}" ersattes med "{after}" ({rule})',
  },
  nb: {
    'fix.renamed': 'plan: rettet {file}:{line}:{column}: "{before}" fikk nytt navn "{after}" ({rule})',
    'fix.removed': 'plan: rettet {file}:{line}:{column}: fjernet "{before}" ({rule})',
    'fix.replaced': 'plan: rettet {file}:{line}:{column}: "{before}" erstattet med "{after}" ({rule})',
  },
};

/**
 * `--fix`: writes each plan's safe fixes back to it, whole (temporary file, then rename, through a
 * symlink to the file it names), and says on standard error what changed, so that standard output
 * keeps only the report. True when a file was changed, so that the caller checks again.
 */
export async function writeFixes(report: ValidationReport, { io, cwd, t, skip }: { io: Io; cwd: string; t: Translate; skip: (file: string) => boolean }): Promise<boolean> {
  let changed = false;
  for (const plan of await safeFixes(report, cwd, skip)) {
    const lang: Lang = report.files.find((file) => file.file === plan.file)?.lang ?? report.lang;
    const say = createTranslator(lang, messages);
    try {
      await writeOutput(await fs.realpath(plan.absolute), plan.text);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr.write(error.describe(plan.file, t) + '\n');
      continue;
    }
    changed = true;
    for (const { diagnostic, before, after } of plan.applied) {
      const id = diagnostic.ruleId === 'schema/unknown-key' ? 'fix.renamed' : after === '' ? 'fix.removed' : 'fix.replaced';
      io.stderr.write(say(id, { file: escapeControls(plan.file), line: diagnostic.line, column: diagnostic.column, before: escapeControls(unquoted(before.trim())), after: escapeControls(unquoted(after)), rule: diagnostic.ruleId }) + '\n');
    }
  }
  return changed;
}

/** A key as the message quotes it: `"emial"` and `emial` alike, so that the quotes are not doubled. */
function unquoted(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
