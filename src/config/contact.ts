/**
 * How to reach the town's investment service: the one place staff change the contact details shown on
 * /<lang>/contact/, in the enquiry form and in the structured data of the contact and about pages.
 *
 * Rule: never invent a phone number, address or e-mail. A value not yet confirmed from an official source keeps
 * `isExample: true`; the site then shows it with an "Example — staff to replace" badge in both languages and keeps
 * it out of search engines' structured data. When staff confirm a value, they replace it and set `isExample: false`
 * (and, where a public source states it, name that source's id from src/content/sources/sources.yaml).
 * Text is written in the editions staff write (`zh-cn`, `en`); `withEditions` adds the zh-hk text, converted.
 */
import type { Localized } from '~/i18n/locales';
import { withEditions } from '~/i18n/convert/editions';

/** One contact detail. */
export interface ContactValue<T> {
  /** What the site shows. */
  value: T;
  /** `true` while the value is a placeholder: shown with a visible "example" badge, left out of structured data. */
  isExample: boolean;
  /** Id of the source (src/content/sources/sources.yaml) that states the value, when there is one. */
  source?: string;
}

export interface ContactConfig {
  /** The organisation: the town government. */
  organization: ContactValue<Localized>;
  /** The body it belongs to (shown in structured data as the parent organisation). */
  parentOrganization: ContactValue<Localized>;
  /** The office or desk that answers investment enquiries. */
  office: ContactValue<Localized>;
  /** Where the town is: town, city, province. */
  location: ContactValue<Localized>;
  /** The office's street address. */
  address: ContactValue<Localized>;
  /** A phone number for enquiries, written as it should be dialled from abroad too (+86 769 …). */
  phone: ContactValue<string>;
  /** The e-mail address enquiries go to; also the address of the prepared e-mail when `enquiryEndpoint` is empty. */
  email: ContactValue<string>;
  /** Office hours, in words. */
  hours: ContactValue<Localized>;
  /**
   * Where the enquiry form POSTs (an https:// URL of a form service or the town's own system). Leave it empty
   * (`''`) and the form prepares an e-mail to `email` in the visitor's own mail program instead.
   */
  enquiryEndpoint: string;
}

export const CONTACT = withEditions<ContactConfig>({
  organization: {
    value: { 'zh-cn': '东莞市常平镇人民政府', en: 'Changping Town People’s Government, Dongguan' },
    isExample: false,
  },
  parentOrganization: {
    value: { 'zh-cn': '东莞市人民政府', en: 'Dongguan Municipal People’s Government' },
    isExample: false,
    source: 'wikipedia-en-changping',
  },
  office: {
    value: { 'zh-cn': '常平镇投资服务窗口', en: 'Changping investment service desk' },
    isExample: true,
  },
  location: {
    value: { 'zh-cn': '中国广东省东莞市常平镇', en: 'Changping Town, Dongguan, Guangdong, China' },
    isExample: false,
    source: 'wikipedia-en-changping',
  },
  address: {
    value: { 'zh-cn': '具体办公地址待工作人员填写', en: 'Office address to be added by town staff' },
    isExample: true,
  },
  phone: { value: '示例 / example', isExample: true },
  email: { value: 'invest@example.org', isExample: true },
  hours: {
    value: { 'zh-cn': '工作日办公时间（待工作人员确认）', en: 'Working days, office hours (to be confirmed by staff)' },
    isExample: true,
  },
  enquiryEndpoint: '',
});

/** Source ids the contact details rely on, for the page's citations and the sources index. */
export function contactSources(config: ContactConfig = CONTACT): string[] {
  const values = [config.organization, config.parentOrganization, config.office, config.location, config.address, config.phone, config.email, config.hours];
  return [...new Set(values.map((value) => value.source).filter((id): id is string => Boolean(id)))];
}
