import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { readAt } from './read-at.js';
import { MAX_FILE_BYTES } from './source.js';

export type FileRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: 'unreadable'; code: string }
  | { ok: false; problem: 'notRegular' }
  | { ok: false; problem: 'tooLarge'; size: number; limit: number };

/**
 * A file's bytes, when it is a regular file of at most `limit` bytes. A pipe or a device named where
 * a file belongs would block or never end, so it is opened without blocking and judged by its
 * descriptor before anything is read; one larger than any plan is refused before it is read, so
 * memory stays bounded. Plans, configurations and .gitignore files are all read so.
 */
export function readRegularFile(path: string, limit: number = MAX_FILE_BYTES): FileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, problem: 'notRegular' };
    if (info.size > limit) return { ok: false, problem: 'tooLarge', size: info.size, limit };
    const bytes = Buffer.alloc(info.size);
    return { ok: true, bytes: bytes.subarray(0, readAt(fd, bytes)) };
  } catch (error) {
    return { ok: false, problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    closeSync(fd);
  }
}
