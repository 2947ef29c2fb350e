import type { DeliveryReport } from '@sroi/core';
import { cellAddress } from '../../cells/address.js';
import { formula } from '../../cells/cell.js';
import { FORMATS, moneyFormat } from '../../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../layout/names.js';
import type { SheetLayout } from '../../layout/sheet.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { withTable } from '../../write/table.js';
import { textCell } from '../../write/text.js';
import { PROCUREMENT_SHEETS } from '../layout.js';
import type { ContractPlace } from './contract-tables.js';
import { lookupExact, sumWhereExact } from './formulas.js';
import type { MeasuresPlace } from './measures-sheet.js';
import { writeMonitoringChecks } from './monitoring-checks.js';
import { COLUMNS, monitoringHeaders } from './monitoring-columns.js';
import { orBlank, writePeriods, writeTotals } from './monitoring-totals.js';

/**
 * The Monitoring sheet, as the engine's monitorDelivery defines each figure:
 * one row per measure (committed first, then those only delivered) with the
 * committed and delivered quantities summed from the Commitments and
 * Deliveries sheets, the proxy from the Measures sheet, the values, the share
 * delivered (by quantity; blank when nothing was committed) and the shortfall
 * (never below 0); then totals by domain and overall, where shortfalls are
 * summed measure by measure so that over-delivery on one measure does not make
 * up for another; then delivered value by period, with a running total.
 */
export function monitoringSheet(
  report: DeliveryReport,
  contract: ContractPlace,
  measures: MeasuresPlace,
  blocks: { readonly commitments: number; readonly deliveries: number },
): SheetLayout {
  const money = moneyFormat(report.currency);
  const year = report.pricing.priceYear;
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.monitoring);
  sheet.set(0, 0, `Monitoring: ${report.name}`).boldRow(0);
  sheet.row(HEADER_ROW, 0, monitoringHeaders(year)).boldRow(HEADER_ROW);
  const rows = report.measures.length;
  const at = (row: number, column: number) => `$${cellAddress(row, column)}`;
  report.measures.forEach((measure, offset) => {
    const row = FIRST_DATA_ROW + offset;
    const code = at(row, COLUMNS.code);
    const committed = at(row, COLUMNS.committedQuantity);
    const delivered = at(row, COLUMNS.deliveredQuantity);
    const proxy = at(row, COLUMNS.proxy);
    const shortfall = at(row, COLUMNS.shortfallQuantity);
    sheet
      .set(row, COLUMNS.code, textCell(measure.code), FORMATS.text)
      .set(row, COLUMNS.domain, measure.domain)
      .set(row, COLUMNS.measure, textCell(measure.measure), FORMATS.text)
      .set(row, COLUMNS.unit, textCell(measure.unit), FORMATS.text)
      .set(
        row,
        COLUMNS.committedQuantity,
        formula(
          sumWhereExact(contract.committedCodes, code, contract.committedQuantities),
          measure.committedQuantity.toNumber(),
        ),
        FORMATS.quantity,
      )
      .set(
        row,
        COLUMNS.deliveredQuantity,
        formula(
          sumWhereExact(contract.deliveredCodes, code, contract.deliveredQuantities),
          measure.deliveredQuantity.toNumber(),
        ),
        FORMATS.quantity,
      )
      .set(
        row,
        COLUMNS.proxy,
        formula(lookupExact(measures.codes, measures.proxies, code, measures.firstRow), measure.proxy.toNumber()),
        money,
      )
      .set(row, COLUMNS.committedValue, formula(`${committed}*${proxy}`, measure.committedValue.toNumber()), money)
      .set(row, COLUMNS.deliveredValue, formula(`${delivered}*${proxy}`, measure.deliveredValue.toNumber()), money)
      .set(
        row,
        COLUMNS.delivered,
        formula(`IF(${committed}=0,"",${delivered}/${committed})`, orBlank(measure.delivered)),
        FORMATS.share,
      )
      .set(
        row,
        COLUMNS.shortfallQuantity,
        formula(`MAX(0,${committed}-${delivered})`, measure.shortfallQuantity.toNumber()),
        FORMATS.quantity,
      )
      .set(row, COLUMNS.shortfallValue, formula(`${shortfall}*${proxy}`, measure.shortfallValue.toNumber()), money);
  });

  const totals = writeTotals(report, sheet, FIRST_DATA_ROW + rows + 1, money);
  const periodsEnd = writePeriods(report, contract, sheet, totals.nextRow + 1, money);
  writeMonitoringChecks(sheet, periodsEnd + 1, contract, rows, blocks);
  return withTable(
    sheet.build({
      frozen: { rows: FIRST_DATA_ROW, columns: 1 },
      columnWidths: [16, 16, 34, 14, 12, 12, 16, 16, 16, 12, 12, 16],
      namedCells: totals.namedCells,
    }),
    'Monitoring',
    rows,
  );
}
