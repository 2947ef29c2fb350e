import {
  monitorDelivery,
  SroiValidationError,
  type Catalogue,
  type Commitment,
  type Contract,
  type Delivery,
  type PriceBase,
  WHOLE_NUMBER_RULES,
} from '@sroi/core';
import type { ReadContext } from '../../read/context.js';
import type { SheetGrid } from '../../read/find-tables.js';
import type { NumberStyle } from '../../read/number-text.js';
import { parseWholeField } from '../../read/values.js';
import { CONTRACT_ROWS, type CommitmentField, type DeliveryField } from '../layout.js';
import { given, readAt, rowReader, type Parse, type RowReader } from './cells.js';
import { checkSupplierRows } from './contract-supplier.js';
import { findProcurementTables, type FoundTable } from './find-tables.js';
import { CONTRACT_COMMITMENTS, DELIVERIES } from './kinds.js';
import { labelSheets, readLabelledRows } from './labelled-rows.js';
import { numberStyles } from './number-styles.js';
import { quantity, text } from './parsers.js';
import { periodOf } from './period.js';
import { finishReading, reportCoreProblems, startReading } from './read-result.js';
import { checkHeader, dataRows, headerRef } from './table-checks.js';
import type { PricedRead } from './types.js';

/** What `contractFromSheets` may be given besides the sheets. */
export interface ContractReadOptions {
  /** The contract's name when the sheets give none (the CLI passes the file's). */
  readonly name?: string;
  /** The catalogue the commitments were made against: its codes are then checked here, at their cells. */
  readonly catalogue?: Catalogue;
  readonly priceBase?: PriceBase;
}

/**
 * Reads a contract for delivery monitoring: the Contract sheet's labelled
 * rows (Contract, Supplier, Price year), a Commitments table (Measure code,
 * Quantity; a Bidder column, if kept from the tender, must name only the
 * supplier) and a Deliveries table (Period, Measure code, Quantity). A
 * period may be text ("2025 Q1"), a year, or a date, which is read as
 * `2025-03-31` (never as Excel's serial number 45747).
 *
 * Names, codes and quantities are checked here; with `options.catalogue`
 * the engine also checks every code, each problem at its cell.
 *
 * @param sheets - the workbook's sheets (Contract, Commitments, Deliveries), or one CSV sheet
 * @param options - a name to use when the sheets give none; the catalogue to check codes against
 * @returns the contract (null when there are problems), its price year, problems and warnings at cells, and where each path was read
 *
 * @example
 * ```ts
 * const read = contractFromSheets([
 *   { name: 'Contract', cells: [['Contract', 'Falls service'], ['Supplier', 'Acme']] },
 *   { name: 'Commitments', cells: [['Measure code', 'Quantity'], ['EMP-1', 4]] },
 *   { name: 'Deliveries', cells: [['Period', 'Measure code', 'Quantity'], ['2025 Q1', 'EMP-1', 1]] },
 * ]);
 * read.value?.deliveries[0]; //=> { period: '2025 Q1', code: 'EMP-1', quantity: 1 }
 * ```
 */
export function contractFromSheets(
  sheets: readonly SheetGrid[],
  options: ContractReadOptions = {},
): PricedRead<Contract> {
  const context = startReading(sheets);
  const [commitmentsTable, deliveriesTable] = findProcurementTables(context, [CONTRACT_COMMITMENTS, DELIVERIES]) as [
    FoundTable<CommitmentField> | undefined,
    FoundTable<DeliveryField> | undefined,
  ];
  const labels = readLabelledRows(context, CONTRACT_ROWS, labelSheets(context, ['contract']), [
    commitmentsTable,
    deliveriesTable,
  ]);
  const style = numberStyles(
    context,
    [
      { table: commitmentsTable, fields: ['quantity'] },
      { table: deliveriesTable, fields: ['quantity'] },
    ],
    [...labels.values()],
  );
  const labelled = <T>(field: 'name' | 'supplier' | 'priceYear', parse: Parse<T>) => {
    const ref = labels.get(field);
    return ref === undefined ? undefined : readAt(context, ref, field, parse);
  };
  const name = labelled('name', text('contract name')) ?? options.name;
  if (name === undefined && !context.problems.some((problem) => problem.path === 'name')) {
    context.report(
      labels.get('name') ?? null,
      'the contract has no name: add a "Contract" row (the label, then the contract\u2019s name)',
      { path: 'name' },
    );
  }
  const supplier = labelled('supplier', text('supplier'));
  const priceYearRef = labels.get('priceYear');
  const priceYear = labelled('priceYear', (cell) =>
    parseWholeField(cell, WHOLE_NUMBER_RULES.priceYear, style(priceYearRef?.sheetIndex ?? 0)),
  );
  const commitments = readCommitments(context, commitmentsTable, style, supplier);
  const deliveries = readDeliveries(context, deliveriesTable, style);
  const contract: Contract = { name: name ?? 'Contract', ...given('supplier', supplier), commitments, deliveries };
  if (options.catalogue !== undefined && context.problems.length === 0) {
    try {
      monitorDelivery(contract, { catalogue: options.catalogue, ...given('priceBase', options.priceBase) });
    } catch (error) {
      if (!(error instanceof SroiValidationError)) throw error;
      reportCoreProblems(context, error.problems);
    }
  }
  return finishReading(context, contract, { priceYear: priceYear ?? null });
}

