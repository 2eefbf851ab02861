import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';

/** Standard input without end (a device, a pipe that never closes its writer's side) is read only so far. */
const BIN = join(ROOT, 'bin', 'plan.js');
const built = existsSync(join(ROOT, 'dist', 'bin', 'plan.cjs'));
// Some machines' /dev/zero is not the device it should be; the test needs the real one.
const zero = existsSync('/dev/zero') && statSync('/dev/zero').isCharacterDevice();
if (!built || !zero) console.warn(`stdin: skipped: ${built ? '/dev/zero is not a character device here' : 'dist/bin/ is not built; run npm run build'}`);

describe.runIf(built && zero)('plan validate - on endless standard input', () => {
  it('stops past the largest plan it reads, says the input is too large, and keeps memory bounded', () => {
    const input = openSync('/dev/zero', 'r');
    try {
      const run = spawnSync(process.execPath, ['--max-old-space-size=200', BIN, 'validate', '-', '--format', 'json', '--lang', 'en'], { stdio: [input, 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 });
      expect(run.signal).toBeNull();
      expect(run.status).toBe(1);
      const diagnostic = JSON.parse(run.stdout).files[0].diagnostics[0];
      expect(diagnostic).toMatchObject({ ruleId: 'file/too-large', line: 1, column: 1 });
      expect(diagnostic.message).toContain('more than 10.0 MB');
    } finally {
      closeSync(input);
    }
  });
});
