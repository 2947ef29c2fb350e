import type { Catalogue, PriceIndex, Tender } from '@sroi/core';

/** The hand-worked tender: weights 60/30/10; A 10,000/80/50,000; B 8,000/70/20,000 gives A 82, B 85. */
export const workedTender: Tender = Object.freeze<Tender>({
  name: 'Worked example',
  weights: { price: 60, quality: 30, socialValue: 10 },
  bids: [
    { bidder: 'A', price: 10000, quality: 80, socialValue: 50000 },
    { bidder: 'B', price: 8000, quality: 70, socialValue: 20000 },
  ],
});

/** An index where 2020 is 80 and 2025 is 100: values in 2020 prices are worth 1.25 times as much in 2025 prices. */
export const deflator: PriceIndex = Object.freeze<PriceIndex>({
  name: 'Test deflator',
  values: [
    { year: 2020, index: 80 },
    { year: 2021, index: 84 },
    { year: 2024, index: 96 },
    { year: 2025, index: 100 },
  ],
});

export const catalogue: Catalogue = Object.freeze<Catalogue>({
  name: 'Test framework',
  measures: [
    {
      code: 'EMP-1',
      domain: 'economic',
      theme: 'Jobs',
      outcome: 'More local people in work',
      measure: 'Local people employed on the contract',
      unit: 'person-year',
      proxy: 1000,
      priceYear: 2020,
      source: 'Illustrative',
    },
    {
      code: 'VOL-1',
      domain: 'social',
      theme: 'Communities',
      outcome: 'Stronger communities',
      measure: 'Staff volunteering hours',
      unit: 'hour',
      proxy: '16.80',
      priceYear: 2024,
      source: 'Illustrative',
    },
    {
      code: 'CO2-1',
      domain: 'environmental',
      theme: 'Climate',
      outcome: 'Lower emissions',
      measure: 'Tonnes of CO2e saved',
      unit: 'tonne CO2e',
      proxy: 250,
      priceYear: 2025,
      source: 'Illustrative',
    },
  ],
});
