import type { Decimal, DeliveryReport, DeliveryTotals } from '@sroi/core';
import { cellAddress } from '../../cells/address.js';
import { formula } from '../../cells/cell.js';
import { FORMATS } from '../../layout/formats.js';
import type { NamedCell } from '../../layout/sheet.js';
import type { SheetBuilder } from '../../write/sheet-builder.js';
import { textCell } from '../../write/text.js';
import type { ContractPlace } from './contract-tables.js';
import { sumWhereExact } from './formulas.js';
import { COLUMNS, measureColumn } from './monitoring-columns.js';

/** A share that the engine leaves out (nothing committed) is a blank, as the formula's "" shows. */
export function orBlank(value: Decimal | null): number | string {
  return value === null ? '' : value.toNumber();
}

/**
 * Writes the totals by domain (SUMIFS over the measure rows) and overall from
 * `start`: committed and delivered value, the share delivered by value, and
 * the shortfall, summed measure by measure. Returns the total's named cells
 * and the row after the block.
 */
export function writeTotals(
  report: DeliveryReport,
  sheet: SheetBuilder,
  start: number,
  money: string,
): { readonly namedCells: readonly NamedCell[]; readonly nextRow: number } {
  const rows = report.measures.length;
  const column = (c: number) => measureColumn(rows, c);
  sheet
    .row(start, 0, ['By domain', 'Committed value', 'Delivered value', 'Delivered (%)', 'Shortfall value'])
    .boldRow(start);
  const totalsRow = (row: number, label: string, sum: (c: number) => string, totals: DeliveryTotals) => {
    const [committed, delivered] = [cellAddress(row, 1), cellAddress(row, 2)];
    sheet
      .set(row, 0, label)
      .set(row, 1, formula(sum(COLUMNS.committedValue), totals.committedValue.toNumber()), money)
      .set(row, 2, formula(sum(COLUMNS.deliveredValue), totals.deliveredValue.toNumber()), money)
      .set(row, 3, formula(`IF(${committed}=0,"",${delivered}/${committed})`, orBlank(totals.delivered)), FORMATS.share)
      .set(row, 4, formula(sum(COLUMNS.shortfallValue), totals.shortfallValue.toNumber()), money);
  };
  const domains = column(COLUMNS.domain);
  report.domains.forEach((domain, offset) => {
    // The domain names are the layout's own words, so a criteria string is safe here.
    const sum = (c: number) =>
      domains === null ? '0' : `SUMIFS(${column(c) as string},${domains},"${domain.domain}")`;
    totalsRow(start + 1 + offset, domain.domain, sum, domain);
  });
  const totalRow = start + 1 + report.domains.length;
  totalsRow(totalRow, 'Total', (c) => (rows === 0 ? '0' : `SUM(${column(c) as string})`), report.totals);
  sheet.boldRow(totalRow);
  const namedCells: NamedCell[] = [
    { name: 'CommittedValue', cell: cellAddress(totalRow, 1), comment: 'Committed value, all measures' },
    { name: 'DeliveredValue', cell: cellAddress(totalRow, 2), comment: 'Delivered value, all measures' },
    { name: 'DeliveredShare', cell: cellAddress(totalRow, 3), comment: 'Delivered value / committed value' },
    { name: 'ShortfallValue', cell: cellAddress(totalRow, 4), comment: 'Shortfalls summed measure by measure' },
  ];
  return { namedCells, nextRow: totalRow + 1 };
}

/**
 * Writes delivered value by period from `start`, periods in the order first
 * reported, each the sum of the Deliveries sheet's values whose period matches
 * exactly, with a running total. Returns the row after the block.
 */
export function writePeriods(
  report: DeliveryReport,
  contract: ContractPlace,
  sheet: SheetBuilder,
  start: number,
  money: string,
): number {
  sheet.row(start, 0, ['By period', 'Delivered value', 'Cumulative delivered value']).boldRow(start);
  report.periods.forEach((period, offset) => {
    const row = start + 1 + offset;
    const previous = offset === 0 ? '' : `+${cellAddress(row - 1, 2)}`;
    sheet
      .set(row, 0, textCell(period.period), FORMATS.text)
      .set(
        row,
        1,
        formula(
          sumWhereExact(contract.deliveredPeriods, `$${cellAddress(row, 0)}`, contract.deliveredValues),
          period.deliveredValue.toNumber(),
        ),
        money,
      )
      .set(row, 2, formula(`${cellAddress(row, 1)}${previous}`, period.cumulativeValue.toNumber()), money);
  });
  return start + 1 + report.periods.length;
}
