/**
 * Which Chromium the end-to-end tests drive: CHROMIUM_PATH if set, else Playwright's own browser if it is
 * installed, else Debian's /usr/bin/chromium. With none, the run stops with a message saying how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string {
  const candidates: string[] = [];
  if (process.env.CHROMIUM_PATH) candidates.push(process.env.CHROMIUM_PATH);
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is not installed.
  }
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one with `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH ' +
        'to a Chromium or Chrome binary.',
    );
  }
  return found;
}
