import { nodeCrypto } from '../core/hash.js';
import { promises as fs } from 'node:fs';
import type { Translate } from '../i18n/index.js';
import { basename, dirname, join, resolve } from 'node:path';
import { makeFolders } from '../core/make-folders.js';

export type WriteProblem = { code: 'sameAsInput' } | { code: 'exists' } | { code: 'isFolder' } | { code: 'noFolder'; folder: string } | { code: 'cannotWrite'; reason: string };

export class WriteError extends Error {
  constructor(readonly problem: WriteProblem) {
    super(problem.code);
  }

  /** The problem in the user's language, naming the file that was to be written. */
  describe(path: string, t: Translate): string {
    const { problem } = this;
    switch (problem.code) {
      case 'sameAsInput':
        return t('render.sameAsInput', { path });
      case 'exists':
        return t('output.exists', { path });
      case 'isFolder':
        return t('output.isFolder', { path });
      case 'noFolder':
        return t('render.noFolder', { folder: problem.folder });
      case 'cannotWrite':
        return t('render.cannotWrite', { path, reason: problem.reason });
    }
  }
}

export interface WriteOptions {
  /** Files that must never be written over (the plan a document is made from). */
  inputs?: readonly string[];
  /** False to refuse a target that exists already, without a moment in which it could be lost. */
  overwrite?: boolean;
}

/**
 * Writes the whole file or nothing: the data goes to a temporary file beside the target, which is
 * renamed over it only once complete, so an interrupted or failed write never leaves half a file.
 * The plan a document is rendered from is never overwritten.
 */
export async function writeOutput(path: string, data: string | Uint8Array, { inputs = [], overwrite = true }: WriteOptions = {}): Promise<void> {
  const target = resolve(path);
  for (const input of inputs) if ((await canonical(input)) === (await canonical(target))) throw new WriteError({ code: 'sameAsInput' });
  // A folder named as the output file: say so, rather than pass on the system's EISDIR.
  if ((await fs.stat(target).catch(() => undefined))?.isDirectory()) throw new WriteError({ code: 'isFolder' });
  const folder = dirname(target);
  const info = await fs.stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new WriteError({ code: 'noFolder', folder: dirname(path) || '.' });
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx' });
    // link() fails where the target exists, so a file that appeared meanwhile is still not replaced.
    if (overwrite) await fs.rename(temporary, target);
    else await fs.link(temporary, target).finally(() => fs.rm(temporary, { force: true }));
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteError({ code: 'exists' });
    throw new WriteError({ code: 'cannotWrite', reason: code ?? String(error) });
  }
}

async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await fs.realpath(absolute);
  } catch {
    // Not there yet: the folder may still be a symlink to the input's.
    try {
      return join(await fs.realpath(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** An --out-dir is created when missing, as a user naming a folder for outputs expects; the problem if it cannot be. */
export async function createOutDir(folder: string, t: Translate): Promise<string | undefined> {
  try {
    makeFolders(folder);
    return undefined;
  } catch (error) {
    return new WriteError({ code: 'cannotWrite', reason: (error as NodeJS.ErrnoException).code ?? String(error) }).describe(folder, t);
  }
}
