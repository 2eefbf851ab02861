import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { processIo, type Io } from './io.js';
import { registerValidate } from './validate.js';
import { registerRender } from './render.js';
import { registerKinds } from './kinds.js';
import { registerInit } from './init.js';
import { registerSchema } from './schema.js';
import { registerBudget } from './budget.js';

/** Exit codes, as ESLint's: the plans are fine, the plans have errors, the command could not run. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

export interface CommandContext {
  io: Io;
  /** The worst outcome so far; commands raise it, never lower it. */
  exit(code: number): void;
}

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const context: CommandContext = { io, exit: (code) => (exitCode = Math.max(exitCode, code)) };

  const program = new Command()
    .name('plan')
    .description('Validate YAML project plans and render them as the funder\'s form (Markdown and Word).')
    .version(version, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run "plan --help" for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  registerValidate(program, context);
  registerRender(program, context);
  registerKinds(program, context);
  registerInit(program, context);
  registerSchema(program, context);
  registerBudget(program, context);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.failure;
    }
    io.stderr.write(`plan: ${(error as Error).message ?? String(error)}\n`);
    return EXIT.failure;
  }
  return exitCode;
}
