import { randomBytes } from 'node:crypto';
import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export type WriteProblem = { code: 'sameAsInput' } | { code: 'noFolder'; folder: string } | { code: 'cannotWrite'; reason: string };

export class WriteError extends Error {
  constructor(readonly problem: WriteProblem) {
    super(problem.code);
  }
}

/**
 * Writes the whole file or nothing: the data goes to a temporary file beside the target, which is
 * renamed over it only once complete, so an interrupted or failed write never leaves half a file.
 * The plan a document is rendered from is never overwritten.
 */
export async function writeOutput(path: string, data: string | Uint8Array, inputs: readonly string[] = []): Promise<void> {
  const target = resolve(path);
  for (const input of inputs) if ((await canonical(input)) === (await canonical(target))) throw new WriteError({ code: 'sameAsInput' });
  const folder = dirname(target);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new WriteError({ code: 'noFolder', folder: dirname(path) || '.' });
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new WriteError({ code: 'cannotWrite', reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    // Not there yet: the folder may still be a symlink to the input's.
    try {
      return join(await realpath(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}
