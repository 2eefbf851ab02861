import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The picture files a plan names (a logo, a picture in a Markdown field), read as safely as the plan
 * itself: only a regular file, under a size limit checked before reading, inside the plan's folder
 * tree or a folder the configuration allows, and read with a bound. `validate` and `render` share
 * this, so a picture validate accepts is one render can embed, and one it refuses is refused at
 * the field's line rather than when the document is made.
 */

/** Larger than any logo or photo a form needs; a larger file is a mistake, not a picture. */
export const PICTURE_LIMIT = 10 * 1024 * 1024;

export interface PictureAccess {
  /** The folder a relative path is read from (the plan's). Pictures must be inside it or below. */
  base: string;
  /** Other folders pictures may come from (`pictureFolders` in .planrc.yaml), absolute. */
  folders?: readonly string[];
  /** Told every picture path looked at, absolute, found or not: what `plan validate --cache` must watch. */
  onRead?: (path: string) => void;
}

export type PictureProblem =
  | { code: 'missing' }
  | { code: 'not-file' }
  | { code: 'outside' }
  | { code: 'too-large'; size: number }
  | { code: 'not-image' }
  | { code: 'unreadable'; reason: string };

export interface Picture {
  type: 'png' | 'jpg';
  /** Its size in pixels and its bytes, when the whole file was read. */
  width?: number;
  height?: number;
  data?: Buffer;
}

export type PictureRead = { ok: true; picture: Picture } | { ok: false; problem: PictureProblem };

/**
 * A picture's file, checked (and with `whole`, read). A FIFO, a device or a folder is refused from
 * its stat, before it is opened, so that nothing waits on a pipe or reads /dev/zero; the file is then
 * opened without blocking and checked again through its descriptor, in case it was swapped between.
 */
export function readPicture(path: string, access: PictureAccess, whole: boolean): PictureRead {
  const fail = (problem: PictureProblem): PictureRead => ({ ok: false, problem });
  let real: string;
  access.onRead?.(resolve(access.base, path));
  try {
    real = realpathSync.native(resolve(access.base, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' || code === 'ENOTDIR' ? { code: 'missing' } : { code: 'unreadable', reason: code ?? String(error) });
  }
  if (![access.base, ...(access.folders ?? [])].some((folder) => within(real, folder))) return fail({ code: 'outside' });
  try {
    const before = statSync(real, { bigint: true });
    if (!before.isFile()) return fail({ code: 'not-file' });
    if (before.size > BigInt(PICTURE_LIMIT)) return fail({ code: 'too-large', size: Number(before.size) });
    const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return fail({ code: 'not-file' });
      if (stat.size > PICTURE_LIMIT) return fail({ code: 'too-large', size: stat.size });
      const wanted = whole ? stat.size : Math.min(stat.size, 16);
      const data = Buffer.alloc(wanted);
      let filled = 0;
      while (filled < wanted) {
        const read = readSync(fd, data, filled, wanted - filled, filled);
        if (read === 0) break;
        filled += read;
      }
      const bytes = data.subarray(0, filled);
      if (!whole) {
        const type = imageType(bytes);
        return type ? { ok: true, picture: { type } } : fail({ code: 'not-image' });
      }
      const size = imageSize(bytes);
      return size ? { ok: true, picture: { ...size, data: bytes } } : fail({ code: 'not-image' });
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return fail({ code: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

function within(path: string, folder: string): boolean {
  let realFolder: string;
  try {
    realFolder = realpathSync.native(folder);
  } catch {
    return false;
  }
  const rel = relative(realFolder, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

function imageType(head: Buffer): 'png' | 'jpg' | undefined {
  if (head.length >= 8 && head.readUInt32BE(0) === 0x89504e47 && head.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  return undefined;
}

/** Only PNG and JPEG are embedded, so that a path in a plan can never put another file's bytes in the document. */
function imageSize(data: Buffer): { type: 'png' | 'jpg'; width: number; height: number } | undefined {
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47) return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < data.length) {
      if (data[offset] !== 0xff) return undefined;
      const marker = data[offset + 1]!;
      const length = data.readUInt16BE(offset + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'jpg', height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}

/**
 * What a Markdown picture's address names: a file (its path decoded), a picture on the web (never
 * fetched: a document made offline cannot depend on one), or nothing readable (another scheme or a
 * bad escape, which field/unsafe-link reports).
 */
export function pictureAddress(href: string): { file: string } | { web: true } | undefined {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme && scheme.length > 1) return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? { web: true } : undefined;
  try {
    return { file: decodeURI(href) };
  } catch {
    return undefined;
  }
}
