/**
 * Escaping user text for the place in a Markdown template where it lands, so that no field can
 * change the document's structure: a "#" does not start a heading, a "|" does not split a table
 * cell, "<b>" is text, and "- " at a line start is not a list item. Every escape is one that
 * CommonMark/GFM turns back into the character, so the text reads exactly as written.
 */

/** 'inline' is text that continues a line ("Frist: {{date}}"): its first line cannot start a block. */
export type EscapeContext = 'text' | 'inline' | 'cell' | 'heading' | 'yaml' | 'yaml-quoted';

/** Characters that are Markdown syntax wherever they stand. */
const ANYWHERE = /[\\`*_[\]<>|~]/g;
/** "&amp;" and "&#38;" would be read as entities; a lone "&" is just text. */
const ENTITY = /&(?=#?\w+;)/g;
/** What makes a line something other than a paragraph line, when it stands at the line's start. */
const LINE_START = /^(#{1,6}(?=\s|$)|[-+*=](?=\s|$)|[-=]+\s*$|\d{1,9}(?=[.)](?:\s|$)))/;

function escapeLine(line: string): string {
  const trimmed = line.trimStart();
  const escaped = trimmed.replace(ANYWHERE, '\\$&').replace(ENTITY, '\\&');
  const start = LINE_START.exec(escaped);
  if (!start) return escaped;
  // "1. x" becomes "1\. x"; "# x", "- x", "===" get a backslash before their first character.
  if (/^\d/.test(start[0])) return start[0] + '\\' + escaped.slice(start[0].length);
  return '\\' + escaped;
}

/** In front matter, "{page}" from a plan must stay text: settings.ts reads "{{" and "}}" as braces. */
function doubleBraces(text: string): string {
  return text.replace(/[{}]/g, '$&$&').replace(/\t/g, ' ');
}

export function escapeMarkdown(value: unknown, context: EscapeContext): string {
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/\r\n?/g, '\n');
  switch (context) {
    case 'yaml':
      return JSON.stringify(doubleBraces(text));
    case 'yaml-quoted':
      return JSON.stringify(doubleBraces(text)).slice(1, -1);
    case 'heading':
      // A heading's text is inline: "1. Mål" cannot start a list there, so only inline syntax and
      // "#" (a run at the end of the line would be read as its closing sequence) are escaped.
      return text
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(ANYWHERE, '\\$&')
        .replace(ENTITY, '\\&')
        .replace(/#/g, '\\#');
    case 'cell':
      return text
        .trim()
        .split('\n')
        .map((line) => escapeLine(line.trim()))
        .join('<br>');
    case 'text':
      return text
        .trim()
        .split('\n')
        .map(escapeLine)
        .join('\n');
    case 'inline':
      return text
        .trim()
        .split('\n')
        .map((line, index) => (index === 0 ? line.replace(ANYWHERE, '\\$&').replace(ENTITY, '\\&') : escapeLine(line)))
        .join('\n');
  }
}
