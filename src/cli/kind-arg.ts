import { findKind, kinds } from '../kinds/index.js';
import type { AnyKind } from '../kinds/define.js';
import { didYouMean } from '../core/suggest.js';
import { formatList, type Translate } from '../i18n/index.js';
import type { Io } from './io.js';

/** The kind a user named on the command line, or a message saying which kinds there are. */
export function findKindOrExplain(id: string, t: Translate, io: Io): AnyKind | undefined {
  const kind = findKind(id);
  if (kind) return kind;
  const ids = kinds.map((k) => k.id);
  const suggestion = didYouMean(id, ids);
  io.stderr.write(`${t('cli.unknownKind', { kind: id })}${suggestion ? `; ${t('schema.didYouMean', { suggestion })}` : ''}\n`);
  io.stderr.write(`${t('plan.kindsHint', { kinds: formatList('en', ids) })}\n`);
  return undefined;
}