function readCommitments(
  context: ReadContext,
  table: FoundTable<CommitmentField> | undefined,
  style: (sheetIndex: number) => NumberStyle,
  supplier: string | undefined,
): Commitment[] {
  if (table === undefined) {
    context.report(
      null,
      'no commitments found: add a Commitments sheet with Measure code and Quantity columns, one row per measure committed to',
      { path: 'commitments' },
    );
    return [];
  }
  checkHeader(context, table, CONTRACT_COMMITMENTS, ['quantity']);
  context.locate('commitments', headerRef(context, table));
  const rows = dataRows(context, table);
  checkSupplierRows(context, table, rows, supplier);
  const commitments: Commitment[] = [];
  for (const row of rows) {
    const path = `commitments[${commitments.length}]`;
    const cells = rowReader(context, table, row, path, 'code');
    if (!complete(context, cells, path, ['quantity'])) continue;
    commitments.push({
      ...given('code', cells.take('code', text('measure code'))),
      ...given('quantity', cells.take('quantity', quantity(style(table.sheetIndex)))),
    } as Commitment);
  }
  return commitments;
}

function readDeliveries(
  context: ReadContext,
  table: FoundTable<DeliveryField> | undefined,
  style: (sheetIndex: number) => NumberStyle,
): Delivery[] {
  if (table === undefined) {
    context.report(
      null,
      'no deliveries found: add a Deliveries sheet with Period, Measure code and Quantity columns (it may have no rows yet)',
      { path: 'deliveries' },
    );
    return [];
  }
  checkHeader(context, table, DELIVERIES, ['quantity']);
  context.locate('deliveries', headerRef(context, table));
  const deliveries: Delivery[] = [];
  const raw = context.sheets[table.sheetIndex]?.cells ?? [];
  const periodColumn = table.columns.get('period');
  for (const row of dataRows(context, table)) {
    const path = `deliveries[${deliveries.length}]`;
    const cells = rowReader(context, table, row, path, 'code');
    if (!complete(context, cells, path, ['period', 'quantity'])) continue;
    const rawPeriod = periodColumn === undefined ? undefined : raw[row]?.[periodColumn];
    deliveries.push({
      ...given(
        'period',
        cells.take('period', (cell) => periodOf(rawPeriod, cell)),
      ),
      ...given('code', cells.take('code', text('measure code'))),
      ...given('quantity', cells.take('quantity', quantity(style(table.sheetIndex)))),
    } as Delivery);
  }
  return deliveries;
}

/**
 * A row without a code is not read, and said: the code is what a commitment
 * or delivery is of. A blank period or quantity is a problem at its cell.
 */
function complete<Field extends string>(
  context: ReadContext,
  cells: RowReader<Field | 'code'>,
  path: string,
  fields: readonly (Field & keyof typeof REQUIRED)[],
): boolean {
  const code = cells.ref('code');
  if (code !== undefined && cells.cell('code').kind === 'blank') {
    context.report(
      code,
      'this row has no measure code, so it is not read: give the code from the Measures sheet, or clear the row',
    );
    return false;
  }
  for (const field of fields) {
    const ref = cells.ref(field);
    if (ref !== undefined && cells.cell(field).kind === 'blank')
      context.report(ref, `the ${field} is required: ${REQUIRED[field]}`, { path: `${path}.${field}` });
  }
  return true;
}

const REQUIRED: Record<'code' | 'period' | 'quantity', string> = {
  code: 'give the code from the Measures sheet',
  period: 'give the reporting period, e.g. 2025 Q1',
  quantity: 'give the units, 0 or more',
};
