/**
 * The site's canonical origin: `SITE` from the environment (see docs/deploy.md), or the default below. Read by
 * astro.config.mjs and by the content check, which refuses links written with the site's own domain.
 */
export const DEFAULT_SITE = 'https://invest-changping.example.org';

/** The origin the build uses (`https://invest-changping.example.org`), without a trailing slash. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE ?? DEFAULT_SITE).replace(/\/+$/, '');
}
