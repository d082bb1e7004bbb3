/**
 * Traditional Chinese (Hong Kong) UI strings: generated from the Chinese reference dictionary (./zh-cn.ts) by
 * OpenCC and the phrase table (src/i18n/convert/), so staff write each string once. To word a string differently
 * for Hong Kong readers, add it to `OWN` below, in Traditional characters; it replaces the converted text.
 */
import { convertText } from '../convert/convert.ts';
import zhCn, { type UiDictionary, type UiKey } from './zh-cn.ts';

/** Strings worded for Hong Kong readers rather than converted (none yet). */
const OWN: UiDictionary = {};

export const zhHk: UiDictionary = {
  ...(Object.fromEntries(
    Object.entries(zhCn).map(([key, text]) => [key, convertText(text, 'zh-hk')]),
  ) as Record<UiKey, string>),
  ...OWN,
};

export default zhHk;
