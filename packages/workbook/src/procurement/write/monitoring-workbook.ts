import { monitorDelivery, type Contract, type MonitorOptions } from '@sroi/core';
import type { SheetLayout, WorkbookLayout } from '../../layout/sheet.js';
import { printed } from '../../write/print.js';
import { contractSheet } from './contract-sheet.js';
import { contractCommitmentsSheet, contractPlace, deliveriesSheet } from './contract-tables.js';
import { measuresPlace, measuresSheet } from './measures-sheet.js';
import { monitoringSheet } from './monitoring-sheet.js';
import { indexPlace, priceIndexSheet } from './price-index-sheet.js';

/**
 * Lays a contract's social value monitoring out as a workbook: Contract,
 * Monitoring, Commitments, Deliveries, Measures (the catalogue priced in the
 * price base) and, when an index moves the prices, Price Index. The
 * Monitoring sheet's committed and delivered quantities and values, share
 * delivered, shortfalls, totals by domain and overall, and delivered value by
 * period are live Excel formulas over the other sheets, following the
 * engine's monitorDelivery; each carries the engine's value as its cached result.
 *
 * @param contract - the commitments made at award and the deliveries reported
 * @param options - the catalogue and price base, as for `monitorDelivery`
 * @returns the sheets as 2-D arrays, ready for exceljs or Office.js, each set up to print
 *   (landscape, one page wide, the name in the header: see `printed`)
 * @throws SroiValidationError listing every problem with the contract, catalogue or price base
 *
 * @example
 * ```ts
 * const layout = monitoringWorkbook(
 *   { name: 'Falls service', commitments: [{ code: 'EMP-1', quantity: 4 }],
 *     deliveries: [{ period: '2025 Q1', code: 'EMP-1', quantity: 1 }] },
 *   { catalogue },
 * );
 * layout.sheets.map((sheet) => sheet.name);
 * //=> ['Contract', 'Monitoring', 'Commitments', 'Deliveries', 'Measures']
 * ```
 */
export function monitoringWorkbook(contract: Contract, options: MonitorOptions): WorkbookLayout {
  const report = monitorDelivery(contract, options);
  const base = { year: report.pricing.priceYear, index: options.priceBase?.index ?? null };
  const measures = measuresPlace(options.catalogue);
  const sheets: SheetLayout[] = [
    contractSheet(contract, base.year),
    monitoringSheet(report, contractPlace(contract), measures, {
      commitments: contract.commitments.length,
      deliveries: contract.deliveries.length,
    }),
    contractCommitmentsSheet(contract),
    deliveriesSheet(contract, report, measures, base.year),
    measuresSheet(options.catalogue, base, base.index === null ? null : indexPlace(base.index.values.length)),
  ];
  if (base.index !== null) sheets.push(priceIndexSheet(base.index));
  return printed({ sheets }, report.name);
}
