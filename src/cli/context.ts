import type { Io } from './io.js';

/**
 * What every command is handed. Apart from main.ts, which loads the commands, so that a command
 * never imports the module that imports it.
 */

/** Exit codes, as ESLint's: the plans are fine, the plans have errors, the command could not run. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

export interface CommandContext {
  io: Io;
  /** The worst outcome so far; commands raise it, never lower it. */
  exit(code: number): void;
}
