import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { constants as vmConstants, Script } from 'node:vm';
import { hash128, nodeCrypto, sum64, sum64Space } from '../core/hash.js';
import { once } from '../core/once.js';
import { readAt } from '../core/read-at.js';
import { COMMAND_NAMES } from './commands.js';

/**
 * V8's compiled code for the program's bundle (dist/bin/*.cjs), kept between runs. Compiling the
 * 1.2 MB core is about half of what a one-plan `plan validate` costs over node's own start-up, and
 * Node 20 keeps no compiled code for modules (module.enableCompileCache came in Node 22.1). So the
 * bundle is CommonJS, and each of its files is compiled here through node:vm with the code V8 made
 * for it last time.
 *
 * A cache is used only when it is certainly this code's: its name holds a hash of the file's
 * identity and times (see keyOf), node's version, the platform and node's options; its content
 * carries a sum of itself (see checksum), checked before V8 sees it; and V8 refuses code made by
 * another V8 or for another source. A cache that is missing, damaged or refused is made again when
 * the run ends and written whole (a temporary file, renamed), so a damaged one is never read twice
 * and two runs at once never mix their writes.
 */

interface InternalModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

/**
 * What a cache's bytes are checked by before V8 sees them (V8 checks no sum of a code cache): a
 * 64-bit sum (sum64, in WebAssembly: under a millisecond for the core's cache, where node:zlib's
 * CRC-32 cost 2–3 ms for loading node's streams), or SHA-256 where node runs without WebAssembly.
 * Each has a header of its own, so a cache written under the one is made again under the other,
 * never misread.
 */
const checksum = once((): { magic: Buffer; length: number; sum: (payload: Uint8Array) => Buffer; space: (length: number) => Uint8Array } => {
  if (sum64Space(0) !== undefined) {
    return {
      magic: Buffer.from('plan-v8-cache sum64\n'),
      length: 8,
      sum: (payload) => {
        const sum = Buffer.alloc(8);
        sum.writeBigUInt64BE(sum64(payload)!);
        return sum;
      },
      space: (length) => sum64Space(length)!,
    };
  }
  return {
    magic: Buffer.from('plan-v8-cache\n'),
    length: 32,
    sum: (payload) => nodeCrypto().createHash('sha256').update(payload).digest(),
    space: (length) => Buffer.allocUnsafe(length),
  };
});
/** A cache larger than this is not one plan wrote (the core's is about a megabyte): it is not read. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * A cache not used for this long is removed when another is written, so that old builds' caches do
 * not fill the disk; one in use is marked used (its time set) at most once a day.
 */
const UNUSED_MS = 7 * 24 * 60 * 60 * 1000;
const MARK_USED_MS = 24 * 60 * 60 * 1000;
/** Caches of other builds of the same file and command kept beside the one written. */
const OTHERS_KEPT = 2;

let installed = false;

/**
 * Compiles every .cjs file of `folder` loaded from now on with a cache. Nothing happens where
 * NODE_DISABLE_COMPILE_CACHE is set (Node's own switch), and where Node has its own compile cache it
 * is turned on instead, with Node's choice of folder (NODE_COMPILE_CACHE, or one in the temp folder).
 */
