import { resolve } from 'node:path';
import { ConfigResolver, formatConfigProblems } from '../config/load.js';
import type { AnyKind } from '../kinds/define.js';
import { registryFor, type KindRegistry } from '../kinds/registry.js';
import { didYouMean } from '../core/suggest.js';
import { formatList, type Lang, type Translate } from '../i18n/index.js';
import type { Io } from './io.js';

/**
 * The kinds a command run in this folder knows: the package's own and those the `.planrc.yaml`
 * governing the folder (the current one by default) adds. A configuration or kind file with mistakes is shown, and undefined returned.
 */
export async function projectKinds(io: Io, lang: Lang, folder?: string): Promise<KindRegistry | undefined> {
  const cwd = resolve(io.cwd ?? process.cwd(), folder ?? '.');
  const configs = new ConfigResolver({ lang });
  const config = await configs.forFolder(cwd);
  if (configs.failures.length > 0) {
    for (const failure of configs.failures) for (const line of formatConfigProblems(failure, lang)) io.stderr.write(line + '\n');
    return undefined;
  }
  return registryFor(config?.kinds ?? [], lang);
}

/** The kind a user named on the command line, or a message saying which kinds there are. */
export function findKindOrExplain(id: string, t: Translate, io: Io, registry: KindRegistry): AnyKind | undefined {
  const kind = registry.get(id);
  if (kind) return kind;
  const problems = registry.problems.get(id);
  if (problems) {
    // The kind exists but its kind file has mistakes: those, where they are, not "unknown kind".
    for (const d of problems) io.stderr.write(`${d.file}:${d.line}:${d.column}: ${d.hint ? `${d.message} ${d.hint}` : d.message}\n`);
    return undefined;
  }
  const ids = registry.ids();
  const suggestion = didYouMean(id, ids);
  io.stderr.write(`${t('cli.unknownKind', { kind: id })}${suggestion ? `; ${t('schema.didYouMean', { suggestion })}` : ''}\n`);
  io.stderr.write(`${t('plan.kindsHint', { kinds: formatList('en', ids) })}\n`);
  return undefined;
}
