/** English UI strings. Keys come from the Chinese reference dictionary; a missing key falls back to Chinese. */
import type { UiDictionary } from '../translate';

export const en: UiDictionary = {
  'site.name': 'Invest Changping',
  'site.nameOther': '常平投资',
  'site.tagline': 'Investment information for Changping Town, Dongguan',
  'site.description':
    'Changping sits midway along the Guangzhou–Shenzhen economic corridor. Industries, sites, transport and incentives in one place, every figure with its source and date.',

  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.industries': 'Industries',
  'nav.zone': 'Shenzhen–Dongguan Cooperation Zone',
  'nav.zoneShort': 'Cooperation Zone',
  'nav.sites': 'Sites',
  'nav.transport': 'Transport',
  'nav.policies': 'Policies',
  'nav.news': 'News',
  'nav.contact': 'Contact',
  'nav.search': 'Search',
  'nav.sources': 'Sources',
  'nav.about': 'About this site',
  'nav.menu': 'Menu',

  'a11y.skip': 'Skip to content',
  'a11y.breadcrumb': 'Breadcrumb',

  'lang.switch': 'Change language',
  'lang.switchTo': '中文',
  'lang.choose': 'Choose a language',

  'footer.sources': 'Every figure on this site names its source and date.',
  'footer.sourcesLink': 'See all sources',
  'footer.disclaimer':
    'For information only; official government documents prevail. Contact details marked as examples are placeholders for town staff to verify and replace.',
  'footer.updated': 'Last updated',
  'footer.copyright': 'Changping Town People’s Government',
  'footer.openData': 'Open data',

  'content.sources': 'Sources',
  'content.source': 'Source',
  'content.via': 'via',
  'content.asOf': 'As of',
  'content.updated': 'Updated',
  'content.accessed': 'accessed',
  'content.untranslated': 'This page has not been translated into English yet; the Chinese original follows.',
  'content.readOther': 'Read the Chinese version',
  'content.example': 'Example',
  'content.exampleNote': 'Example content: town staff will replace it with verified details.',
  'content.readMore': 'Read more',
  'content.backTo': 'Back to',
  'content.onThisPage': 'On this page',
  'content.keyFigures': 'Key figures',
  'content.notFoundTitle': 'Page not found',
  'content.notFoundBody': 'The page you are looking for does not exist or has moved.',

  'date.asOfYear': '{{year}}',
};
