/**
 * Print: a page prints its content and nothing to click. With print styles on, the search box, buttons, form
 * controls, the language switcher and the menu are not laid out; a link styled as a button prints as text; the
 * original document's address prints once; every diagram fits the printed width with every label inside it; and
 * Chromium prints the page to a PDF.
 */
import type { Page } from '@playwright/test';
import { LOCALE_KEYS } from '../../src/i18n/locales';
import { expectClean, gotoOk, test, expect } from './support/guard';

/** A4 (210 mm) less the 12 mm side margins of the print stylesheet, in CSS pixels. */
const PRINT_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);

/** The pages with a drawing (the home page's chart, the transport diagram), in every edition: label widths differ. */
const IN_EVERY_EDITION = ['', 'transport/'];
/** Pages with links, forms and tables, each printed in one edition, the editions taken in turn. */
const IN_ONE_EDITION = ['policies/dongguan-foreign-investment-2024/', 'sources/', 'contact/', 'policies/'];
const PAGES = [
  ...IN_EVERY_EDITION.flatMap((path) => LOCALE_KEYS.map((locale) => `${locale}/${path}`)),
  ...IN_ONE_EDITION.map((path, i) => `${LOCALE_KEYS[i % LOCALE_KEYS.length]}/${path}`),
];

/** What is still laid out in print and should not be: interactive chrome, each as a short description. */
function printedControls(page: Page): Promise<string[]> {
  return page
    .locator('button, input, select, textarea, summary, form, [role="search"], [data-search-link], [data-language-switcher], header nav')
    .evaluateAll((nodes) =>
      nodes.filter((el) => el.checkVisibility()).map((el) => `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`),
    );
}

for (const path of PAGES) {
  test(`print /${path}: no search box, buttons or menus; diagrams fit the page`, async ({ page, problems }) => {
    await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    await gotoOk(page, path);
    // On screen the header's controls are there (the test would pass vacuously otherwise).
    expect((await printedControls(page)).length).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    expect(await printedControls(page)).toEqual([]);
    await expect(page.locator('header a').first(), 'the site name prints').toBeVisible();

    // Links styled as buttons print as underlined text, with no box around them.
    const boxed = await page.locator('main a').evaluateAll((links) =>
      links
        .filter((a) => a.checkVisibility())
        .filter((a) => {
          const style = getComputedStyle(a);
          return style.backgroundColor !== 'rgba(0, 0, 0, 0)' || parseFloat(style.borderTopWidth) > 0 || style.boxShadow !== 'none';
        })
        .map((a) => a.textContent?.trim()),
    );
    expect(boxed, 'links printed as buttons').toEqual([]);

    // Every diagram fits the printed width, nothing scrolls, and every label lies inside its drawing.
    const diagrams = await page.locator('main svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const view = (svg as SVGSVGElement).viewBox.baseVal;
        const outside = [...svg.querySelectorAll('text')]
          .filter((text) => {
            const b = (text as SVGTextElement).getBBox();
            return b.x < view.x - 1 || b.y < view.y - 1 || b.x + b.width > view.x + view.width + 1 || b.y + b.height > view.y + view.height + 1;
          })
          .map((text) => text.textContent);
        let clipped = false;
        for (let el = svg.parentElement; el && el !== document.body; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) clipped = true;
        }
        return { right: box.right, outside, clipped };
      }),
    );
    for (const diagram of diagrams) {
      expect(diagram.right, 'a diagram ends inside the printed width').toBeLessThanOrEqual(PRINT_WIDTH + 1);
      expect(diagram.outside, 'labels outside their diagram').toEqual([]);
      expect(diagram.clipped, 'a diagram in a scrolling box').toBe(false);
    }

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0, 'printed pages').toBeGreaterThan(0);
    expectClean(problems);
  });
}

test('print: the original document’s address prints once, other external links print theirs', async ({ page }) => {
  await gotoOk(page, 'en/policies/dongguan-foreign-investment-2024/');
  await page.emulateMedia({ media: 'print' });
  const original = page.locator('[data-original-link] a');
  const href = (await original.getAttribute('href'))!;
  // The address is written out under the link, and the link adds no second copy after itself.
  await expect(page.locator('[data-original-link]')).toContainText(href);
  expect(await original.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  const other = page.locator('main a[href^="http"]:not([data-url-shown])').first();
  const otherHref = (await other.getAttribute('href'))!;
  expect(await other.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(otherHref);
});