export function installCompileCache(folder: string, env: NodeJS.ProcessEnv = process.env, command: string = commandOf(process.argv.slice(2))): void {
  if (installed || env.NODE_DISABLE_COMPILE_CACHE) return;
  installed = true;
  const own = Module as unknown as { enableCompileCache?: () => unknown };
  if (typeof own.enableCompileCache === 'function') {
    own.enableCompileCache();
    return;
  }
  // NODE_COMPILE_CACHE names a folder for compile caches, made if need be, as Node makes it; TMPDIR is never made.
  const cacheFolder = env.NODE_COMPILE_CACHE
    ? ownedFolder(join(resolve(env.NODE_COMPILE_CACHE), 'plan-yaml'), true)
    : ownedFolder(join(tmpdir(), `plan-yaml-compile-cache-${process.getuid?.() ?? 'user'}`), false);
  if (!cacheFolder) return;
  const flags = `${process.execArgv.join(' ')}\0${env.NODE_OPTIONS ?? ''}`;
  const bundle = resolve(folder);
  const prototype = Module.prototype as unknown as InternalModule;
  const compile = prototype._compile;
  const made: { script: Script; file: string }[] = [];
  prototype._compile = function (this: InternalModule, content: string, filename: string) {
    if (!filename.endsWith('.cjs') || dirname(filename) !== bundle) return compile.call(this, content, filename);
    const key = keyOf(filename, flags);
    if (key === undefined) return compile.call(this, content, filename);
    const file = join(cacheFolder, `${basename(filename, '.cjs')}-${command}-${key}.v8`);
    const cachedData = readCache(file);
    const script = new Script(Module.wrap(content), {
      filename,
      ...(cachedData ? { cachedData } : {}),
      ...(vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
    });
    if (!cachedData || script.cachedDataRejected) made.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  // At the end of the run the code holds every function the run compiled, not only the top level.
  process.once('exit', () => {
    for (const { script, file } of made) writeCache(file, script.createCachedData());
  });
}

/**
 * The command a run's cache is kept for. A cache holds the functions the run that made it compiled,
 * so each command has its own: a first `plan --version` would otherwise leave every later
 * `plan validate` compiling the checker anew.
 */
function commandOf(args: readonly string[]): string {
  return args.find((arg) => (COMMAND_NAMES as readonly string[]).includes(arg)) ?? 'none';
}

/**
 * The cache folder, made if need be, when it is this user's alone: code from it is run. Only the
 * folder itself (and with `makeParent`, the folder it is in) is made, never a whole path: a missing
 * TMPDIR is not made, and under /proc Node 20's recursive mkdir never returns.
 */
function ownedFolder(folder: string, makeParent: boolean): string | undefined {
  try {
    if (makeParent && !makeFolder(dirname(folder))) return undefined;
    if (!statSync(dirname(folder)).isDirectory() || !makeFolder(folder)) return undefined;
    // Not followed if it is a link: another user could have made one to a folder of theirs.
    const stat = lstatSync(folder);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (process.platform !== 'win32' && (stat.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

/** Makes one folder, in a folder that is there: never a recursive mkdir. */
function makeFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { mode: 0o700 });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST';
  }
}

/**
 * Node's version, the platform and node's options (V8 refuses code made under other flags), and
 * the file itself: its device, inode, size and times. V8 checks only the source's length, so a
 * cache must never outlive a change to the file; any write to a file changes its change time
 * (ctime), which no user can set back, and a file put in its place is another inode. Hashing the
 * 1 MB text instead cost 2.5 ms of every run. Undefined when the file cannot be looked at.
 */
function keyOf(filename: string, flags: string): string | undefined {
  let stat;
  try {
    stat = statSync(filename, { bigint: true });
  } catch {
    return undefined;
  }
  const file = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  return hash128(`${process.version}\0${process.arch}\0${flags}\0${file}`);
}

/**
 * A cache's code, when its header and sum are sound: read straight into the memory it is summed
 * in, a megabyte not copied a second time.
 */
function readCache(file: string): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const { magic, length, sum, space } = checksum();
    const start = magic.length + length;
    const size = fstatSync(fd).size;
    if (size <= start || size > MAX_CACHE_BYTES) return undefined;
    const header = Buffer.alloc(start);
    if (readAt(fd, header, 0) !== start || !header.subarray(0, magic.length).equals(magic)) return undefined;
    const payload = space(size - start);
    if (readAt(fd, payload, start) !== payload.length || !sum(payload).equals(header.subarray(magic.length))) return undefined;
    markUsed(file);
    return payload;
  } catch {
    return undefined;
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was lost: the cache was read or is made again.
    }
  }
}

function markUsed(file: string): void {
  try {
    const now = Date.now();
    if (now - statSync(file).mtimeMs > MARK_USED_MS) utimesSync(file, now / 1000, now / 1000);
  } catch {
    // Removed meanwhile by another run: it is made again when this one ends.
  }
}

function writeCache(file: string, payload: Buffer): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const { magic, sum } = checksum();
    writeFileSync(temporary, Buffer.concat([magic, sum(payload), payload]), { mode: 0o600 });
    renameSync(temporary, file);
    removeStale(file);
  } catch {
    // A cache that cannot be written costs the next run its speed, nothing else.
    try {
      unlinkSync(temporary);
    } catch {
      // It was never made.
    }
  }
}

/**
 * Caches (and a stopped run's temporary files) not used for a week: other builds', other commands'
 * that no one runs; and of the same file and command, all but the newest few, so that rebuilding
 * plan many times a day does not fill the disk while two installed versions still keep theirs.
 */
function removeStale(file: string): void {
  const folder = dirname(file);
  const stem = basename(file).replace(/-[0-9a-f]{32}\.v8$/, '-');
  const now = Date.now();
  const same: { path: string; time: number }[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (path === file || !/\.(v8|tmp)$/.test(name)) continue;
    try {
      const time = statSync(path).mtimeMs;
      if (now - time > UNUSED_MS) unlinkSync(path);
      else if (name.startsWith(stem) && /^[0-9a-f]{32}\.v8$/.test(name.slice(stem.length))) same.push({ path, time });
    } catch {
      // Another run removed it first.
    }
  }
  for (const { path } of same.sort((a, b) => b.time - a.time).slice(OTHERS_KEPT)) {
    try {
      unlinkSync(path);
    } catch {
      // Another run removed it first.
    }
  }
}
