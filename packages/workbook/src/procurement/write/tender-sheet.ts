import { WHOLE_NUMBER_RULES } from '@sroi/core';
import type { Tender, TenderResult } from '@sroi/core';
import { cellAddress } from '../../cells/address.js';
import { formula } from '../../cells/cell.js';
import { FORMATS } from '../../layout/formats.js';
import type { SheetLayout } from '../../layout/sheet.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { numberCell, textCell } from '../../write/text.js';
import { PROCUREMENT_SHEETS, TENDER_ROWS } from '../layout.js';
import { sheetCell } from './formulas.js';
import { writeLabelledRows, type LabelledRow } from './labelled-rows.js';

type TenderField = (typeof TENDER_ROWS)[number]['field'];

export const PRICE_METHODS = ['lowest-price', 'linear'] as const;
export const SOCIAL_VALUE_METHODS = ['monetised', 'qualitative', 'both'] as const;

/** The Tender sheet's value cell for a field, absolute with its sheet (`Tender!$B$3`), for formulas on other sheets. */
export function tenderCell(field: TenderField): string {
  return sheetCell(
    PROCUREMENT_SHEETS.tender,
    TENDER_ROWS.findIndex((row) => row.field === field),
    1,
  );
}

const PERCENT = { type: 'decimal', min: 0, max: 100 } as const;

/**
 * The Tender sheet: the tender's labelled rows (TENDER_ROWS, label in A,
 * value in B, help in C) with named cells and validation, then the weights'
 * total and a check that says, in words, when the weights or the shares do
 * not add up. Methods are written as the engine read them, defaults included,
 * because the Scores sheet's formulas follow these cells.
 */
export function tenderSheet(tender: Tender, result: TenderResult): SheetLayout {
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.tender);
  const split = result.socialValueSplit;
  const rows: Record<TenderField, Omit<LabelledRow, 'label'>> = {
    name: { value: textCell(result.name), format: FORMATS.text, help: 'The tender\u2019s name.', name: 'TenderName' },
    currency: {
      value: textCell(result.currency),
      format: FORMATS.text,
      help: 'ISO 4217 code of prices and offers, e.g. GBP.',
      name: 'TenderCurrency',
    },
    priceWeight: {
      value: numberCell(tender.weights.price),
      format: null,
      help: 'Percent of the score for price, e.g. 60; the three weights sum to 100.',
      name: 'PriceWeight',
      bounds: PERCENT,
    },
    qualityWeight: {
      value: numberCell(tender.weights.quality),
      format: null,
      help: 'Percent of the score for quality, 0 to 100.',
      name: 'QualityWeight',
      bounds: PERCENT,
    },
    socialValueWeight: {
      value: numberCell(tender.weights.socialValue),
      format: null,
      help: 'Percent of the score for social value; at least 10 in central government tenders (PPN 002).',
      name: 'SocialValueWeight',
      bounds: PERCENT,
    },
    priceMethod: {
      value: result.priceMethod,
      format: FORMATS.text,
      help: 'lowest-price: lowest price / bid price x weight; linear: the full weight at the lowest price, none at the highest.',
      name: 'PriceMethod',
      choices: PRICE_METHODS,
    },
    socialValueMethod: {
      value: result.socialValueMethod,
      format: FORMATS.text,
      help: 'monetised: offer / highest offer x weight; qualitative: panel score / 100 x weight; both: the weight split between them.',
      name: 'SocialValueMethod',
      choices: SOCIAL_VALUE_METHODS,
    },
    monetisedSplit: {
      value: split === null ? null : split.monetised.toNumber(),
      format: null,
      help: 'For the both method: percent of the social value weight scored on money offers.',
      name: 'MonetisedShare',
      bounds: PERCENT,
    },
    qualitativeSplit: {
      value: split === null ? null : split.qualitative.toNumber(),
      format: null,
      help: 'For the both method: percent of the social value weight scored on the panel\u2019s score.',
      name: 'QualitativeShare',
      bounds: PERCENT,
    },
    priceYear: {
      value: result.pricing?.priceYear ?? null,
      format: FORMATS.whole,
      help: 'The year whose prices commitments are valued in (the Measures sheet).',
      name: 'TenderPriceYear',
      bounds: { type: 'whole', min: WHOLE_NUMBER_RULES.priceYear.min, max: WHOLE_NUMBER_RULES.priceYear.max },
    },
  };
  const namedCells = writeLabelledRows(
    sheet,
    TENDER_ROWS.map(({ field, label }) => ({ ...rows[field], label })),
  );

  const totalRow = TENDER_ROWS.length + 1;
  const local = (field: TenderField) =>
    cellAddress(
      TENDER_ROWS.findIndex((row) => row.field === field),
      1,
    );
  const total = (['priceWeight', 'qualityWeight', 'socialValueWeight'] as const).map(local).join(',');
  const weightsTotal = cellAddress(totalRow, 1);
  // Rounded: 33.3 + 33.3 + 33.4 is not exactly 100 in a spreadsheet's arithmetic.
  const check =
    `IF(ROUND(${weightsTotal},9)<>100,"The weights must sum to 100: change them until the total is 100",` +
    `IF(AND(${local('socialValueMethod')}="both",ROUND(${local('monetisedSplit')}+${local('qualitativeSplit')},9)<>100),` +
    `"With the both method, the monetised and qualitative shares must sum to 100","The weights sum to 100"))`;
  const weightSum = result.weights.price.plus(result.weights.quality).plus(result.weights.socialValue);
  sheet
    .set(totalRow, 0, 'Weights total (%)')
    .set(totalRow, 1, formula(`SUM(${total})`, weightSum.toNumber()))
    .set(totalRow, 2, 'Price, quality and social value weights together: 100.')
    .set(totalRow + 1, 0, 'Check')
    .set(totalRow + 1, 1, formula(check, 'The weights sum to 100'));
  return sheet.build({ frozen: { rows: 0, columns: 1 }, columnWidths: [36, 22, 90], namedCells });
}
