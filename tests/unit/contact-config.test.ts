import { describe, expect, it } from 'vitest';
import { CONTACT, contactSources } from '../../src/config/contact';

describe('contact configuration', () => {
  const values = Object.entries(CONTACT).filter(([key]) => key !== 'enquiryEndpoint') as [string, { value: unknown; isExample: boolean }][];

  it('marks every placeholder as an example', () => {
    for (const [key, item] of values) {
      const text = JSON.stringify(item.value);
      if (/example\.(org|com|net)|示例|example/i.test(text)) expect(item.isExample, `${key} looks like a placeholder`).toBe(true);
    }
  });

  it('has a real-looking e-mail and a usable endpoint setting', () => {
    expect(CONTACT.email.value).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(CONTACT.enquiryEndpoint === '' || CONTACT.enquiryEndpoint.startsWith('https://')).toBe(true);
  });

  it('names the sources of its confirmed values', () => {
    expect(contactSources()).toContain('wikipedia-en-changping');
  });
});
