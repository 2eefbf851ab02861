import { describe, expect, it } from 'vitest';
import { lineCount } from '../../src/render/measure.js';
import { piecesText, seededRandom } from '../helpers/random.js';

/** lineCount as it was first written, a character at a time by code point, to hold the faster one to. */
function referenceLineCount(text: string, widthTwips: number, sizePt: number, bold = false): number {
  const narrow = new Set('iljf.,;:!|\'"()[]{} tIr-'.split(''));
  const wide = new Set('mwMW@%&'.split(''));
  const charWidth = (char: string) => (narrow.has(char) ? 290 : wide.has(char) ? 800 : char >= 'A' && char <= 'Z' ? 590 : char >= '0' && char <= '9' ? 507 : 480);
  const textWidth = (part: string) => {
    let width = 0;
    for (const char of part) width += charWidth(char);
    return (width / 1000) * sizePt * 20 * (bold ? 1.04 : 1);
  };
  let lines = 0;
  const space = textWidth(' ');
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const width = textWidth(word);
      if (line > 0 && line + space + width > widthTwips) {
        lines++;
        line = 0;
      }
      if (width > widthTwips) {
        lines += Math.floor(width / widthTwips);
        line = width % widthTwips;
      } else line += (line > 0 ? space : 0) + width;
    }
  }
  return lines;
}

describe('lineCount', () => {
  it('counts the lines of 20,000 seeded texts as reading them by code point does, astral letters and lone surrogates included', () => {
    const next = seededRandom(2026);
    const pieces = ['a', 'i', 'm', 'W', 'Q', '7', ' ', ' ', '\n', '.', 'å', 'Ø', '€', '😀', '\ud83d', '\ude00', '𝔸', 'ﬁ', '-', '\t', 'ordet ', 'Implementeringsarbetet '];
    for (let i = 0; i < 20_000; i++) {
      const text = piecesText(next, pieces, 80);
      const width = 300 + Math.floor(next() * 4000);
      const size = 9 + Math.floor(next() * 4);
      const bold = next() < 0.3;
      expect(lineCount(text, width, size, bold), JSON.stringify([text, width, size, bold])).toBe(referenceLineCount(text, width, size, bold));
    }
  });

  it('takes a wider letter for more room: a line of m wraps where a line of i does not', () => {
    expect(lineCount('mmmm mmmm mmmm mmmm', 1200, 11)).toBeGreaterThan(lineCount('iiii iiii iiii iiii', 1200, 11));
  });
});
