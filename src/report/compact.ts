import { Chalk } from 'chalk';
import { createTranslator } from '../i18n/index.js';
import { reportMessages } from './messages.js';
import { summaryLine } from './stylish.js';
import { escapeControls } from './terminal.js';
import type { Formatter } from './types.js';

/**
 * One line per problem, `file:line:column: severity: message hint (rule)`, as compilers print them:
 * what a pre-commit hook's output, an editor's problem matcher or grep wants, and what terminals and
 * editors turn into a link to the place.
 */
export const compact: Formatter = (report, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = createTranslator(report.lang, reportMessages);
  const out: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const severity = d.severity === 'error' ? c.red(t('error')) : c.yellow(t('warning'));
      const text = escapeControls(d.hint ? `${d.message} ${d.hint}` : d.message).replace(/\n/g, ' ');
      out.push(`${escapeControls(file.file)}:${d.line}:${d.column}: ${severity}: ${text} ${c.dim(`(${escapeControls(d.ruleId)})`)}`);
    }
  }
  out.push(summaryLine(report, c));
  return out.join('\n') + '\n';
};
