import { describe, expect, it } from 'vitest';
import { CONTACT } from '../../src/config/contact';
import { clipHeadline, governmentOrganization, newsArticle, townOrganization } from '../../src/model/jsonld';

describe('JSON-LD', () => {
  it('describes a news article with headline, dates, language, publisher and the page it belongs to', () => {
    const data = newsArticle({
      headline: 'Dongguan railway port closed',
      description: 'The port closed on 31 July 2024.',
      url: 'https://example.org/en/news/port/',
      datePublished: new Date('2024-07-31T00:00:00Z'),
      dateModified: new Date('2026-11-28T00:00:00Z'),
      inLanguage: 'en',
      publisherName: 'Changping Town People’s Government',
      publisherUrl: 'https://example.org/en/',
      basedOn: 'http://sz.people.com.cn/x.html',
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Dongguan railway port closed',
      datePublished: '2024-07-31',
      dateModified: '2026-11-28',
      inLanguage: 'en',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/en/news/port/' },
      publisher: { '@type': 'GovernmentOrganization', name: 'Changping Town People’s Government' },
      isBasedOn: 'http://sz.people.com.cn/x.html',
    });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('leaves out fields it does not have', () => {
    const data = newsArticle({
      headline: 'h', description: 'd', url: 'https://e.org/', datePublished: new Date('2023-02-22T00:00:00Z'),
      inLanguage: 'zh-CN', publisherName: 'p', publisherUrl: 'https://e.org/',
    });
    expect(data).not.toHaveProperty('dateModified');
    expect(data).not.toHaveProperty('isBasedOn');
  });

  it('clips long headlines at 110 characters, counting Chinese characters as one each', () => {
    expect([...clipHeadline('长'.repeat(200))]).toHaveLength(110);
    expect(clipHeadline('short')).toBe('short');
  });

  it('never publishes an example phone, e-mail or street address as structured data', () => {
    const org = governmentOrganization({
      name: 'Town', url: 'https://e.org/', locality: 'Changping', region: 'Guangdong', country: 'CN',
      email: { value: 'invest@example.org', isExample: true },
      telephone: { value: '+86 769 1234 5678', isExample: false },
      streetAddress: { value: 'Somewhere 1', isExample: true },
    });
    expect(org).toMatchObject({ '@type': 'GovernmentOrganization', telephone: '+86 769 1234 5678', address: { addressCountry: 'CN' } });
    expect(JSON.stringify(org)).not.toContain('example.org');
    expect(JSON.stringify(org)).not.toContain('Somewhere');
  });

  it('builds the town government from the contact configuration in each language', () => {
    const zh = townOrganization(CONTACT, 'zh-cn', 'https://e.org/zh-cn/');
    const en = townOrganization(CONTACT, 'en', 'https://e.org/en/');
    expect(zh.name).toBe(CONTACT.organization.value['zh-cn']);
    expect(en.name).toBe(CONTACT.organization.value.en);
    // The other editions' names: Simplified and the generated Traditional one.
    expect(en.alternateName).toEqual([CONTACT.organization.value['zh-cn'], CONTACT.organization.value['zh-hk']]);
    expect(CONTACT.organization.value['zh-hk']).toBe('東莞市常平鎮人民政府');
    for (const [key, value] of [['email', CONTACT.email], ['telephone', CONTACT.phone]] as const) {
      if (value.isExample) expect(en).not.toHaveProperty(key);
      else expect(en[key]).toBe(value.value);
    }
  });
});

import { serializeJsonLd } from '../../src/model/jsonld';

describe('serializeJsonLd', () => {
  it('cannot close the script element, and still parses to the same data', () => {
    const data = { headline: 'a </script><script>alert(1)</script> & b' };
    const text = serializeJsonLd(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
