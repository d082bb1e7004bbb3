import { describe, expect, it } from 'vitest';
import { mailBody, mailtoHref } from '../../src/model/contact/mailto';

describe('mailto', () => {
  it('writes one line per answered field and the message after a blank line', () => {
    const body = mailBody([['Name', 'Li Wei'], ['Company', ' Acme '], ['Sector', '']], 'We need 10,000 m² of factory space.');
    expect(body).toBe('Name: Li Wei\r\nCompany: Acme\r\n\r\nWe need 10,000 m² of factory space.');
  });

  it('percent-encodes subject and body (spaces as %20, not +)', () => {
    const href = mailtoHref('invest@example.org', '常平投资咨询 · Acme & Co', 'a b\r\nc?d=e');
    expect(href.startsWith('mailto:invest@example.org?subject=')).toBe(true);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('subject')).toBe('常平投资咨询 · Acme & Co');
    expect(query.get('body')).toBe('a b\r\nc?d=e');
    expect(href).not.toContain('+');
  });
});
