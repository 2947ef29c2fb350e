import type { Domain } from '@sroi/core';
import { absoluteAddress, cellAddress } from '../cells/address.js';
import { formula } from '../cells/cell.js';
import { FORMATS } from '../layout/formats.js';
import { STAKEHOLDER_COLUMNS } from '../layout/columns.js';
import {
  impactColumn,
  impactRange,
  INPUT_PRESENT_VALUE_COLUMN,
  inputsRange,
  NA,
  presentValueColumn,
  RESULT_ROWS,
  stakeholderCell,
  type Plan,
} from './plan.js';
import type { SheetBuilder } from './sheet-builder.js';

/** Every domain the engine reports, in its order: the table has all four, used or not. */
const DOMAINS: readonly (Domain | 'unassigned')[] = ['economic', 'social', 'environmental', 'unassigned'];

const ID_COLUMN = STAKEHOLDER_COLUMNS.findIndex((column) => column.field === 'id');
const NAME_COLUMN = STAKEHOLDER_COLUMNS.findIndex((column) => column.field === 'name');

/** The Present value column of the table by stakeholder that starts at `start`, for the check that it adds up. */
export function stakeholderValues(plan: Plan, start: number): string | null {
  if (plan.stakeholderRows === 0) return null;
  return `${absoluteAddress(start + 1, 1)}:${absoluteAddress(start + plan.stakeholderRows, 1)}`;
}

/**
 * Value, share and inputs by stakeholder: one row per Stakeholders row,
 * prepared rows too, so a stakeholder typed in later gets its row. A row whose
 * ID is blank shows nothing. Returns the row after the table.
 */
export function stakeholderTable(plan: Plan, sheet: SheetBuilder, start: number, money: string): number {
  sheet.row(start, 0, ['Value by stakeholder', 'Present value', 'Share', 'Inputs (present value)']).boldRow(start);
  const presentValues = impactRange(plan, presentValueColumn(plan));
  const outcomeStakeholders = impactRange(plan, impactColumn('stakeholder'));
  const inputStakeholders = inputsRange(plan, 0);
  const inputValues = inputsRange(plan, INPUT_PRESENT_VALUE_COLUMN);
  for (let index = 0; index < plan.stakeholderRows; index += 1) {
    const row = start + 1 + index;
    const id = stakeholderCell(plan, index, ID_COLUMN);
    const name = stakeholderCell(plan, index, NAME_COLUMN);
    // Rows naming the stakeholder by its ID or its name, as the reader matches them (Excel's = ignores case).
    // Comparisons with the ID and name cells, never a criteria string built from user text.
    const naming = (range: string) => `--((${range}=${id})+(${range}=${name})*(${name}<>"")>0)`;
    const sumOver = (stakeholders: string | null, values: string | null) =>
      stakeholders === null || values === null ? '0' : `SUMPRODUCT(${naming(stakeholders)},${values})`;
    const unlessBlank = (expression: string) => `IF(${id}="","",${expression})`;
    const engine = plan.result.stakeholders[index];
    // No Text format here: Office.js would store a formula written into a Text cell as text.
    sheet
      .set(row, 0, formula(unlessBlank(`${name}&""`), engine?.name ?? ''))
      .set(
        row,
        1,
        formula(unlessBlank(sumOver(outcomeStakeholders, presentValues)), engine?.presentValue.toNumber() ?? ''),
        money,
      )
      .set(
        row,
        2,
        formula(unlessBlank(share(row)), engine === undefined ? '' : (engine.share?.toNumber() ?? NA)),
        FORMATS.share,
      )
      .set(
        row,
        3,
        formula(unlessBlank(sumOver(inputStakeholders, inputValues)), engine?.inputsPresentValue.toNumber() ?? ''),
        money,
      );
  }
  return start + 1 + plan.stakeholderRows;
}

/**
 * Value and share by domain: economic, social, environmental, and unassigned
 * (no domain), all four even when the map uses one, so an outcome typed in
 * later in another domain has its row. Returns the row after the table.
 */
export function domainTable(plan: Plan, sheet: SheetBuilder, start: number, money: string): number {
  sheet.row(start, 0, ['Value by domain', 'Present value', 'Share']).boldRow(start);
  const presentValues = impactRange(plan, presentValueColumn(plan));
  const domains = impactRange(plan, impactColumn('domain'));
  const total = plan.result.presentValue;
  DOMAINS.forEach((domain, index) => {
    const row = start + 1 + index;
    let value: string;
    if (presentValues === null || domains === null) value = '0';
    else if (domain === 'unassigned') {
      const named = DOMAINS.filter((d) => d !== 'unassigned').map((d) => `(${domains}="${d}")`);
      value = `${absoluteAddress(RESULT_ROWS.presentValue, 1)}-SUMPRODUCT(${named.join('+')},${presentValues})`;
    } else value = `SUMPRODUCT(--(${domains}="${domain}"),${presentValues})`;
    const engine = plan.result.domains.find((d) => d.domain === domain);
    // A domain the engine does not list has no value: 0, a 0% share (n/a when the total is 0).
    const engineShare = engine === undefined ? (total.isZero() ? NA : 0) : (engine.share?.toNumber() ?? NA);
    sheet
      .set(row, 0, domain)
      .set(row, 1, formula(value, engine?.presentValue.toNumber() ?? 0), money)
      .set(row, 2, formula(share(row), engineShare), FORMATS.share);
  });
  return start + 1 + DOMAINS.length;
}

function share(row: number): string {
  const total = absoluteAddress(RESULT_ROWS.presentValue, 1);
  return `IF(${total}=0,"${NA}",${cellAddress(row, 1)}/${total})`;
}
