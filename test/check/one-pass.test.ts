import { describe, expect, it } from 'vitest';
import { isMap, parseDocument, type Document, type Tags } from 'yaml';
import { checkText } from '../../src/check/check.js';
import { builtinKinds } from '../../src/kinds/registry.js';
import { runCli } from '../helpers/cli.js';
import { edited, example, lineOf } from '../helpers/fixtures.js';

const errorsOf = (text: string, file: string) =>
  checkText(text, file)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.ruleId} ${d.pointer}`);

describe('every mistake in one pass', () => {
  it('reports a bad e-mail address and a wrong D.7.1 figure together, each at its line', () => {
    const text = edited(edited(example('kompetensstegen-d'), 'email: margaretha.selin@vantor.stockholm.se', 'email: margaretha.selin(at)vantor'), 'amounts: [650 000, 650 000, 650 000]', 'amounts: [650 000, 660 000, 650 000]');
    const result = checkText(text, 'd-form.yaml');
    const found = result.diagnostics.map((d) => [d.ruleId, d.line]);
    expect(found).toContainEqual(['field/email', lineOf(text, 'email: margaretha.selin(at)vantor')]);
    expect(found).toContainEqual(['budget/sum-mismatch', lineOf(text, 'total: [1 835 000, 1 935 000, 1 785 000]')]);
    expect(result.diagnostics.find((d) => d.ruleId === 'budget/sum-mismatch')?.message).toContain('1 945 000');
  });

  it('a check that does not read the invalid value still runs over the same list', () => {
    // Action 2's date is not one; action 3 names a role the plan does not list. Both are told.
    const text = edited(edited(example('handlingsplan'), 'date: Klart 1 maj 2008', 'date: 2008-02-30'), 'responsible: [Avd.chef, Bitr.avd.chef, Enhetschef, Personalchef]', 'responsible: [Avd.chef, Bitr.avd.chef, Enhetschef, Kökschef]');
    const found = errorsOf(text, 'h.yaml');
    expect(found.some((error) => error.startsWith('schema/') && error.includes('/actions/2/date'))).toBe(true);
    expect(found).toContain('handlingsplan/unknown-role /actions/2/responsible/3');
  });

  it('says nothing of a sum over a figure that is not an amount: the figure\'s own error speaks', () => {
    const text = edited(example('kompetensstegen-d'), 'amounts: [650 000, 650 000, 650 000]', 'amounts: [650 000, sexhundra, 650 000]');
    expect(errorsOf(text, 'd.yaml')).toEqual(['schema/invalid-amount /budget/supportSought/rows/0/amounts/1']);
  });

  // Filling in a fresh plan from the kind's example: each step may only take errors away, never
  // show one that was there to be seen a step earlier (only one about what was just written).
  for (const id of builtinKinds().ids()) {
    describe(id, () => {
      const setUp = async () => {
        const init = await runCli(['init', id, '-']);
        expect(init.code).toBe(0);
        const full = parseDocument(example(id), asWritten);
        const fresh = () => parseDocument(init.stdout, asWritten);
        // What the fresh plan has and the example leaves out is taken away, as a step of its own.
        const steps = [...fields(full), ...fields(fresh()).filter((path) => !full.hasIn(path))];
        const fill = (doc: Document, path: string[]) => (full.hasIn(path) ? doc.setIn(path, full.getIn(path, true)) : doc.deleteIn(path));
        return { full, fresh, steps, fill };
      };

      it('fixing what a run reports shows no error that run could have shown', async () => {
        const { fresh, steps, fill } = await setUp();
        const doc = fresh();
        let before = errorsOf(doc.toString(), `${id}.yaml`);
        expect(before.length).toBeGreaterThan(0);
        const filled = new Set<string[]>();
        for (let round = 0; before.length > 0; round++) {
          expect(round, `errors left: ${before.join(', ')}`).toBeLessThanOrEqual(steps.length);
          const reported = before.map((error) => steps.find((path) => within(error, path)));
          // Where the fields reported are written as the example has them, the mistake lies in another (5.3 names a factor 5.1 lacks).
          const fixed = new Set(reported.filter((path): path is string[] => path !== undefined && !filled.has(path)));
          if (fixed.size === 0) fixed.add(steps.find((path) => !filled.has(path))!);
          for (const path of fixed) {
            fill(doc, path);
            filled.add(path);
          }
          const after = errorsOf(doc.toString(), `${id}.yaml`);
          expect(after.filter((error) => !before.includes(error) && ![...fixed].some((path) => within(error, path)))).toEqual([]);
          before = after;
        }
      });

      it('filling it field by field, in either order, only ever shortens the error list', async () => {
        const { fresh, steps, fill } = await setUp();
        for (const order of [steps, [...steps].reverse()]) {
          const doc = fresh();
          let before = errorsOf(doc.toString(), `${id}.yaml`);
          for (const path of order) {
            fill(doc, path);
            const after = errorsOf(doc.toString(), `${id}.yaml`);
            // An error about what was just written (a total its rows do not give yet) could not be seen before; any other could.
            const appeared = after.filter((error) => !before.includes(error) && !within(error, path));
            expect(appeared, `after filling ${path.join('.')}`).toEqual([]);
            before = after;
          }
          expect(before).toEqual([]);
        }
      });
    });
  }
});

/** True when the error ("rule /pointer") is about the field at `path` or something in it. */
function within(error: string, path: string[]): boolean {
  const pointer = error.slice(error.indexOf(' ') + 1);
  const field = '/' + path.join('/');
  return pointer === field || pointer.startsWith(field + '/');
}

/** Scalars kept as the plan writes them ("070515" stays that, not 70515), for the checker to read. */
const asWritten = { customTags: (tags: Tags) => tags.filter((tag) => !(typeof tag === 'object' && /:(int|float)$/.test(tag.tag))) };

/** The example's fields: its top-level keys, and the keys of a top-level group one by one. */
function fields(doc: Document): string[][] {
  const out: string[][] = [];
  if (!isMap(doc.contents)) return out;
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value: unknown }).value);
    if (isMap(pair.value) && pair.value.items.length > 1) for (const inner of pair.value.items) out.push([key, String((inner.key as { value: unknown }).value)]);
    else out.push([key]);
  }
  return out;
}
