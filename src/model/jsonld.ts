/**
 * Structured data (schema.org JSON-LD) for search engines: the town government as a GovernmentOrganization on
 * the contact and about pages, and a NewsArticle on each news page. Plain objects in, plain objects out; the
 * layouts serialise them. Contact values marked as examples never go into structured data.
 */
import { LOCALE_KEYS, LOCALES, otherLocales, type Localized, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/translate';

type JsonLd = Record<string, unknown>;

/** A value that may still be a placeholder for staff to replace. */
export interface MaybeExample<T> {
  value: T;
  isExample: boolean;
}

export interface OrganizationInput {
  /** The organisation's name in the page's language. */
  name: string;
  /** Its name in the other editions' languages (one string when there is one other). */
  alternateName?: string | string[] | undefined;
  /** The site's home page in the page's language (absolute URL). */
  url: string;
  /** BCP-47 tag of the page's language. */
  inLanguage?: string | undefined;
  locality: string;
  region: string;
  /** ISO 3166 country code. */
  country: string;
  /** The parent body, e.g. the city government. */
  parentName?: string | undefined;
  email?: MaybeExample<string> | undefined;
  telephone?: MaybeExample<string> | undefined;
  streetAddress?: MaybeExample<string> | undefined;
}

/** Only real values: an example value is left out rather than published as if it were true. */
function real<T>(value: MaybeExample<T> | undefined): T | undefined {
  return value && !value.isExample ? value.value : undefined;
}

/** Drops keys whose value is undefined, so the JSON carries no empty fields. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

export function governmentOrganization(input: OrganizationInput): JsonLd {
  const email = real(input.email);
  const telephone = real(input.telephone);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: input.name,
    alternateName: input.alternateName,
    url: input.url,
    address: compact({
      '@type': 'PostalAddress',
      streetAddress: real(input.streetAddress),
      addressLocality: input.locality,
      addressRegion: input.region,
      addressCountry: input.country,
    }),
    email,
    telephone,
    contactPoint:
      email || telephone
        ? compact({ '@type': 'ContactPoint', contactType: 'investment enquiries', email, telephone, availableLanguage: LOCALE_KEYS.map((locale) => LOCALES[locale].lang) })
        : undefined,
    parentOrganization: input.parentName ? { '@type': 'GovernmentOrganization', name: input.parentName } : undefined,
  });
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** The news page's own absolute URL. */
  url: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  /** BCP-47 tag, e.g. `zh-CN`. */
  inLanguage: string;
  publisherName: string;
  /** The site's home page (absolute URL). */
  publisherUrl: string;
  /** The original report the article summarises. */
  basedOn?: string | undefined;
}

/** Search engines cap headlines at 110 characters; longer ones are cut at a character boundary with an ellipsis. */
export function clipHeadline(headline: string, max = 110): string {
  const chars = [...headline];
  return chars.length <= max ? headline : `${chars.slice(0, max - 1).join('')}…`;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function newsArticle(input: NewsArticleInput): JsonLd {
  const publisher = { '@type': 'GovernmentOrganization', name: input.publisherName, url: input.publisherUrl };
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: clipHeadline(input.headline),
    description: input.description,
    datePublished: isoDay(input.datePublished),
    dateModified: input.dateModified ? isoDay(input.dateModified) : undefined,
    inLanguage: input.inLanguage,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    author: publisher,
    publisher,
    isBasedOn: input.basedOn,
  });
}

/** The subset of the contact configuration (src/config/contact.ts) the organisation's structured data uses. */
interface ContactLike {
  organization: MaybeExample<Localized>;
  parentOrganization: MaybeExample<Localized>;
  address: MaybeExample<Localized>;
  phone: MaybeExample<string>;
  email: MaybeExample<string>;
}

/**
 * The town government from the contact configuration, in one edition. The locality is fixed (Changping,
 * Dongguan, Guangdong, China; its words are in the dictionaries); example values are dropped by
 * `governmentOrganization`.
 */
export function townOrganization(contact: ContactLike, locale: Locale, homeUrl: string): JsonLd {
  const t = useTranslations(locale);
  const others = otherLocales(locale).map((other) => contact.organization.value[other]);
  return governmentOrganization({
    name: contact.organization.value[locale],
    alternateName: others.length === 1 ? others[0] : others,
    url: homeUrl,
    locality: t('contact.locality'),
    region: t('contact.region'),
    country: 'CN',
    parentName: contact.parentOrganization.isExample ? undefined : contact.parentOrganization.value[locale],
    streetAddress: { value: contact.address.value[locale], isExample: contact.address.isExample },
    telephone: contact.phone,
    email: contact.email,
  });
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as Unicode escapes so no string
 * in the data (a title containing `</script>`) can end the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
