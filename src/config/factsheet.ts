/**
 * What the printable factsheet (/<lang>/factsheet/) shows: the key figures (ids from
 * src/content/figures/figures.yaml, in this order) and the places whose straight-line distance from Changping it
 * gives (ids from src/model/location/places.ts). It must still print on two A4 pages in every language: the e2e test
 * (tests/e2e/factsheet.spec.ts) prints it and counts.
 */
export const FACTSHEET_FIGURES = [
  'industrial-output-2022',
  'gdp-2023',
  'resident-population-2020',
  'manufacturers-2020',
  'hk-funded-firms-2020',
  'hk-share-of-foreign-firms-2020',
  'area-total',
  'rail-freight-capacity-2020',
  'top-towns-rank-2019',
] as const;

export const FACTSHEET_DISTANCES = ['shenzhen', 'guangzhou', 'hong-kong', 'szx', 'can', 'hkg'] as const;

/**
 * Whether this build's deployment also publishes /<lang>/factsheet.pdf (made after the build by
 * `npm run factsheet:pdf`; the deploy workflow sets FACTSHEET_PDF=1). Without it the page links no PDF, so a
 * local build never links a file it does not have.
 */
export const FACTSHEET_PDF_PUBLISHED = process.env.FACTSHEET_PDF === '1';
