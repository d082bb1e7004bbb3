/**
 * The small links to the factsheet and the location map come from the sections table (src/site/sections.ts): the
 * home page and every section it introduces link the factsheet, the transport and sites pages link the map, and
 * every section in the table has its route.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { homeSections, SECTION_PATHS, sectionLinks, sectionsLinking } from '../../src/site/sections';

describe('section links', () => {
  it('the home page and every section it introduces link the factsheet', () => {
    const linking = sectionsLinking('factsheet');
    for (const path of ['', ...homeSections().map((section) => section.path)]) expect(linking, path || 'home').toContain(path);
    expect(linking).not.toContain('factsheet');
  });

  it('home, transport and sites link the location map; the map links the factsheet', () => {
    expect(sectionsLinking('location')).toEqual(expect.arrayContaining(['', 'transport', 'sites']));
    expect(sectionLinks('location')).toEqual(['factsheet']);
    expect(sectionsLinking('location')).not.toContain('location');
  });

  it('a page below a section gets its section links; an unknown path none', () => {
    expect(sectionLinks('sites/some-site')).toEqual(sectionLinks('sites'));
    expect(sectionLinks('no-such-section')).toEqual([]);
  });

  it('every section in the table has a route under src/pages/[lang]/', () => {
    for (const path of SECTION_PATHS) {
      const base = `src/pages/[lang]/${path || 'index'}`;
      expect(existsSync(`${base}.astro`) || existsSync(`src/pages/[lang]/${path}/index.astro`) || existsSync(`src/pages/[lang]/${path}/[...page].astro`), path).toBe(true);
    }
  });
});
