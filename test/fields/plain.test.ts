import { describe, expect, it } from 'vitest';
import { measure } from '../../src/fields/limits.js';
import { plainText } from '../../src/fields/plain.js';

describe('Markdown as a portal\'s text box shows it once pasted', () => {
  it('drops emphasis and link syntax, keeps paragraphs, turns a soft line break into a space', () => {
    const markdown = 'Vi vill **minska** _utanförskapet_ i\nExempelby, se [rapporten](https://exempel.se/r).\n\nAndra stycket &amp; mer.';
    expect(plainText(markdown, 'sv')).toBe('Vi vill minska utanförskapet i Exempelby, se rapporten (https://exempel.se/r).\n\nAndra stycket & mer.');
  });

  it('writes bullets as "–" in Swedish and Norwegian and "•" in English, numbers as "1.", nested items indented', () => {
    const markdown = '- ett\n- två\n  - tre\n\n1. första\n2. andra';
    expect(plainText(markdown, 'sv')).toBe('– ett\n– två\n  – tre\n\n1. första\n2. andra');
    expect(plainText('- one\n- two', 'en')).toBe('• one\n• two');
  });

  it('keeps a heading as a line of its own and a hard line break as a line break', () => {
    expect(plainText('### Bakgrund\n\nRad ett  \nrad två', 'sv')).toBe('Bakgrund\n\nRad ett\nrad två');
  });
});

describe('measure', () => {
  const text = 'Två ord\n\nsamt ett stycke till';
  it('counts characters with spaces and line breaks, as code points', () => {
    expect(measure(text)).toBe(29);
    expect(measure('é👍')).toBe(2);
  });
  it('counts without spaces or without line breaks where the portal does', () => {
    expect(measure(text, { unit: 'characters', spaces: false })).toBe(23);
    expect(measure(text, { unit: 'characters', lineBreaks: false })).toBe(27);
  });
  it('counts words and lines', () => {
    expect(measure(text, { unit: 'words' })).toBe(6);
    expect(measure(text, { unit: 'lines' })).toBe(3);
  });
});
