/** The incentive finder's data, read from the policies in one language at build time (Astro-only). */
import type { Locale } from '~/i18n/locales';
import type { FinderPolicy } from '~/model/policies/finder/engine';
import { getLocalized } from '~/queries/collections';
import { entrySlug } from '~/model/entries';
import { localePath } from '~/site/paths';
import { buildDate } from '~/model/build-date';
import { policyStatus } from '~/model/policies/status';
import { getSources } from '~/queries/sources';
import { sourceIn } from '~/model/sources/in-edition';

/** Every policy in the language, newest first, with its status on the build date and its rules. */
export async function finderPolicies(locale: Locale): Promise<FinderPolicy[]> {
  const today = buildDate();
  const policies = (await getLocalized('policies', locale)).sort((a, b) => b.data.issued.getTime() - a.data.issued.getTime());
  return Promise.all(
    policies.map(async (entry) => {
      const slug = entrySlug(entry);
      const sources = await getSources(entry.data.sources);
      const linked = sources.find((source) => source.data.url === entry.data.url) ?? sources[0];
      return {
        slug,
        title: entry.data.title,
        status: policyStatus(entry.data, today),
        supersededBy: entry.data.supersededBy,
        url: entry.data.url,
        urlKind: entry.data.urlKind,
        rules: entry.data.rules,
        href: localePath(locale, `policies/${slug}`),
        ...(linked ? { publisher: sourceIn(linked.data, locale).publisher } : {}),
      };
    }),
  );
}
