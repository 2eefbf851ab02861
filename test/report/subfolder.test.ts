import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { edited, example, tempDir } from '../helpers/fixtures.js';

/** A workflow's `working-directory: plans/extra`: annotations must still name the file from the repository's root. */
describe('reports run from a subfolder of the repository', () => {
  const repository = () => {
    const root = tempDir();
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'plans', 'extra'), { recursive: true });
    writeFileSync(join(root, 'plans', 'extra', 'broken.yaml'), edited(example('kompetensstegen-d'), '[650 000, 650 000, 650 000]', '[650 001, 650 000, 650 000]'));
    return root;
  };

  it('github annotations and SARIF locations name the file relative to the repository root', async () => {
    const root = repository();
    const cwd = join(root, 'plans', 'extra');
    const github = await runCli(['validate', 'broken.yaml', '--format', 'github'], {}, { cwd });
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=plans\/extra\/broken\.yaml,line=\d+/m);
    const sarif = await runCli(['validate', 'broken.yaml', '--format', 'sarif'], {}, { cwd });
    const log = JSON.parse(sarif.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plans/extra/broken.yaml');
  });
});
