import { describe, expect, it } from 'vitest';
import { headersFile, metaCsp } from '../../src/build/security-headers';
import { INLINE_SCRIPT_HASHES, REMEMBER_LOCALE_SCRIPT, scriptHash } from '../../src/build/inline-scripts';
import { mergeCsp, parseCsp } from '../../src/build/security';

describe('security headers', () => {
  it('merges page policies into one that allows what each allows', () => {
    const merged = parseCsp(
      mergeCsp(
        ["script-src 'self' 'sha256-a'; img-src 'self'", "script-src 'self' 'sha256-b'"],
        ["frame-ancestors 'none'"],
      ),
    );
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(merged.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('reads the policy from a page <meta>, quotes and all', () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`)).toBe(
      "default-src 'self'; script-src 'self'",
    );
  });

  it('writes _headers under the base path, with the editor detached from the site policy', () => {
    const text = headersFile(
      '/changping/',
      ["default-src 'self'"],
      ["default-src 'self'; connect-src https://api.github.com"],
    );
    expect(text).toContain("/changping/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(text).toContain('/changping/admin/*\n  ! Content-Security-Policy\n');
    expect(text).toContain('X-Content-Type-Options: nosniff');
    const netlify = headersFile('/', ["default-src 'self'"], ["connect-src https://api.github.com"], false);
    expect(netlify).toContain('/admin/*\n  Content-Security-Policy: connect-src https://api.github.com');
    expect(netlify).not.toContain('!');
  });

  it('hashes the inline scripts the way browsers do (SHA-256, base64)', () => {
    expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(INLINE_SCRIPT_HASHES).toContain(scriptHash(REMEMBER_LOCALE_SCRIPT));
  });
});
