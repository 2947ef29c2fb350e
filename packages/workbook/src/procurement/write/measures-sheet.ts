import { WHOLE_NUMBER_RULES } from '@sroi/core';
import type { Catalogue, Measure } from '@sroi/core';
import { cellAddress } from '../../cells/address.js';
import { formula, type Cell } from '../../cells/cell.js';
import { FORMATS, moneyFormat } from '../../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW, SPARE_ROWS } from '../../layout/names.js';
import type { SheetLayout } from '../../layout/sheet.js';
import { headerRow } from '../../write/headers.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { withTable } from '../../write/table.js';
import { numberCell, textCell } from '../../write/text.js';
import { MEASURE_COLUMNS, PROCUREMENT_SHEETS, type MeasureField } from '../layout.js';
import { columnRange } from './formulas.js';
import type { IndexPlace } from './price-index-sheet.js';
import { proxiesInPriceBase, type PriceBaseUsed } from './pricing.js';

const column = (field: MeasureField) => MEASURE_COLUMNS.findIndex((spec) => spec.field === field);
/** The computed column after the catalogue's own: each proxy in the price base. */
export const PRICED_COLUMN = MEASURE_COLUMNS.length;

/** The header of the priced column, naming the year: `Proxy in 2025 prices`. */
export function pricedHeader(year: number): string {
  return `Proxy in ${year} prices`;
}

/** Where the Measures sheet keeps its codes and priced proxies, for lookups from other sheets. */
export interface MeasuresPlace {
  readonly codes: string | null;
  readonly proxies: string | null;
  /** The 0-based row of the first measure. */
  readonly firstRow: number;
}

export function measuresPlace(catalogue: Catalogue): MeasuresPlace {
  const sheet = PROCUREMENT_SHEETS.measures;
  const rows = catalogue.measures.length;
  return {
    codes: columnRange(sheet, column('code'), FIRST_DATA_ROW, rows),
    proxies: columnRange(sheet, PRICED_COLUMN, FIRST_DATA_ROW, rows),
    firstRow: FIRST_DATA_ROW,
  };
}

/**
 * The Measures sheet: the catalogue's columns as given (MEASURE_COLUMNS
 * order), and, with a price base, a column with each proxy in the price base
 * as a live formula: proxy x index(price base) / index(price year) from the
 * Price Index sheet, the proxy itself when the years are the same, and #N/A
 * when the index lacks a year (or there is no index), as the engine refuses it.
 *
 * @param index - where the Price Index sheet keeps the index; null when there is none
 */
export function measuresSheet(catalogue: Catalogue, base: PriceBaseUsed | null, index: IndexPlace | null): SheetLayout {
  const money = moneyFormat(catalogue.currency ?? 'GBP');
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.measures);
  sheet.set(0, 0, `Measures: ${catalogue.name}`).boldRow(0);
  if (catalogue.licence !== undefined) sheet.note('A1', `Licence: ${catalogue.licence}`);
  headerRow(sheet, HEADER_ROW, MEASURE_COLUMNS);
  const proxies = base === null ? [] : proxiesInPriceBase(catalogue, base);
  if (base !== null) {
    sheet
      .set(HEADER_ROW, PRICED_COLUMN, pricedHeader(base.year))
      .note(
        cellAddress(HEADER_ROW, PRICED_COLUMN),
        index === null
          ? `The proxy value in ${base.year} prices. There is no price index, so a proxy in another year's prices shows #N/A.`
          : `The proxy value moved to ${base.year} prices: proxy x index(${base.year}) / index(price year), from the ${PROCUREMENT_SHEETS.priceIndex} sheet. #N/A: the index has no value for a year.`,
      );
  }
  catalogue.measures.forEach((measure, offset) => {
    const row = FIRST_DATA_ROW + offset;
    const cells = measureCells(measure);
    MEASURE_COLUMNS.forEach((spec, c) => sheet.set(row, c, cells[c] ?? null, formatOf(spec.field, money)));
    if (base !== null)
      sheet.set(row, PRICED_COLUMN, formula(pricedProxy(row, base.year, index), proxies[offset] ?? ''), money);
  });

  const last = FIRST_DATA_ROW + catalogue.measures.length + SPARE_ROWS;
  const at = (field: MeasureField) =>
    `${cellAddress(FIRST_DATA_ROW, column(field))}:${cellAddress(last - 1, column(field))}`;
  sheet.validate({
    range: at('domain'),
    type: 'list',
    values: ['economic', 'social', 'environmental'],
    message: 'Domain: economic, social or environmental',
  });
  sheet.validate({
    range: at('priceYear'),
    type: 'whole',
    min: WHOLE_NUMBER_RULES.priceYear.min,
    max: WHOLE_NUMBER_RULES.priceYear.max,
    message: 'Price year: a four-digit year such as 2024',
  });
  sheet.validate({ range: at('target'), type: 'decimal', min: 0, max: 1e15, message: 'Target: a number, 0 or more' });
  const widths = [...MEASURE_COLUMNS.map((spec) => spec.width), ...(base === null ? [] : [16])];
  return withTable(
    sheet.build({ frozen: { rows: FIRST_DATA_ROW, columns: 1 }, columnWidths: widths }),
    'Measures',
    catalogue.measures.length,
  );
}

function measureCells(measure: Measure): Cell[] {
  const values: Record<MeasureField, Cell> = {
    code: textCell(measure.code),
    domain: textCell(measure.domain),
    theme: textCell(measure.theme),
    outcome: textCell(measure.outcome),
    measure: textCell(measure.measure),
    unit: textCell(measure.unit),
    proxy: numberCell(measure.proxy),
    priceYear: measure.priceYear,
    source: textCell(measure.source),
    licence: textCell(measure.licence),
    objective: textCell(measure.objective),
    target: numberCell(measure.target),
  };
  return MEASURE_COLUMNS.map((spec) => values[spec.field]);
}

function formatOf(field: MeasureField, money: string): string {
  if (field === 'proxy') return money;
  if (field === 'priceYear') return FORMATS.whole;
  if (field === 'target') return FORMATS.quantity;
  return FORMATS.text;
}

/** Proxy x index(price base) / index(price year), as the engine moves it; the proxy itself in the price base year. */
function pricedProxy(row: number, year: number, index: IndexPlace | null): string {
  const proxy = `$${cellAddress(row, column('proxy'))}`;
  const priceYear = `$${cellAddress(row, column('priceYear'))}`;
  if (index === null || index.years === null || index.values === null) return `IF(${priceYear}=${year},${proxy},NA())`;
  const indexOf = (when: string) => `INDEX(${index.values},MATCH(${when},${index.years},0))`;
  return `IF(${priceYear}=${year},${proxy},${proxy}*${indexOf(String(year))}/${indexOf(priceYear)})`;
}
