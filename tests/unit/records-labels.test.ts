import { describe, expect, it } from 'vitest';
import { POLICY_LEVELS, POLICY_TYPES, SECTORS } from '../../src/schemas/shared';
import { LOCALE_KEYS } from '../../src/i18n/locales';
import { DICTIONARIES } from '../../src/i18n/translate';
import { POLICY_STATUSES } from '../../src/model/policies/status';

/** The record pages build dictionary keys from content values; every value needs a label in every language. */
describe('labels of policy levels, types, sectors and statuses', () => {
  const keys = [
    ...POLICY_LEVELS.map((value) => `policies.level.${value}`),
    ...POLICY_TYPES.map((value) => `policies.type.${value}`),
    ...SECTORS.map((value) => `policies.sector.${value}`),
    ...POLICY_STATUSES.map((value) => `policies.status.${value}`),
  ];
  for (const locale of LOCALE_KEYS) {
    it(`exist in the ${locale} dictionary`, () => {
      const dictionary = DICTIONARIES[locale] as Record<string, string | undefined>;
      expect(keys.filter((key) => !dictionary[key])).toEqual([]);
    });
  }
});
