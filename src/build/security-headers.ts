/**
 * Writes `_headers` into the build output (read by Netlify, Cloudflare Pages and other hosts that support it) with
 * the same Content-Security-Policy the pages carry in their <meta>, plus what only a header can carry
 * (frame-ancestors) and the other security headers. The header policy is the union of every page's <meta> policy,
 * so each page is held to its own stricter <meta> as well. The editor at /admin/ gets its own policy.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADER_ONLY_DIRECTIVES, mergeCsp, SECURITY_HEADERS } from './security.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta[^>]+http-equiv=["']content-security-policy["'][^>]*>/i.exec(html)?.[0];
  const content = tag && /content=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return content ? (content[1] ?? content[2])!.replace(/&#39;/g, "'").replace(/&quot;/g, '"') : undefined;
}

/**
 * The text of `_headers` for a site whose pages carry these policies. Cloudflare Pages adds up the values of every
 * matching rule, so the editor's rule first detaches the site policy (`! Content-Security-Policy`); Netlify lets the
 * later rule win by itself and rejects that line, so it is left out when building on Netlify (NETLIFY=true).
 */
export function headersFile(base: string, sitePolicies: string[], adminPolicies: string[], detach = true): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const common = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  const lines = [
    '# Security headers for hosts that read _headers (Netlify, Cloudflare Pages, …). Written by the build',
    '# (src/build/security-headers.ts) from the policy in src/build/security.ts: do not edit here.',
    `${prefix}*`,
    `  Content-Security-Policy: ${mergeCsp(sitePolicies, HEADER_ONLY_DIRECTIVES)}`,
    ...common,
  ];
  if (adminPolicies.length) {
    lines.push(
      '# The staff editor talks to GitHub: it replaces the site policy with its own.',
      `${prefix}admin/*`,
      ...(detach ? ['  ! Content-Security-Policy'] : []),
      `  Content-Security-Policy: ${mergeCsp(adminPolicies, HEADER_ONLY_DIRECTIVES)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site: string[] = [];
        const admin: string[] = [];
        for (const file of htmlFiles(out)) {
          const policy = metaCsp(readFileSync(file, 'utf8'));
          if (!policy) continue;
          (/(^|[\\/])admin[\\/]/.test(relative(out, file)) ? admin : site).push(policy);
        }
        writeFileSync(join(out, '_headers'), headersFile(base, site, admin, process.env.NETLIFY !== 'true'));
        logger.info(`_headers written (${site.length + admin.length} pages' policies)`);
      },
    },
  };
}
