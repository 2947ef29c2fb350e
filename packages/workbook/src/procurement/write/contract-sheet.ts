import { WHOLE_NUMBER_RULES } from '@sroi/core';
import type { Contract } from '@sroi/core';
import { FORMATS } from '../../layout/formats.js';
import type { SheetLayout } from '../../layout/sheet.js';
import { SheetBuilder } from '../../write/sheet-builder.js';
import { textCell } from '../../write/text.js';
import { CONTRACT_ROWS, PROCUREMENT_SHEETS } from '../layout.js';
import { writeLabelledRows, type LabelledRow } from './labelled-rows.js';

type ContractField = (typeof CONTRACT_ROWS)[number]['field'];

/**
 * The Contract sheet: the contract's labelled rows (CONTRACT_ROWS, label in
 * A, value in B, help in C) with named cells.
 *
 * @param priceYear - the year whose prices values are stated in
 */
export function contractSheet(contract: Contract, priceYear: number): SheetLayout {
  const sheet = new SheetBuilder(PROCUREMENT_SHEETS.contract);
  const rows: Record<ContractField, Omit<LabelledRow, 'label'>> = {
    name: {
      value: textCell(contract.name),
      format: FORMATS.text,
      help: 'The contract\u2019s name.',
      name: 'ContractName',
    },
    supplier: {
      value: textCell(contract.supplier),
      format: FORMATS.text,
      help: 'The supplier delivering the commitments.',
      name: 'Supplier',
    },
    priceYear: {
      value: priceYear,
      format: FORMATS.whole,
      help: 'The year whose prices values are stated in (the Measures sheet).',
      name: 'ContractPriceYear',
      bounds: { type: 'whole', min: WHOLE_NUMBER_RULES.priceYear.min, max: WHOLE_NUMBER_RULES.priceYear.max },
    },
  };
  const namedCells = writeLabelledRows(
    sheet,
    CONTRACT_ROWS.map(({ field, label }) => ({ ...rows[field], label })),
  );
  return sheet.build({ frozen: { rows: 0, columns: 1 }, columnWidths: [20, 40, 70], namedCells });
}
