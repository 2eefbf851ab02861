import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { createTranslator, type Lang, type Translate } from '../i18n/index.js';
import type { Document } from 'yaml';
import { ruleCatalog } from '../report/catalog.js';
import type { KindRegistry } from '../kinds/registry.js';
import { applyDisableComments } from './inline.js';
import { configMessages } from './messages.js';
import type { RuleSetting } from './schema.js';

export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** A configuration's severities: `off` drops a rule's problems, `warning` and `error` set their severity. */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], rules: RuleSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = Object.prototype.hasOwnProperty.call(rules, d.ruleId) ? rules[d.ruleId] : undefined;
    if (setting === 'off') continue;
    out.push(setting && setting !== d.severity ? { ...d, severity: setting } : d);
  }
  return out;
}

export interface Settled {
  file: string;
  lang: Lang;
  diagnostics: readonly Diagnostic[];
  text?: string;
  source?: { readonly doc: Document.Parsed; commentLines?: readonly number[] };
}

/**
 * The problems a user sees for a checked file: its configuration's severities, then its
 * `# plan-disable-next-line` comments, whose own warnings the configuration governs too.
 * Rules stay pure: none of them knows about configuration.
 */
export function settle(result: Settled, rules: RuleSettings = {}, kinds?: KindRegistry): Diagnostic[] {
  let diagnostics = applyRuleSettings(result.diagnostics, rules);
  if (result.text !== undefined) {
    let translate: Translate | undefined;
    diagnostics = applyDisableComments(diagnostics, {
      file: result.file,
      text: result.text,
      ...(result.source ? { source: result.source } : {}),
      // The repository's own kinds' rules may be disabled in place as the package's can.
      ruleIds: () => ruleCatalog(kinds).map((rule) => rule.id),
      // Made when a comment has something to say: most files have no directive.
      t: (id, params) => (translate ??= createTranslator(result.lang, configMessages))(id, params),
    });
    diagnostics = applyRuleSettings(diagnostics, rules);
  }
  return diagnostics.sort(compareDiagnostics);
}
