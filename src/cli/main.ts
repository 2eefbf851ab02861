import { Command, CommanderError } from 'commander';
import { COMMAND_NAMES, type CommandName } from '../launch/commands.js';
import { manifest } from '../core/package.js';
import { processIo, type Io } from './io.js';
import { EXIT, type CommandContext } from './context.js';

export { EXIT, type CommandContext } from './context.js';



type Register = (program: Command, context: CommandContext) => void;

/**
 * Each command's module, loaded when it is needed: a `plan validate` in a pre-commit hook or CI
 * step should not wait for rendering's or the JSON Schema's modules to load.
 */
const COMMANDS: Readonly<Record<CommandName, () => Promise<Register>>> = {
  validate: async () => (await import('./validate.js')).registerValidate,
  render: async () => (await import('./render.js')).registerRender,
  kinds: async () => (await import('./kinds.js')).registerKinds,
  init: async () => (await import('./init.js')).registerInit,
  schema: async () => (await import('./schema.js')).registerSchema,
  budget: async () => (await import('./budget.js')).registerBudget,
  summary: async () => (await import('./summary.js')).registerSummary,
  fields: async () => (await import('./fields.js')).registerFields,
  kind: async () => (await import('./kind.js')).registerKind,
  lsp: async () => (await import('./lsp.js')).registerLsp,
};

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const context: CommandContext = { io, exit: (code) => (exitCode = Math.max(exitCode, code)) };

  const program = new Command()
    .name('plan')
    .description('Validate YAML project plans and render them as the funder\'s form (Markdown, Word and PDF).')
    .version(manifest().version, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run "plan --help" for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  // The command named (the first word that is not an option), or all of them for help and errors.
  const named = argv.find((arg) => !arg.startsWith('-'));
  const wanted = named !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, named) ? [named as CommandName] : COMMAND_NAMES;
  for (const register of await Promise.all(wanted.map((name) => COMMANDS[name]!()))) register(program, context);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.failure;
    }
    try {
      io.stderr.write(`plan: ${(error as Error).message ?? String(error)}\n`);
    } catch {
      // Standard error cannot be written either (both on a full disk): the exit code says it.
    }
    return EXIT.failure;
  }
  return exitCode;
}
