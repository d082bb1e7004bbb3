/**
 * A key figure's number with its unit and qualifier, in an edition's own form: "超688亿元", "over 68.8 billion
 * yuan". The words come from the dictionaries (`unit.<key>` and `quantity.<qualifier>`, each a template with
 * `{{n}}`); the number from a cached `Intl.NumberFormat`; the scale from the edition's `numbers` rule.
 */
import { localeSpec, type Locale } from './locales';
import { formatNumber, ordinal } from './format';
import { useTranslations, type UiKey } from './translate';
import { UNITS, type Qualifier, type Unit } from './units';

export function formatQuantity(value: number, unit: Unit, qualifier: Qualifier, locale: Locale): string {
  const t = useTranslations(locale);
  const western = localeSpec(locale).numbers === 'western';
  const scaled = western ? Math.round(value * UNITS[unit].westernFactor * 1000) / 1000 : value;
  const number = unit === 'rank' && western ? ordinal(scaled, locale) : formatNumber(scaled, locale, 2);
  const withUnit = t(`unit.${unit}` as UiKey, { n: number });
  return qualifier === 'exact' ? withUnit : t(`quantity.${qualifier}` as UiKey, { n: withUnit });
}
