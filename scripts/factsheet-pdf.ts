// `npm run factsheet:pdf`: prints the built factsheet of every language to dist/<lang>/factsheet.pdf, in Chromium,
// with the settings of scripts/lib/factsheet-pdf.ts (A4, footer with the generation date). Run it after
// `npm run build`: it serves dist/ with `astro preview` itself, unless FACTSHEET_URL names a running server
// (e.g. http://127.0.0.1:4440/). Fails if a factsheet takes more than two pages. `npm run build` needs no browser;
// this script does (Chromium: see tests/e2e/support/browser.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { LOCALE_KEYS } from '../src/i18n/locales.ts';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/support/browser.ts';
import { countPdfPages, MAX_PAGES, printFactsheet } from './lib/factsheet-pdf.ts';

const outDir = process.env.DIST_DIR ?? 'dist';
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.FACTSHEET_PORT ?? Number(process.env.PREVIEW_PORT ?? 4321) + 200);

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`factsheet:pdf: no server answered at ${url} within ${ms / 1000} s`);
}

let server: ReturnType<typeof spawn> | undefined;
let origin = process.env.FACTSHEET_URL?.replace(/\/?$/, '/');
if (!origin) {
  origin = `http://127.0.0.1:${port}${base}`;
  server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', outDir], { stdio: 'ignore', detached: true });
}
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
let failed = false;
try {
  await waitFor(origin, 60_000);
  const page = await browser.newPage();
  for (const locale of LOCALE_KEYS) {
    const response = await page.goto(new URL(`${locale}/factsheet/`, origin).href);
    if (response?.status() !== 200) throw new Error(`factsheet:pdf: /${locale}/factsheet/ answered ${response?.status()}`);
    const pdf = await printFactsheet(page);
    const pages = countPdfPages(pdf);
    const file = join(outDir, locale, 'factsheet.pdf');
    mkdirSync(join(outDir, locale), { recursive: true });
    writeFileSync(file, pdf);
    console.log(`factsheet:pdf: ${file}, ${pages} page(s), ${Math.round(pdf.length / 1024)} KB`);
    if (pages > MAX_PAGES) {
      console.error(`factsheet:pdf: /${locale}/factsheet/ prints on ${pages} A4 pages; the limit is ${MAX_PAGES}. Shorten it (src/config/factsheet.ts). 概览超过${MAX_PAGES}页A4，请精简内容。`);
      failed = true;
    }
  }
} finally {
  await browser.close();
  if (server?.pid) process.kill(-server.pid);
}
process.exit(failed ? 1 : 0);
