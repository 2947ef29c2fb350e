import { WHOLE_NUMBER_RULES } from '@sroi/core';
import type { Outcome } from '@sroi/core';
import { absoluteAddress, cellAddress, columnLetters, sheetReference } from '../cells/address.js';
import { formula, type Cell } from '../cells/cell.js';
import { IMPACT_COLUMNS, type ImpactField } from '../layout/columns.js';
import { FORMATS, moneyFormat } from '../layout/formats.js';
import { FIRST_DATA_ROW, HEADER_ROW, SPARE_ROWS } from '../layout/names.js';
import type { SheetLayout } from '../layout/sheet.js';
import { headerRow } from './headers.js';
import {
  DISCOUNTING_ROWS,
  discountingRange,
  IMPACT_COLUMN,
  impactColumn,
  impactTotalRow,
  presentValueColumn,
  settingCell,
  yearColumn,
  type Plan,
} from './plan.js';
import { SheetBuilder } from './sheet-builder.js';
import { withTable } from './table.js';
import { numberCell, textCell } from './text.js';

const SHARES: readonly ImpactField[] = ['deadweight', 'displacement', 'attribution', 'dropOff'];
const WHOLE: readonly ImpactField[] = ['duration', 'startYear', 'priceYear'];

/**
 * The impact map: the value map's columns, then the Impact column, the value
 * of each year after drop-off and the present value, all as formulas
 * (METHOD.md steps 1-3), and a Total row.
 */
export function impactMapSheet(plan: Plan): SheetLayout {
  const money = moneyFormat(plan.currency);
  const sheet = new SheetBuilder(plan.sheetNames.impactMap);
  sheet.set(0, 0, `Impact map: ${plan.evaluation.name}`).boldRow(0);
  headerRow(sheet, HEADER_ROW, IMPACT_COLUMNS);
  sheet
    .set(HEADER_ROW, IMPACT_COLUMN, 'Impact')
    .note(
      cellAddress(HEADER_ROW, IMPACT_COLUMN),
      'Quantity x proxy value, less deadweight, displacement and attribution: the value of the first year.',
    );
  for (let year = 1; year <= plan.years; year += 1) sheet.set(HEADER_ROW, yearColumn(year), `Year ${year}`);
  sheet.set(HEADER_ROW, presentValueColumn(plan), 'Present value');

  const formatOf = (field: ImpactField): string =>
    SHARES.includes(field)
      ? FORMATS.share
      : WHOLE.includes(field)
        ? FORMATS.whole
        : field === 'quantity'
          ? FORMATS.quantity
          : field === 'proxyValue'
            ? money
            : FORMATS.text;

  for (let index = 0; index < plan.impactRows; index += 1) {
    const row = FIRST_DATA_ROW + index;
    const outcome = plan.evaluation.outcomes[index];
    if (outcome !== undefined) {
      const values = dataCells(outcome);
      IMPACT_COLUMNS.forEach((column, offset) => sheet.set(row, offset, values[column.field], formatOf(column.field)));
    } else {
      IMPACT_COLUMNS.forEach((column, offset) => sheet.set(row, offset, null, formatOf(column.field)));
    }
    formulaCells(plan, index).forEach((cell, offset) => sheet.set(row, IMPACT_COLUMN + offset, cell, money));
  }

  totalRow(plan, sheet, money);
  validations(plan, sheet);
  const widths = [...IMPACT_COLUMNS.map((c) => c.width), 14, ...Array.from({ length: plan.years }, () => 13), 16];
  return withTable(
    sheet.build({ frozen: { rows: 2, columns: 3 }, columnWidths: widths }),
    'ImpactMap',
    plan.impactRows,
  );
}

function dataCells(outcome: Outcome): Record<ImpactField, Cell> {
  return {
    stakeholder: textCell(outcome.stakeholder),
    id: textCell(outcome.id),
    description: textCell(outcome.description),
    indicator: textCell(outcome.indicator),
    source: textCell(outcome.source),
    domain: textCell(outcome.domain),
    quantity: numberCell(outcome.quantity),
    duration: outcome.duration,
    startYear: outcome.startYear ?? null,
    proxyValue: numberCell(outcome.proxy.value),
    proxyDescription: textCell(outcome.proxy.description),
    proxySource: textCell(outcome.proxy.source),
    proxyUnit: textCell(outcome.proxy.unit),
    priceYear: outcome.proxy.year ?? null,
    deadweight: numberCell(outcome.deadweight),
    displacement: numberCell(outcome.displacement),
    attribution: numberCell(outcome.attribution),
    dropOff: numberCell(outcome.dropOff),
  };
}

