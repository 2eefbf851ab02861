import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, examplePath, tempDir } from '../helpers/fixtures.js';

/**
 * Microsoft's SARIF Multitool, the validator GitHub code scanning's own rules come from, run with
 * GitHub's and SARIF's rule sets over a report with errors and warnings. It is a self-contained
 * program from the npm package @microsoft/sarif-multitool (over 100 MB), so it is not a dependency:
 * .ci/run installs it and names it in SARIF_MULTITOOL; without it this test says it skipped.
 */
const multitool = process.env.SARIF_MULTITOOL;
const available = multitool !== undefined && existsSync(multitool);
if (!available) console.warn('skipped: SARIF_MULTITOOL does not name the SARIF Multitool (npm install @microsoft/sarif-multitool; .ci/run does it)');

describe.skipIf(!available)('SARIF Multitool', { timeout: 120_000 }, () => {
  it('finds nothing to say, with GitHub\'s and SARIF\'s rules, about a report with errors and warnings', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'fel.yaml'), edited(example('kompetensstegen-d'), /650 000/, '651 000'));
    writeFileSync(join(dir, 'varning.yaml'), edited(example('esf-slutrapport'), /^kind: esf-slutrapport$/m, 'kind: esf-slutrapport\n# plan-disable-next-line budget/sum-mismatch'));
    const run = await runCli(['validate', 'fel.yaml', 'varning.yaml', examplePath('handlingsplan'), '--format', 'sarif'], {}, { cwd: dir });
    expect(run.code).toBe(1);
    writeFileSync(join(dir, 'plan.sarif'), run.stdout);
    const checked = spawnSync(multitool!, ['validate', join(dir, 'plan.sarif'), '--rule-kind', 'Gh;Sarif', '--output', join(dir, 'result.sarif'), '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 110_000 });
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'result.sarif'), 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: unknown }[] }[] };
    expect(result.runs[0]!.results ?? []).toEqual([]);
  });
});
