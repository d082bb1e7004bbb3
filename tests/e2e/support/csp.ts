/** Serves pages with the host headers from dist/_headers and records every Content-Security-Policy violation. */
import type { Page } from '@playwright/test';
import { headersFor, readHeaderRules } from './headers';

const rules = readHeaderRules();

/**
 * Serves every same-origin response with the host headers (unless the server sends them itself: `hostHeaders:
 * false`, as nginx does in tests/nginx/); records every CSP violation.
 */
export async function watchPolicy(page: Page, { hostHeaders = true } = {}): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  if (!hostHeaders) return violations;
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch();
    if (!response.headers()['content-type']?.includes('text/html')) return route.fulfill({ response });
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, url.pathname) } });
  });
  return violations;
}
