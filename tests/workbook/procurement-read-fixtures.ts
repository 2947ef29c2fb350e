import type { Catalogue } from '@sroi/core';
import type { SheetGrid } from '@sroi/workbook';

/** Freezes a grid all the way down, so a test fails if a reader writes to its input. */
export function frozen(name: string, cells: unknown[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  cells.forEach((row) => Object.freeze(row));
  return Object.freeze({ name, cells: Object.freeze(cells), ...extra }) as SheetGrid;
}

/** A small catalogue to price commitments with: every measure in 2024 prices. */
export const testCatalogue: Catalogue = Object.freeze<Catalogue>({
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
      priceYear: 2024,
      source: 'Illustrative',
    },
    {
      code: 'ENV-1',
      domain: 'environmental',
      theme: 'Carbon',
      outcome: 'Less carbon emitted',
      measure: 'Tonnes CO2e saved',
      unit: 'tonne CO2e',
      proxy: 200,
      priceYear: 2024,
      source: 'Illustrative',
    },
    {
      code: 'SOC-1',
      domain: 'social',
      theme: 'Communities',
      outcome: 'Stronger communities',
      measure: 'Staff volunteering hours',
      unit: 'hour',
      proxy: 10,
      priceYear: 2024,
      source: 'Illustrative',
    },
  ],
});
