/**
 * Writes `_headers` into the build output (read by Netlify, Cloudflare Pages and other hosts that support it) with
 * the same Content-Security-Policy the pages carry in their <meta>, plus what only a header can carry
 * (frame-ancestors) and the other security headers. The header policy is the union of every page's <meta> policy,
 * so each page is held to its own stricter <meta> as well. The editor at /admin/ gets its own policy.
 */
import { closeSync, openSync, readdirSync, readSync, statSync, writeFileSync } from 'node:fs';
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

/** The policy a header sends for pages with these <meta> policies: what each allows, plus the header-only directives. */
export function headerCsp(policies: string[]): string {
  return mergeCsp(policies, HEADER_ONLY_DIRECTIVES);
}

/**
 * A page's `<head>`: the file read up to `</head>` only (the policy is there), not the whole page; the whole file
 * when it has no `</head>`.
 */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    // A page's head is 2–4 KB: most pages take one read of 4 KB, none is decoded whole.
    const chunk = Buffer.alloc(4 * 1024);
    const parts: Buffer[] = [];
    let text = '';
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return text;
      parts.push(Buffer.from(chunk.subarray(0, n)));
      text = Buffer.concat(parts).toString('utf8');
      const end = text.indexOf('</head>');
      if (end >= 0) return text.slice(0, end);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The distinct <meta> policies of the pages in a build, the staff editor's apart (for `_headers` and the nginx
 * config). Pages of one kind share a policy, so thousands of pages give a handful.
 */
export function collectPolicies(outDir: string): { site: string[]; admin: string[] } {
  const site = new Set<string>();
  const admin = new Set<string>();
  for (const file of htmlFiles(outDir)) {
    const policy = metaCsp(readHead(file));
    if (!policy) continue;
    (/(^|[\\/])admin[\\/]/.test(relative(outDir, file)) ? admin : site).add(policy);
  }
  return { site: [...site], admin: [...admin] };
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
    `  Content-Security-Policy: ${headerCsp(sitePolicies)}`,
    ...common,
  ];
  if (adminPolicies.length) {
    lines.push(
      '# The staff editor talks to GitHub: it replaces the site policy with its own.',
      `${prefix}admin/*`,
      ...(detach ? ['  ! Content-Security-Policy'] : []),
      `  Content-Security-Policy: ${headerCsp(adminPolicies)}`,
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
        const { site, admin } = collectPolicies(out);
        writeFileSync(join(out, '_headers'), headersFile(base, site, admin, process.env.NETLIFY !== 'true'));
        logger.info(`_headers written (${site.length + admin.length} distinct page policies)`);
      },
    },
  };
}
