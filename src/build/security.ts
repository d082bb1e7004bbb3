/**
 * The site's Content-Security-Policy and other security headers, in one place. Pages may load only what the site
 * itself serves: their own bundled scripts and styles (Astro adds the hashes of inline ones), images and fonts
 * from the site, and Pagefind's index and WebAssembly (which needs 'wasm-unsafe-eval'). Nothing from any other
 * origin. `frame-ancestors` (no framing) can only be sent as a header, so it is in `_headers` only.
 */

/**
 * Directives besides script-src and style-src, which Astro writes with its hashes. Fonts, fetches, media and the
 * manifest fall back to default-src 'self', so they are not repeated (every byte of the <meta> is on every page).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  // mailto: lets the contact page's enquiry form prepare an e-mail when no enquiry endpoint is configured. A form
  // endpoint on another origin must be added here (and to connect-src if the page posts to it with fetch).
  "form-action 'self' mailto:",
  "worker-src 'self'",
] as const;

/** script-src: the site's own files, plus WebAssembly compilation for Pagefind's search. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** style-src: the site's own stylesheets (inline ones are hashed by Astro). */
export const CSP_STYLE_RESOURCES = ["'self'"];

/** Only in the header: no other site may show these pages in a frame. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * What the browser editor at /admin/ adds: it talks to GitHub's API (and its status page), shows images from the
 * repository, and Sveltia's Svelte components set inline styles. Only that page gets these.
 */
export const ADMIN_CSP_ADDITIONS = {
  directives: [
    "connect-src 'self' https://api.github.com https://www.githubstatus.com https://raw.githubusercontent.com blob: data:",
    'img-src https://avatars.githubusercontent.com https://raw.githubusercontent.com blob:',
    "worker-src 'self' blob:",
    "media-src 'self' blob:",
    'frame-src blob:',
  ],
  styleResources: ["'unsafe-inline'"],
} as const;

/** The other headers, for every path. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Splits a CSP into its directives: `{ 'script-src': ["'self'", …] }`. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), [...(directives.get(name.toLowerCase()) ?? []), ...values]);
  }
  return directives;
}

/** Joins several pages' policies into one that allows what each of them allows (for a site-wide header). */
export function mergeCsp(policies: string[], extra: readonly string[] = []): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of [...policies, ...extra]) {
    for (const [name, values] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      values.forEach((value) => set.add(value));
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}
