import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readPhone, readWebAddress } from '../../src/core/contact.js';
import { email, phone, url } from '../../src/core/fields.js';
import { piecesText, seededRandom } from '../helpers/random.js';

describe('readPhone: Swedish numbers', () => {
  it.each(['08-508 25 410', '08-123 456 78', '070-123 45 67', '+46 8 123 456 78', '+46 (0)8-508 25 410', '(08) 508 25 410', '0046 70 123 45 67', '0771-567 567', '0123-123 45', '08 - 508 25 410'])('accepts %s as written', (input) => {
    expect(readPhone(input, 'SE')).toEqual({ ok: true, value: input });
  });

  it('refuses a number without its area code', () => {
    expect(readPhone('508 25 410', 'SE')).toMatchObject({ ok: false, problem: { code: 'noAreaCode' } });
  });

  it('refuses a digit too many or too few, saying how many there are', () => {
    expect(readPhone('08-508 25 4100', 'SE')).toMatchObject({ ok: false, problem: { code: 'digitCount', count: 11, tooFew: false } });
    expect(readPhone('08-508 2', 'SE')).toMatchObject({ ok: false, problem: { code: 'digitCount', count: 6, tooFew: true } });
    expect(readPhone('+46 8 508', 'SE')).toMatchObject({ ok: false, problem: { code: 'digitCount' } });
  });

  it.each(['08-508 25 41O', 'ring Carina', '08--508 25 410', '+46 08 508 25 410', '', '08/508 25 410', '+0 123 456 78'])('refuses %j', (input) => {
    expect(readPhone(input, 'SE')).toMatchObject({ ok: false, problem: { code: 'notAPhone' } });
  });

  it('accepts a foreign number given with its country code', () => {
    expect(readPhone('+47 62 46 80 00', 'SE').ok).toBe(true);
    expect(readPhone('+45 33 12 34 56', 'SE').ok).toBe(true);
  });
});

describe('readPhone: Norwegian numbers', () => {
  it('accepts eight digits, with or without +47', () => {
    expect(readPhone('62 46 80 00', 'NO').ok).toBe(true);
    expect(readPhone('+47 62 46 80 00', 'NO').ok).toBe(true);
    expect(readPhone('+46 8 508 25 410', 'NO').ok).toBe(true);
  });

  it('refuses a Swedish-style national number and a short one', () => {
    expect(readPhone('08-508 25 410', 'NO').ok).toBe(false);
    expect(readPhone('62 46 80', 'NO')).toMatchObject({ ok: false, problem: { code: 'digitCount', count: 6 } });
  });
});

describe('readWebAddress', () => {
  it.each(['www.projektcarpe.se', 'projektcarpe.se', 'https://www.projektcarpe.se/om-oss?x=1#top', 'http://www.stockholm.se', 'www.malmö.se', 'HTTPS://WWW.PROJEKTCARPE.SE/OM', 'Http://Www.Stockholm.Se', 'WWW.MALMÖ.SE'])('accepts %s', (input) => {
    expect(readWebAddress(input)).toEqual({ ok: true, value: input });
  });

  it.each(['www.projektcarpe', 'carina.schmidt@stockholm.se', 'javascript:alert(1)', 'mailto:a@b.se', 'www projektcarpe.se', 'http//www.projektcarpe.se', 'ftp://x.se', ''])('refuses %j', (input) => {
    expect(readWebAddress(input).ok).toBe(false);
  });

  it('answers as the regular expression it stands for, over 30,000 seeded texts made of the characters that matter', () => {
    // The expression the reader is told a character at a time (core/contact.ts isWebAddress), and readWebAddress's "www." rule.
    const label = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
    const expression = new RegExp(`^(?:[hH][tT][tT][pP][sS]?://)?(?:${label}\\.)+\\p{L}{2,63}\\.?(?::\\d{1,5})?(?:[/?#][^\\s]*)?$`, 'u');
    const byExpression = (input: string) => {
      const text = input.trim();
      const host = /^(?:https?:\/\/)?([^/?#:]*)/i.exec(text)![1]!;
      return expression.test(text) && !(/^www\./i.test(host) && host.split('.').filter(Boolean).length < 3);
    };
    // Letters, numbers of every kind (Arabic-Indic, Roman, superscript), a letter outside the BMP, a lone surrogate, marks, spaces and the punctuation of addresses.
    const pieces = ['a', 'Z', 'se', 'www', 'ö', 'ß', '1', '٣', 'Ⅻ', '²', '𝐀', '\ud800', '\u0345', '-', '--', '.', '..', ':', ':80', ':123456', '/', '?', '#', ' ', '\u00a0', '_', '@', 'http://', 'HTTPS://', 'http:/', 'a'.repeat(62), 'b'.repeat(63), 'ö'.repeat(64)];
    const next = seededRandom(20261203);
    let accepted = 0;
    for (let i = 0; i < 30_000; i++) {
      let text = piecesText(next, pieces, 9);
      // Most random texts are no address: every third is built as one and then perhaps spoilt.
      if (i % 3 === 0) text = `${next() < 0.5 ? 'https://' : ''}${text.replace(/[^\p{L}\p{N}-]/gu, '') || 'x'}.${pieces[Math.floor(next() * 6)]}${next() < 0.3 ? '.' : ''}${next() < 0.5 ? pieces[13 + Math.floor(next() * 12)]! + pieces[Math.floor(next() * pieces.length)]! + pieces[Math.floor(next() * pieces.length)]! : ''}`;
      const expected = byExpression(text);
      if (expected) accepted++;
      if (readWebAddress(text).ok !== expected) expect(readWebAddress(text).ok, JSON.stringify(text)).toBe(expected);
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});

describe('email, url and phone fields', () => {
  const schema = z.object({ email: email({ description: 'e' }), url: url({ description: 'u' }), phone: phone({ description: 'p' }) });

  it('keep a valid value as written', () => {
    expect(schema.parse({ email: 'carina.schmidt@stockholm.se', url: 'www.projektcarpe.se', phone: '08-508 25 410' })).toEqual({ email: 'carina.schmidt@stockholm.se', url: 'www.projektcarpe.se', phone: '08-508 25 410' });
  });

  it('carry a message id per problem, under the rule ids field/email, field/url and field/phone', () => {
    const result = schema.safeParse({ email: 'carina.schmidt(at)stockholm.se', url: 'www.projektcarpe', phone: '508 25 410' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['email', 'field.email'],
      ['url', 'field.url'],
      ['phone', 'field.phone.noAreaCode'],
    ]);
  });
});
