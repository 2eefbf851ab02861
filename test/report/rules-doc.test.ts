import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/report/index.js';
import { ruleAnchor, ruleHelpUrl } from '../../src/report/docs.js';
import { rulesMarkdown } from '../../src/report/rules-doc.js';
import { ROOT } from '../helpers/fixtures.js';

const path = join(ROOT, 'docs', 'rules.md');

describe('docs/rules.md', () => {
  it('is the catalog as it is now (UPDATE_GOLDEN=1 rewrites it)', () => {
    const expected = rulesMarkdown(ruleCatalog());
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, expected);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  it('has the section every rule\'s helpUri points at, in docs/rules.md or the rule library\'s in docs/kinds.md', () => {
    const rules = readFileSync(path, 'utf8');
    const kinds = readFileSync(join(ROOT, 'docs', 'kinds.md'), 'utf8');
    for (const rule of ruleCatalog()) {
      const url = ruleHelpUrl(rule);
      expect(url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/main\/docs\/(rules|kinds)\.md#rule-[a-z0-9-]+$/);
      const [file, anchor] = url.replace(/^.*\/docs\//, '').split('#') as [string, string];
      expect(file === 'rules.md' ? rules : kinds, `${rule.id} → ${url}`).toContain(`<a id="${anchor}"></a>`);
      expect(rules).toContain(`<a id="${ruleAnchor(rule.id)}"></a>\n\n## ${rule.id}\n`);
    }
  });
});
