import type { FieldsReport } from './fields.js';
import { describeLength, fieldsTranslator } from './report.js';

/**
 * One self-contained page for pasting a plan into the funder's portal: each field's label, its
 * text in a box that may be edited, a button that puts exactly that text on the clipboard, and a
 * counter that counts as the tool does (src/fields/limits.ts: code points; spaces and line breaks
 * as the limit says) and goes red over the limit. No network: styles and script are inline, and the
 * page's Content-Security-Policy forbids loading anything. In the document's language.
 */
export function fieldsPage(report: FieldsReport): string {
  const lang = report.lang;
  const t = fieldsTranslator(lang);
  const words = {
    copy: t('fields.copy'),
    copied: t('fields.copied'),
    copyFailed: t('fields.copyFailed'),
    length: t('fields.length'),
    ofLimit: t('fields.ofLimit'),
    left: t('fields.left'),
    over: t('fields.over'),
    units: { characters: t('field.unit.characters'), words: t('field.unit.words'), lines: t('field.unit.lines') },
  };
  const sections = report.fields.map((field, index) => {
    const limit = field.limit;
    const data = limit
      ? ` data-max="${limit.max}" data-unit="${limit.unit}"${limit.spaces === false ? ' data-spaces="false"' : ''}${limit.lineBreaks === false ? ' data-line-breaks="false"' : ''}`
      : '';
    const over = limit !== null && field.length > limit.max;
    const id = `f${index + 1}`;
    const rows = Math.min(20, Math.max(2, field.text.split('\n').length + Math.ceil(field.text.length / 90)));
    return `<section class="field${over ? ' over' : ''}" data-pointer="${escapeHtml(field.pointer)}"${data}>
<h2><label for="${id}">${escapeHtml(field.label)}</label></h2>
<textarea id="${id}" rows="${rows}" spellcheck="true"${over ? ' aria-invalid="true"' : ''}>
${escapeHtml(field.text)}</textarea>
<div class="bar"><button type="button" class="copy" aria-controls="${id}">${escapeHtml(words.copy)}</button> <span class="counter" aria-live="polite">${escapeHtml(describeLength(field, t))}</span> <span class="status" role="status"></span></div>
</section>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('fields.title'))}: ${escapeHtml(report.file)}</title>
<style>
body { font: 16px/1.45 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
.meta { color: #555; margin-top: 0; }
.field { border-top: 1px solid #ccc; padding: .75rem 0 1rem; }
h2 { font-size: 1.05rem; margin: 0 0 .4rem; }
textarea { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem; border: 1px solid #999; border-radius: 4px; }
.bar { display: flex; gap: .75rem; align-items: center; margin-top: .35rem; }
button { font: inherit; padding: .25rem .9rem; }
.counter { font-variant-numeric: tabular-nums; }
.over .counter { color: #b00020; font-weight: 600; }
.over textarea { border-color: #b00020; outline: 1px solid #b00020; }
</style>
</head>
<body>
<h1>${escapeHtml(t('fields.title'))}</h1>
<p class="meta">${escapeHtml(report.file)} (${escapeHtml(report.kind)}). ${escapeHtml(t('fields.intro'))}</p>
${sections.join('\n')}
<script>
(function () {
  "use strict";
  var words = ${scriptJson(words)};
  function fill(template, params) {
    return template.replace(/\\{(\\w+)\\}/g, function (whole, name) { return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole; });
  }
  // As src/fields/limits.ts measures: code points, words between white space, lines.
  function measure(text, unit, spaces, lineBreaks) {
    if (unit === "words") return text.split(/\\s+/u).filter(function (w) { return w !== ""; }).length;
    if (unit === "lines") return text === "" ? 0 : text.split("\\n").length;
    var count = 0;
    for (var ch of text) {
      if (!spaces && /\\s/u.test(ch)) continue;
      if (!lineBreaks && ch === "\\n") continue;
      count++;
    }
    return count;
  }
  function update(section) {
    var box = section.querySelector("textarea");
    var counter = section.querySelector(".counter");
    var unit = section.dataset.unit || "characters";
    var length = measure(box.value, unit, section.dataset.spaces !== "false", section.dataset.lineBreaks !== "false");
    var name = words.units[unit];
    if (section.dataset.max === undefined) {
      counter.textContent = fill(words.length, { length: length, unit: name });
      return;
    }
    var max = Number(section.dataset.max);
    var over = length > max;
    counter.textContent = fill(words.ofLimit, { length: length, limit: max, unit: name }) + ", " + (over ? fill(words.over, { over: length - max }) : fill(words.left, { left: max - length }));
    section.classList.toggle("over", over);
    if (over) box.setAttribute("aria-invalid", "true"); else box.removeAttribute("aria-invalid");
  }
  function copied(section, ok) {
    var status = section.querySelector(".status");
    status.textContent = ok ? words.copied : words.copyFailed;
    setTimeout(function () { status.textContent = ""; }, 4000);
  }
  function copy(section) {
    var box = section.querySelector("textarea");
    var text = box.value;
    var fallback = function () {
      box.focus();
      box.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      copied(section, ok);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(function () { copied(section, true); }, fallback);
    else fallback();
  }
  document.querySelectorAll("section.field").forEach(function (section) {
    section.querySelector("textarea").addEventListener("input", function () { update(section); });
    section.querySelector("button.copy").addEventListener("click", function () { copy(section); });
    update(section);
  });
})();
</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON that cannot end the script element it stands in. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
