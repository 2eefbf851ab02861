import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { once } from '../core/once.js';
import { isLang, type Lang } from '../i18n/index.js';
import { MAX_FILE_BYTES } from '../core/source.js';

export interface Output {
  write(data: string | Uint8Array): unknown;
  isTTY?: boolean;
}

/** Where the CLI reads and writes, so that tests can run it in-process. */
export interface Io {
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  /** All of standard input, for `plan validate -`; absent where there is none. */
  stdin?: () => Promise<Uint8Array>;
  /** The folder relative paths are read from; the process's by default. */
  cwd?: string;
}

export function processIo(): Io {
  return { stdout: descriptorOutput(1, () => process.stdout), stderr: descriptorOutput(2, () => process.stderr), env: process.env, stdin: () => readAll(process.stdin) };
}

/**
 * Standard output or error, written to its file descriptor. Node's process.stdout is not made (but
 * on Windows, whose console takes text through it), because making it loads node's streams, net
 * and tty: 4 ms of a one-plan run, which writes one report. A write that has to wait (EAGAIN: a
 * descriptor another program left non-blocking, into a full pipe) waits, as the stream would.
 *
 * A reader that has read enough (`plan validate … | head`) closes the pipe; what is left to say
 * then has no one to hear it, so it is dropped quietly (EPIPE), and the command ends with the exit
 * code its plans give, as it would have without the reader leaving. Any other failure (a full disk,
 * a descriptor opened for reading: node opens a closed one on /dev/null as it starts) is thrown,
 * and main ends the command with its message.
 */
function descriptorOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream): Output {
  if (process.platform === 'win32') return closable(stream());
  let closed = false;
  return {
    write(data) {
      if (closed) return false;
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      let written = 0;
      let pause = 0;
      while (written < bytes.length) {
        try {
          written += writeSync(fd, bytes, written, bytes.length - written);
          pause = 0;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            pause = Math.min(pause * 2 || 1, MAX_PAUSE_MS);
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
            continue;
          }
          if (code !== 'EPIPE') throw new Error(`cannot write to standard ${fd === 1 ? 'output' : 'error'} (${(error as Error).message})`);
          closed = true;
          return false;
        }
      }
      return true;
    },
    get isTTY() {
      return isTerminal(fd);
    },
  };
}

/** The longest a write that has to wait sleeps before it tries again: a reader is seldom kept waiting longer. */
const MAX_PAUSE_MS = 20;

/** Only a character device can be a terminal: a file or a pipe is told without loading node:tty. */
function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && nodeTty().isatty(fd);
  } catch {
    return false;
  }
}

const nodeTty = once(() => createRequire(import.meta.url)('node:tty') as typeof import('node:tty'));

/** Windows's standard output or error, which a reader may close; see descriptorOutput. */
function closable(stream: NodeJS.WriteStream): Output {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw error;
  });
  return {
    write: (data) => (closed ? false : stream.write(data)),
    get isTTY() {
      return stream.isTTY;
    },
  };
}

/**
 * Standard input, read to one byte past the largest plan plan reads and no further: `plan validate -
 * < /dev/zero` must end, with the plan too large, not fill the memory.
 */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
    if (length > MAX_FILE_BYTES) break;
  }
  return Buffer.concat(chunks).subarray(0, MAX_FILE_BYTES + 1);
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR wins. */
export function useColor(output: Output, env: Io['env']): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(output.isTTY) && env.TERM !== 'dumb';
}

/** The language the user asked for: --lang, else PLAN_LANG for the whole shell. */
export function requestedLang(option: string | undefined, env: Io['env']): Lang | undefined {
  const value = option ?? env.PLAN_LANG;
  return isLang(value) ? value : undefined;
}

/** For the tool's own words when no plan says otherwise: the user's locale, or English. */
export function localeLang(env: Io['env']): Lang {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (locale.startsWith('sv')) return 'sv';
  if (/^(nb|nn|no)([_.-]|$)/.test(locale)) return 'nb';
  return 'en';
}
