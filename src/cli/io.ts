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
  return { stdout: closable(process.stdout), stderr: closable(process.stderr), env: process.env, stdin: () => readAll(process.stdin) };
}

/**
 * A reader that has read enough (`plan validate … | head`) closes the pipe; what is left to say
 * then has no one to hear it. Node reports that as an EPIPE error event, which unhandled prints
 * node's own stack trace: instead the rest is dropped quietly, and the command ends with the exit
 * code its plans give, as it would have without the reader leaving.
 */
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