/** Impact, Year 1..n and Present value of one row; blank rows give "". */
function formulaCells(plan: Plan, index: number): Cell[] {
  const row = FIRST_DATA_ROW + index;
  const at = (field: ImpactField) => `$${columnLetters(impactColumn(field))}${row + 1}`;
  const start = `MAX(1,${at('startYear')})`;
  const duration = at('duration');
  const shares = `${at('deadweight')},${at('displacement')},${at('attribution')}`.split(',');
  const [deadweight, displacement, attribution] = shares as [string, string, string];
  const reduction = `IF(${settingCell(plan, 'reductions')}="subtractive",1-${deadweight}-${displacement}-${attribution},(1-${deadweight})*(1-${displacement})*(1-${attribution}))`;
  const guard = (expression: string) => `IF(${duration}="","",${expression})`;
  const impactCell = `$${columnLetters(IMPACT_COLUMN)}${row + 1}`;

  const outcome = plan.evaluation.outcomes[index];
  const result = plan.result.outcomes[index];
  const byYearRow = plan.quantityByYear.get(index);
  const byYear =
    byYearRow === undefined
      ? null
      : `${sheetReference(plan.sheetNames.quantityByYear)}!${absoluteAddress(byYearRow, 1)}:${absoluteAddress(byYearRow, plan.quantityByYearWidth)}`;

  const valueOf = (year: number): number | string => {
    if (outcome === undefined || result === undefined) return '';
    return result.values[year - result.startYear]?.toNumber() ?? 0;
  };

  const impact =
    byYear === null
      ? `${at('quantity')}*${at('proxyValue')}*${reduction}`
      : `INDEX(${byYear},1)*${at('proxyValue')}*${reduction}`;
  const cells: Cell[] = [formula(guard(impact), result?.impact.toNumber() ?? '')];
  for (let year = 1; year <= plan.years; year += 1) {
    let expression: string;
    if (byYear !== null) {
      expression = `IF(AND(${year}>=${start},${year}<${start}+${duration}),INDEX(${byYear},${year}-${start}+1)*${at('proxyValue')}*${reduction},0)`;
    } else if (year === 1) {
      expression = `IF(${start}=1,${impactCell},0)`;
    } else {
      // Drop-off applies to the previous year's value (METHOD.md step 2).
      const previous = `${columnLetters(yearColumn(year - 1))}${row + 1}`;
      expression = `IF(${year}<${start},0,IF(${year}=${start},${impactCell},IF(${year}<${start}+${duration},${previous}*(1-${at('dropOff')}),0)))`;
    }
    cells.push(formula(guard(expression), valueOf(year)));
  }
  const yearCells = `${cellAddress(row, yearColumn(1))}:${cellAddress(row, yearColumn(plan.years))}`;
  const factors = discountingRange(plan, DISCOUNTING_ROWS.discountFactor, 1);
  cells.push(formula(guard(`SUMPRODUCT(${yearCells},${factors})`), result?.presentValue.toNumber() ?? ''));
  return cells;
}

function totalRow(plan: Plan, sheet: SheetBuilder, money: string): void {
  const row = impactTotalRow(plan);
  const sum = (column: number, value: number) =>
    formula(
      plan.impactRows === 0 ? '0' : `SUM(${cellAddress(FIRST_DATA_ROW, column)}:${cellAddress(row - 1, column)})`,
      value,
    );
  sheet.set(row, 0, 'Total').boldRow(row);
  sheet.set(row, IMPACT_COLUMN, sum(IMPACT_COLUMN, plan.result.impact.toNumber()), money);
  for (let year = 1; year <= plan.years; year += 1) {
    sheet.set(row, yearColumn(year), sum(yearColumn(year), plan.result.years[year - 1]?.value.toNumber() ?? 0), money);
  }
  sheet.set(row, presentValueColumn(plan), sum(presentValueColumn(plan), plan.result.presentValue.toNumber()), money);
}

function validations(plan: Plan, sheet: SheetBuilder): void {
  const first = FIRST_DATA_ROW + 1;
  const last = impactTotalRow(plan) + SPARE_ROWS;
  const range = (field: ImpactField) =>
    `${columnLetters(impactColumn(field))}${first}:${columnLetters(impactColumn(field))}${last}`;
  const shares = `${columnLetters(impactColumn('deadweight'))}${first}:${columnLetters(impactColumn('dropOff'))}${last}`;
  sheet.validate({
    range: shares,
    type: 'decimal',
    min: 0,
    max: 1,
    message: 'A share from 0% to 100%: type 20% (or 0.2)',
  });
  sheet.validate({
    range: range('quantity'),
    type: 'decimal',
    min: 0,
    max: 1e15,
    message: 'Quantity: a number, 0 or more',
  });
  sheet.validate({
    range: range('duration'),
    type: 'whole',
    min: WHOLE_NUMBER_RULES.duration.min,
    max: WHOLE_NUMBER_RULES.duration.max,
    message: 'Duration: whole years, 1 or more',
  });
  sheet.validate({
    range: range('startYear'),
    type: 'whole',
    min: WHOLE_NUMBER_RULES.startYear.min,
    max: WHOLE_NUMBER_RULES.startYear.max,
    message: 'Start year: 1 (the year of the activity), 2 (the year after)...',
  });
  sheet.validate({
    range: range('priceYear'),
    type: 'whole',
    min: WHOLE_NUMBER_RULES.priceYear.min,
    max: WHOLE_NUMBER_RULES.priceYear.max,
    message: 'Price year: a four-digit year such as 2024',
  });
  sheet.validate({
    range: range('domain'),
    type: 'list',
    values: ['economic', 'social', 'environmental'],
    message: 'Domain: economic, social or environmental',
  });
}
