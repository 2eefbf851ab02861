import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check.js';
import { markdownOf } from '../helpers/render.js';
import { ROOT } from '../helpers/fixtures.js';

/**
 * Plans of organisations other than the seeds', using the kinds' optional fields (a diary number,
 * a pre-project, an ESF project bank description, a participant count): each validates without a
 * problem and renders to the golden Markdown beside it, which a person has read.
 * After a deliberate change, run `UPDATE_GOLDEN=1 npx vitest run test/render/other-organisations.test.ts` and read the diff.
 */
const FOLDER = join(ROOT, 'test', 'fixtures', 'other-organisations');
const plans = readdirSync(FOLDER).filter((name) => name.endsWith('.yaml'));

describe.each(plans)('%s', (name) => {
  const text = readFileSync(join(FOLDER, name), 'utf8');

  it('validates without a problem', () => {
    expect(checkText(text, name).diagnostics).toEqual([]);
  });

  it('renders to its golden Markdown', async () => {
    const markdown = await markdownOf(text, `test/fixtures/other-organisations/${name}`);
    const golden = join(FOLDER, name.replace(/\.yaml$/, '.md'));
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      writeFileSync(golden, markdown);
      if (process.env.CI) throw new Error(`no golden file ${golden}; generate it locally and read it`);
    }
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });
});
