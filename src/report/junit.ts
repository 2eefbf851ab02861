import { countBySeverity, type Diagnostic } from '../core/diagnostic.js';
import { relativeToRoot } from './paths.js';
import type { FileReport, Formatter } from './types.js';

/**
 * JUnit XML as GitLab and Jenkins read it: a test suite per file, a failing test case per error, a
 * skipped one per warning (a warning does not fail the check, and GitLab's test report lists skipped
 * cases with their reason, where a passing case's output is not shown), and one passing test case
 * for a file without problems. Only what the strict schema of Jenkins' xUnit plugin (junit-10.xsd)
 * allows: the file is the test suite's `file` attribute, and file:line:column begins each failure's
 * and warning's text, since a test case may carry neither a file nor a line.
 */
export const junit: Formatter = (report, { root, cwd }) => {
  const suites = report.files.map((file) => suite(file, relativeToRoot(file.file, root, cwd) ?? file.file));
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    tests += Math.max(1, file.diagnostics.length);
    failures += countBySeverity(file.diagnostics).errors;
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="plan validate" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function suite(file: FileReport, path: string): string {
  // Jenkins reads dots in a classname as package separators; the path without its extension reads as intended.
  const classname = path.replace(/\.ya?ml$/i, '');
  const { errors, warnings } = countBySeverity(file.diagnostics);
  const cases = file.diagnostics.length === 0
    ? [`    <testcase classname="${attr(classname)}" name="no problems" time="0"/>`]
    : file.diagnostics.map((d) => testcase(d, classname, path));
  return [
    `  <testsuite name="${attr(path)}" tests="${Math.max(1, file.diagnostics.length)}" failures="${errors}" errors="0" skipped="${warnings}" time="0" file="${attr(path)}">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

function testcase(d: Diagnostic, classname: string, path: string): string {
  // The line in the name too: GitLab keeps only the first of test cases with the same name.
  const name = `${d.ruleId} at ${d.pointer || '/'} (line ${d.line})`;
  const details = `${path}:${d.line}:${d.column}: ${d.message}${d.hint ? '\n' + d.hint : ''}`;
  const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}" time="0">`;
  const body = d.severity === 'error'
    ? `      <failure type="${attr(d.ruleId)}" message="${attr(`${path}:${d.line}:${d.column}: ${d.message}`)}">${text(details)}</failure>`
    : `      <skipped type="${attr(d.ruleId)}" message="${attr(`warning: ${path}:${d.line}:${d.column}: ${d.message}`)}">${text(`warning: ${details}`)}</skipped>`;
  return [open, body, '    </testcase>'].join('\n');
}

/** Characters XML 1.0 cannot hold at all, not even as references: they become U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values keep their line breaks and tabs as character references, which attribute normalisation would otherwise turn into spaces. */
function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
