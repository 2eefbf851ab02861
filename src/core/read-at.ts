import { readSync } from 'node:fs';

/**
 * Fills `into` from the open file at `position`, or as much of it as the file has (a file that
 * shrank since it was measured): the number of bytes read. One read may return fewer bytes than
 * asked for, so it reads until the buffer is full or the file ends.
 */
export function readAt(fd: number, into: Uint8Array, position = 0): number {
  let read = 0;
  while (read < into.length) {
    const got = readSync(fd, into, read, into.length - read, position + read);
    if (got === 0) break;
    read += got;
  }
  return read;
}
