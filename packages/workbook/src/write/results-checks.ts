import { absoluteAddress, columnLetters, sheetReference } from '../cells/address.js';
import { formula, type FormulaCell } from '../cells/cell.js';
import { IMPACT_COLUMNS, INPUT_COLUMNS, STAKEHOLDER_COLUMNS } from '../layout/columns.js';
import {
  impactColumn,
  impactRange,
  impactTotalRow,
  inputsRange,
  inputsTotalRow,
  RESULT_ROWS,
  stakeholdersTotalRow,
  type Plan,
} from './plan.js';
import type { SheetBuilder } from './sheet-builder.js';

/** Rows the checks take on the Results sheet, below their heading. */
export const CHECKS = 5;

/** The last row a sheet can have (Excel's, and LibreOffice's): "below the Total row" reaches it. */
const LAST_ROW = 1_048_576;

/**
 * The Results sheet's checks: what the workbook cannot count but `sroi
 * evaluate` does, each said by a formula so it updates as users type: years
 * past the last year column, rows typed below a table's Total row, and
 * outcomes the table by stakeholder cannot place. A written workbook passes
 * every check, and the cached results say so. Written from row `start`: a
 * heading, then one row per check, its name in column A, what it finds in B.
 *
 * @param stakeholderValues - the Present value column of the table by stakeholder (null without rows)
 */
export function checks(plan: Plan, sheet: SheetBuilder, start: number, stakeholderValues: string | null): void {
  sheet.row(start, 0, ['Checks', 'What the workbook finds']).boldRow(start);
  const rows: [string, FormulaCell][] = [
    ['Year columns', yearColumnsCheck(plan)],
    [
      'Impact Map rows',
      belowTotalRowCheck(plan.sheetNames.impactMap, impactTotalRow(plan), IMPACT_COLUMNS.length, {
        item: 'outcome',
        counted: 'where it is counted',
        missed: 'it is not counted here',
      }),
    ],
    [
      'Stakeholders rows',
      belowTotalRowCheck(plan.sheetNames.stakeholders, stakeholdersTotalRow(plan), STAKEHOLDER_COLUMNS.length, {
        item: 'stakeholder',
        counted: 'where the table by stakeholder shows it',
        missed: 'the table by stakeholder leaves it out',
      }),
    ],
    [
      'Inputs rows',
      belowTotalRowCheck(plan.sheetNames.inputs, inputsTotalRow(plan), INPUT_COLUMNS.length, {
        item: 'input',
        counted: 'where it is counted',
        missed: 'it is not counted here',
      }),
    ],
    ['Table by stakeholder', addsUpCheck(stakeholderValues)],
  ];
  rows.forEach(([label, cell], index) => sheet.set(start + 1 + index, 0, label).set(start + 1 + index, 1, cell));
}

/**
 * The sheets have one column per year up to plan.years; an outcome typed in
 * later with a longer duration or a later start would lose its last years
 * without a word, and an input in a later year has no discount factor.
 */
function yearColumnsCheck(plan: Plan): FormulaCell {
  const years = plan.years;
  const fits = `every outcome's and input's years fit the ${years} year columns`;
  const warning = `some outcomes or inputs run past year ${years}, the last year column: those years are not counted here (an input there shows an error); sroi evaluate counts them all`;
  const overflowing =
    plan.evaluation.outcomes.some((o) => (o.startYear ?? 1) + o.duration - 1 > years) ||
    plan.evaluation.inputs.some((input) => (input.year ?? 0) > years);
  const counts: string[] = [];
  const starts = impactRange(plan, impactColumn('startYear'));
  const durations = impactRange(plan, impactColumn('duration'));
  // A blank start year is year 1, as in the Impact Map's formulas.
  if (starts !== null && durations !== null)
    counts.push(`SUMPRODUCT(--((${starts}+(${starts}=0)+${durations}-1)>${years}))`);
  const inputYears = inputsRange(
    plan,
    INPUT_COLUMNS.findIndex((column) => column.field === 'year'),
  );
  if (inputYears !== null) counts.push(`SUMPRODUCT(--(${inputYears}>${years}))`);
  if (counts.length === 0) return formula(`"${fits}"`, fits);
  return formula(`IF(${counts.join('+')}=0,"${fits}","${warning}")`, overflowing ? warning : fits);
}

/**
 * Rows typed below a table's Total row are outside every formula's range, but
 * the reader (and so `sroi evaluate`) reads them: anything in the table's
 * columns there is flagged.
 */
function belowTotalRowCheck(
  name: string,
  totalRow: number,
  columns: number,
  words: { readonly item: string; readonly counted: string; readonly missed: string },
): FormulaCell {
  const total = totalRow + 1;
  const below = `${sheetReference(name)}!$A$${total + 1}:$${columnLetters(columns - 1)}$${LAST_ROW}`;
  const fits = `every ${words.item} is above the Total row of the ${name} sheet (row ${total}), ${words.counted}`;
  const warning = `something is typed below the Total row of the ${name} sheet (row ${total}): ${words.missed}, but sroi evaluate counts it; move it above the Total row`;
  // A sheet name may hold a double quote, which a formula's text doubles.
  const text = (words: string) => `"${words.replace(/"/g, '""')}"`;
  return formula(`IF(COUNTA(${below})=0,${text(fits)},${text(warning)})`, fits);
}

/**
 * The reader gives an outcome with a blank stakeholder the stakeholder of the
 * row above; the table by stakeholder matches IDs and names only, so such
 * outcomes (and any the Stakeholders sheet does not name) are left out of it.
 */
function addsUpCheck(stakeholderValues: string | null): FormulaCell {
  const fits = 'the table by stakeholder adds up to the present value';
  const warning =
    'the table by stakeholder does not add up to the present value: some outcomes have a blank stakeholder, or one that is not an ID or name on the Stakeholders sheet';
  const presentValue = absoluteAddress(RESULT_ROWS.presentValue, 1);
  const sum = stakeholderValues === null ? '0' : `SUM(${stakeholderValues})`;
  // Half a penny: the table and the total are sums of the same values in another order.
  return formula(`IF(ABS(${sum}-${presentValue})<0.005,"${fits}","${warning}")`, fits);
}
