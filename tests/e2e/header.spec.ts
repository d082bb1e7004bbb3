/**
 * The header's top row on phones, in every edition, on the home page and on the search page (where the search link
 * is marked as the current page): the site name never breaks inside a word (常平投资 stays whole; Invest Changping
 * may only break at its space), and the controls beside it neither overlap it nor leave the window.
 */
import { LOCALE_KEYS } from '../../src/i18n/locales';
import { gotoOk, test, expect } from './support/guard';

const WIDTHS = [320, 360, 375, 390];
const PAGES = ['', 'search/'];

for (const lang of LOCALE_KEYS) {
  for (const width of WIDTHS) {
    test(`${lang} at ${width} px: the site name stays whole and nothing in the header overlaps it`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of PAGES) {
        await gotoOk(page, `${lang}/${path}`);
        const brand = page.locator('header > div > a').first();
        // The name's characters, each with the line it is drawn on (hidden parts, such as the other-language name
        // shown from `sm` up, have no box and are left out).
        const chars = await brand.evaluate((link) => {
          const text = [...link.querySelectorAll('span')].map((span) => span.firstChild).find((node) => node?.nodeType === Node.TEXT_NODE && node.textContent!.trim());
          if (!text) return [];
          const range = document.createRange();
          return [...text.textContent!].map((char, i) => {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const rect = range.getBoundingClientRect();
            return { char, top: Math.round(rect.top), left: rect.left, right: rect.right, bottom: rect.bottom };
          });
        });
        expect(chars.length, `/${lang}/${path}: the site name is in the header`).toBeGreaterThan(0);
        const breaks = chars.flatMap((c, i) => (i > 0 && c.top !== chars[i - 1]!.top && !/\s/.test(c.char) && !/\s/.test(chars[i - 1]!.char) ? [i] : []));
        const name = chars.map((c) => c.char).join('');
        expect(breaks.map((i) => `${name.slice(0, i)} / ${name.slice(i)}`), `/${lang}/${path}: the site name breaks inside a word`).toEqual([]);

        // What is drawn of the brand: the link's box, and each character of the name (which could spill out of it).
        const link = (await brand.boundingBox())!;
        const drawn = [{ left: link.x, right: link.x + link.width, top: link.y, bottom: link.y + link.height }, ...chars.filter((c) => c.right > c.left)];
        const controls = await page.locator('header > div > :not(:first-child)').evaluateAll((elements) =>
          elements
            .map((element) => ({ what: element.outerHTML.slice(0, 60), rect: element.getBoundingClientRect() }))
            .filter(({ rect }) => rect.width > 0 && rect.height > 0)
            .map(({ what, rect }) => ({ what, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom })),
        );
        expect(controls.length, `/${lang}/${path}: the header's controls are shown`).toBeGreaterThan(0);
        for (const c of controls) {
          const overlaps = drawn.some((d) => c.left < d.right - 0.5 && c.right > d.left + 0.5 && c.top < d.bottom - 0.5 && c.bottom > d.top + 0.5);
          expect(overlaps, `/${lang}/${path}: ${c.what} overlaps the site name`).toBe(false);
          expect(c.right, `/${lang}/${path}: ${c.what} ends inside the window`).toBeLessThanOrEqual(width);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `/${lang}/${path}: no sideways scrolling`).toBeLessThanOrEqual(width);
      }
    });
  }
}
