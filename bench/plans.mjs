// The plans `npm run bench` checks: copies of every example with its figures scaled, so every sum
// still holds, and every tenth with a sum broken. Run as a script: node bench/plans.mjs <folder> [N].
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Amounts as the examples write them ("1 835 000"), not digit groups inside a telephone number ("08-508 20 520").
const AMOUNT = /(?<![\w.-]|\d,|\d )(\d{1,3}(?: \d{3})+)(?![\w.-]|,\d| \d)/g;
const formatGrouped = (value) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const scale = (text, factor) => text.replace(AMOUNT, (digits) => formatGrouped(Number(digits.replace(/ /g, '')) * factor));
const breakOneSum = (text) => {
  let done = false;
  return text.replace(AMOUNT, (digits) => {
    if (done) return digits;
    done = true;
    return formatGrouped(Number(digits.replace(/ /g, '')) + 1);
  });
};

/** Writes `count` plans into `folder` (100 to a subfolder); returns how many examples they come from, how many are broken, and the first file. */
export function writePlans(folder, count) {
  const examples = readdirSync(join(ROOT, 'examples')).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => ({ name, text: readFileSync(join(ROOT, 'examples', name), 'utf8') }));
  // A sum can be broken only in an example with amounts; each tenth file is one of those, broken.
  const breakable = examples.filter((example) => example.text.match(AMOUNT));
  if (breakable.length === 0) throw new Error('bench: no example has amounts to vary');
  let broken = 0;
  let first;
  for (let i = 0; i < count; i++) {
    const breaking = i % 10 === 9;
    const example = breaking ? breakable[Math.floor(i / 10) % breakable.length] : examples[i % examples.length];
    let text = scale(example.text, 1 + (i % 7));
    if (breaking) {
      text = breakOneSum(text);
      broken++;
    }
    const sub = join(folder, `group-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const path = join(sub, `${basename(example.name, '.yaml')}-${String(i).padStart(5, '0')}.yaml`);
    writeFileSync(path, text);
    first ??= path;
  }
  return { examples: examples.length, broken, first };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writePlans(process.argv[2], Number(process.argv[3] ?? 1000));
