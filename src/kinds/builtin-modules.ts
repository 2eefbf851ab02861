import type { Messages } from '../i18n/index.js';
import type { KeyFigures, Rule, SummaryContext } from './define.js';
import { handlingsplanModule } from './handlingsplan/rules.js';

/**
 * A kind's rules module: what no library rule can say, in the library's rule shape. A project
 * office writes one as JavaScript beside its kind file (`module: rules.js`); the package's own
 * kinds name theirs as `module: plan:<name>`, compiled with the rest of plan and listed here.
 */
export interface KindModule {
  rules: readonly Rule<any>[];
  /** Texts the rules say, by message id, in every language. */
  messages?: Messages;
  /** The kind's key figures for `plan summary`, where the kind file's `summary:` is not enough. */
  summary?: (plan: any, context: SummaryContext) => KeyFigures;
}

export const BUILTIN_MODULES: Readonly<Record<string, () => KindModule>> = {
  handlingsplan: () => handlingsplanModule,
};
