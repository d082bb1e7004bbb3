/**
 * A page fixture that records console errors, failed requests and every request leaving the site's origin,
 * so each test can assert that none happened.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const problems: PageProblems = { consoleErrors: [], foreignRequests: [], failedRequests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) {
        problems.foreignRequests.push(request.url());
      }
    });
    page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
    await use(problems);
  },
});

export { expect };

/** Asserts the page made no console error and no request outside the site. */
export function expectClean(problems: PageProblems): void {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
}

export async function gotoOk(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
}
