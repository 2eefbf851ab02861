/**
 * A quick estimate of how tall text is once Word wraps it: enough to decide whether a table fits on
 * a page (and so is kept on one) or must run on, without laying out the whole document. Widths are
 * Calibri's (Carlito's, the same metrics) in thousandths of an em, by class of character; a wide
 * estimate errs towards letting a table run, which never leaves a page empty.
 */

const NARROW = new Set('iljf.,;:!|\'"()[]{} tIr-'.split(''));
const WIDE = new Set('mwMW@%&'.split(''));

function charWidth(char: string): number {
  if (NARROW.has(char)) return 290;
  if (WIDE.has(char)) return 800;
  if (char >= 'A' && char <= 'Z') return 590;
  if (char >= '0' && char <= '9') return 507;
  return 480;
}

/** charWidth of each character below U+0080; every other character is 480 wide. */
const ASCII_WIDTHS = Uint16Array.from({ length: 128 }, (_, code) => charWidth(String.fromCharCode(code)));
const OTHER_WIDTH = 480;

/**
 * Twips (1/20 pt) a text of `sizePt` needs across, bold text being about 4 % wider. Read by UTF-16
 * unit, a surrogate pair counted as the one character it is: a table of 1,000 rows measures every
 * word of every cell.
 */
function textWidth(text: string, sizePt: number, bold: boolean): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      width += ASCII_WIDTHS[code]!;
      continue;
    }
    width += OTHER_WIDTH;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return (width / 1000) * sizePt * 20 * (bold ? 1.04 : 1);
}

/** How many lines a text takes in a column `widthTwips` wide, breaking at spaces as Word does. */
export function lineCount(text: string, widthTwips: number, sizePt: number, bold = false): number {
  let lines = 0;
  const space = textWidth(' ', sizePt, bold);
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const width = textWidth(word, sizePt, bold);
      if (line > 0 && line + space + width > widthTwips) {
        lines++;
        line = 0;
      }
      // A word wider than the column is broken across lines.
      if (width > widthTwips) {
        lines += Math.floor(width / widthTwips);
        line = width % widthTwips;
      } else line += (line > 0 ? space : 0) + width;
    }
  }
  return lines;
}

/** The height of one line of text, in twips: Calibri's line spacing is 1.22 of its size. */
export function lineHeight(sizePt: number): number {
  return Math.ceil(sizePt * 20 * 1.22);
}
