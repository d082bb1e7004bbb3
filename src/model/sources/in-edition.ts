/**
 * A source's text as an edition shows it: the fields as written, or, in a generated edition (zh-hk), as the
 * build converted them (the `editions` field of src/schemas/collections.ts's source schema).
 */
import type { Locale } from '~/i18n/locales';
import type { SourceData } from '~/schemas/types';

export function sourceIn<T extends Pick<SourceData, 'editions' | 'title' | 'publisher'>>(data: T, locale: Locale): T {
  const converted = data.editions?.[locale];
  return converted ? { ...data, ...converted } : data;
}
