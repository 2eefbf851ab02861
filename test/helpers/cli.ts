import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `plan` in-process, as a user would from a shell without a terminal (no colours). */
export async function runCli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const collect = (append: (text: string) => void) => ({ write: (data: string | Uint8Array) => append(typeof data === 'string' ? data : decoder.decode(data)) });
  const code = await main(args, {
    stdout: collect((text) => (stdout += text)),
    stderr: collect((text) => (stderr += text)),
    env: { NO_COLOR: '1', ...env },
  });
  return { code, stdout, stderr };
}
