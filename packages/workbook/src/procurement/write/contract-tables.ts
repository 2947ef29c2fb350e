import { toDecimal, type Contract, type DeliveryReport } from '@sroi/core';
import { cellAddress } from '../../cells/address.js';
import { formula } from '../../cells/cell.js';
import { FORMATS, moneyFormat } from '../../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW, SPARE_ROWS } from '../../layout/names.js';
import type { SheetLayout } from '../../layout/sheet.js';
import { headerRow } from '../../write/headers.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { withTable } from '../../write/table.js';
import { numberCell, textCell } from '../../write/text.js';
import { COMMITMENT_COLUMNS, DELIVERY_COLUMNS, PROCUREMENT_SHEETS } from '../layout.js';
import { columnRange, lookupExact, NOT_AVAILABLE } from './formulas.js';
import { pricedHeader, type MeasuresPlace } from './measures-sheet.js';

/** A contract's commitments carry no bidder: Measure code, Quantity. */
export const CONTRACT_COMMITMENT_COLUMNS = COMMITMENT_COLUMNS.filter((column) => column.field !== 'bidder');
// Deliveries: Period, Measure code, Quantity, then the proxy in the price base and the value.
const DELIVERY_PROXY_COLUMN = DELIVERY_COLUMNS.length;
const DELIVERY_VALUE_COLUMN = DELIVERY_COLUMNS.length + 1;

/** Where the contract's commitments and deliveries are, for the Monitoring sheet's formulas. */
export interface ContractPlace {
  readonly committedCodes: string | null;
  readonly committedQuantities: string | null;
  readonly deliveredPeriods: string | null;
  readonly deliveredCodes: string | null;
  readonly deliveredQuantities: string | null;
  readonly deliveredValues: string | null;
}

export function contractPlace(contract: Contract): ContractPlace {
  const commitments = (column: number) =>
    columnRange(PROCUREMENT_SHEETS.commitments, column, FIRST_DATA_ROW, contract.commitments.length);
  const deliveries = (column: number) =>
    columnRange(PROCUREMENT_SHEETS.deliveries, column, FIRST_DATA_ROW, contract.deliveries.length);
  return {
    committedCodes: commitments(0),
    committedQuantities: commitments(1),
    deliveredPeriods: deliveries(0),
    deliveredCodes: deliveries(1),
    deliveredQuantities: deliveries(2),
    deliveredValues: deliveries(DELIVERY_VALUE_COLUMN),
  };
}

/** The contract's Commitments sheet: Measure code and Quantity, one row per commitment made at award. */
export function contractCommitmentsSheet(contract: Contract): SheetLayout {
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.commitments);
  sheet.set(0, 0, 'Commitments: the measures the supplier committed to at award').boldRow(0);
  headerRow(sheet, HEADER_ROW, CONTRACT_COMMITMENT_COLUMNS);
  contract.commitments.forEach((commitment, offset) => {
    sheet
      .set(FIRST_DATA_ROW + offset, 0, textCell(commitment.code), FORMATS.text)
      .set(FIRST_DATA_ROW + offset, 1, numberCell(commitment.quantity), FORMATS.quantity);
  });
  sheet.validate(quantityRule('B', contract.commitments.length));
  return withTable(
    sheet.build({
      frozen: { rows: FIRST_DATA_ROW, columns: 0 },
      columnWidths: CONTRACT_COMMITMENT_COLUMNS.map((column) => column.width),
    }),
    'Commitments',
    contract.commitments.length,
  );
}

/**
 * The Deliveries sheet: Period, Measure code, Quantity as reported, then the
 * measure's proxy in the price base looked up on the Measures sheet and the
 * delivery's value, quantity x proxy, which the Monitoring sheet adds up by period.
 */
export function deliveriesSheet(
  contract: Contract,
  report: DeliveryReport,
  measures: MeasuresPlace,
  year: number,
): SheetLayout {
  const money = moneyFormat(report.currency);
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.deliveries);
  sheet.set(0, 0, `Deliveries: what the supplier reported delivered, valued in ${year} prices`).boldRow(0);
  headerRow(sheet, HEADER_ROW, DELIVERY_COLUMNS);
  sheet
    .set(HEADER_ROW, DELIVERY_PROXY_COLUMN, pricedHeader(year))
    .set(HEADER_ROW, DELIVERY_VALUE_COLUMN, `Value in ${year} prices`)
    .note(
      cellAddress(HEADER_ROW, DELIVERY_PROXY_COLUMN),
      `From the ${PROCUREMENT_SHEETS.measures} sheet; #N/A when the code is not there exactly once (codes match exactly, capitals too).`,
    );
  contract.deliveries.forEach((delivery, offset) => {
    const row = FIRST_DATA_ROW + offset;
    const proxy = report.measures.find((measure) => measure.code === delivery.code)?.proxy;
    sheet
      .set(row, 0, textCell(delivery.period), FORMATS.text)
      .set(row, 1, textCell(delivery.code), FORMATS.text)
      .set(row, 2, numberCell(delivery.quantity), FORMATS.quantity)
      .set(
        row,
        DELIVERY_PROXY_COLUMN,
        formula(
          lookupExact(measures.codes, measures.proxies, `$${cellAddress(row, 1)}`, measures.firstRow),
          proxy?.toNumber() ?? NOT_AVAILABLE,
        ),
        money,
      )
      .set(
        row,
        DELIVERY_VALUE_COLUMN,
        formula(
          `$${cellAddress(row, 2)}*$${cellAddress(row, DELIVERY_PROXY_COLUMN)}`,
          proxy === undefined ? NOT_AVAILABLE : toDecimal(delivery.quantity).times(proxy).toNumber(),
        ),
        money,
      );
  });
  sheet.validate(quantityRule('C', contract.deliveries.length));
  return withTable(
    sheet.build({
      frozen: { rows: FIRST_DATA_ROW, columns: 0 },
      columnWidths: [...DELIVERY_COLUMNS.map((column) => column.width), 16, 16],
    }),
    'Deliveries',
    contract.deliveries.length,
  );
}

function quantityRule(column: string, rows: number) {
  return {
    range: `${column}${FIRST_DATA_ROW + 1}:${column}${FIRST_DATA_ROW + rows + SPARE_ROWS}`,
    type: 'decimal',
    min: 0,
    max: 1e15,
    message: 'Quantity: units of the measure, 0 or more',
  } as const;
}
