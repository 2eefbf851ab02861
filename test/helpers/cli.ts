import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** What standard input holds; without it the command has none. */
  stdin?: string | Uint8Array;
  /** The folder the command runs in. */
  cwd?: string;
}

/** Runs `plan` in-process, as a user would from a shell without a terminal (no colours). */
export async function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const collect = (append: (text: string) => void) => ({ write: (data: string | Uint8Array) => append(typeof data === 'string' ? data : decoder.decode(data)) });
  const { stdin, cwd } = options;
  const code = await main(args, {
    stdout: collect((text) => (stdout += text)),
    stderr: collect((text) => (stderr += text)),
    env: { NO_COLOR: '1', ...env },
    ...(stdin !== undefined ? { stdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin) } : {}),
    ...(cwd !== undefined ? { cwd } : {}),
  });
  return { code, stdout, stderr };
}
