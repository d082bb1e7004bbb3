/**
 * The location map (/<lang>/location/) in a real browser, against the build: outlines and every place drawn, the
 * table of places with straight-line distances that match the coordinates and a source for each, no tiles or other
 * origins, legible at 390 px (sideways scrolling only with a cue), clean print, axe, and the links to it.
 */
import AxeBuilder from '@axe-core/playwright';
import { PLACES, UNPLOTTED, ORIGIN_ID } from '../../src/model/location/places';
import { roundKm, straightLineKm, toLonLat } from '../../src/model/location/location-map';
import { forLocale, LOCALE_KEYS } from '../../src/i18n/locales';
import { sectionsLinking } from '../../src/site/sections';
import { expectClean, gotoOk, test, expect } from './support/guard';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const origin = toLonLat(PLACES.find((p) => p.id === ORIGIN_ID)!.coordinates);

for (const lang of LOCALE_KEYS) {
  test.describe(lang, () => {
    // axe scans, PDF printing and page walks are slow on a busy machine (a time limit, not a timed assertion).
    test.describe.configure({ timeout: 90_000 });
    test('location: outlines and every sourced place drawn as SVG, no tiles, no other origin', async ({ page, problems }) => {
      await gotoOk(page, `${lang}/location/`);
      const region = page.locator('svg[data-view="region"]');
      await expect(region).toBeVisible();
      await expect(region).toHaveAttribute('role', 'img');
      await expect(region.locator('title')).not.toBeEmpty();
      await expect(region.locator('desc')).not.toBeEmpty();
      // Mainland China and Hong Kong outlines, clipped to the view.
      await expect(region.locator('path[data-outline="156"]')).toHaveCount(1);
      await expect(region.locator('path[data-outline="344"]')).toHaveCount(1);
      for (const place of PLACES) {
        const view = place.closeUp ? 'close-up' : 'region';
        await expect(page.locator(`svg[data-view="${view}"] [data-place="${place.id}"]`), place.id).toHaveCount(1);
      }
      for (const item of UNPLOTTED) await expect(page.locator(`svg [data-place="${item.id}"]`)).toHaveCount(0);
      await expect(page.locator('[data-outline-credit] .source-citation a[href]')).toHaveCount(1);
      await expect(page.locator('[data-no-city-outlines]')).toBeVisible();
      await expect(page.locator('main img')).toHaveCount(0);
      expectClean(problems);
    });

    test('location: the table gives each place, its straight-line distance and the source of its coordinates', async ({ page }) => {
      await gotoOk(page, `${lang}/location/`);
      // The word as the page's dictionary (or its fallback) spells it.
      const words = Object.fromEntries(
        await Promise.all(LOCALE_KEYS.map(async (key) => [key, (await import(`../../src/i18n/ui/${key}.ts`)).default['location.straightLine'] as string] as const)),
      );
      const straightLine = forLocale(words, lang)!;
      for (const place of PLACES) {
        const row = page.locator(`[data-place-row="${place.id}"]`);
        await expect(row, place.id).toHaveCount(1);
        const km = roundKm(straightLineKm(origin, toLonLat(place.coordinates)));
        await expect(row.locator('[data-km]')).toHaveAttribute('data-km', String(km));
        if (place.id !== ORIGIN_ID) await expect(row.locator('[data-km]')).toContainText(straightLine);
        const link = row.locator('[data-coordinate-source] a[href]');
        await expect(link).toHaveCount(1);
        expect(await link.getAttribute('href')).toMatch(/^https?:/);
        // Travel times appear only where a source gives one, each with that source.
        await expect(row.locator('[data-travel]')).toHaveCount(place.travel?.length ?? 0);
        await expect(row.locator('[data-travel] .source-citation')).toHaveCount(place.travel?.length ?? 0);
      }
      // Known distances, as the crow flies: Hong Kong airport about 75 km, Dongguan station about 19 km.
      await expect(page.locator('[data-place-row="hkg"] [data-km]')).toHaveAttribute('data-km', '75');
      await expect(page.locator('[data-place-row="dongguan-station"] [data-km]')).toHaveAttribute('data-km', '19');
      await expect(page.locator('[data-unplotted] li')).toHaveCount(UNPLOTTED.length);
      await expect(page.locator('[data-straight-line-note]')).toBeVisible();
    });

    test('location: at 390 px nothing overflows the page; the map and table scroll sideways with a cue', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await gotoOk(page, `${lang}/location/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
      const scrollers = page.locator('[data-location-map] .overflow-x-auto, [data-location-closeup] .overflow-x-auto, [data-place-table] .overflow-x-auto');
      for (let i = 0; i < (await scrollers.count()); i++) {
        const scroller = scrollers.nth(i);
        const scrolls = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
        if (!scrolls) continue;
        // A scrolling box has a visible cue before it and can be scrolled from the keyboard.
        const cue = scroller.locator('xpath=preceding-sibling::*[@data-scroll-cue][1]');
        await expect(cue).toBeVisible();
        await expect(scroller).toHaveAttribute('tabindex', '0');
      }
      // Labels stay legible: the map’s text is drawn at about 11 px or more (its boxes 13 px high).
      const smallest = await page.locator('svg[data-view="region"] text').evaluateAll((texts) => Math.min(...texts.map((t) => t.getBoundingClientRect().height)));
      expect(smallest).toBeGreaterThanOrEqual(13);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });

    test('location: prints without navigation or cues, the map within the page width', async ({ page }) => {
      await gotoOk(page, `${lang}/location/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('body > header')).toBeHidden();
      await expect(page.locator('[data-scroll-cue]').first()).toBeHidden();
      await expect(page.locator('[data-factsheet-link]')).toBeHidden();
      const { svg, body } = await page.evaluate(() => ({
        svg: document.querySelector('svg[data-view="region"]')!.getBoundingClientRect().width,
        body: document.body.clientWidth,
      }));
      expect(svg).toBeLessThanOrEqual(body);
      await expect(page.locator('[data-place-table] table')).toBeVisible();
    });

    test('location: axe clean; linked from every page the sections table says (home, transport, sites)', async ({ page }) => {
      await gotoOk(page, `${lang}/location/`);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      for (const path of sectionsLinking('location')) {
        const from = path ? `${path}/` : '';
        await gotoOk(page, `${lang}/${from}`);
        await expect(page.locator(`[data-location-link] a[href$="/${lang}/location/"]`), `/${lang}/${from}`).toHaveCount(1);
      }
    });
  });
}
