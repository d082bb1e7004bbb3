/** The six key figures on the home page: the ones an investor asks for first (ids from figures.yaml). */
export const HOME_FIGURES = [
  'industrial-output-2022',
  'gdp-2023',
  'manufacturers-2020',
  'hk-funded-firms-2020',
  'resident-population-2020',
  'top-towns-rank-2019',
] as const;

/** The figures compared in the home page's land chart (same unit and date). */
export const HOME_CHART_FIGURES = ['area-total', 'area-construction'] as const;
