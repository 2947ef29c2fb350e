import { normalizeHeader, SETTINGS_ROWS, type SettingField } from '../layout/columns.js';
import type { ReadCell } from './cell-value.js';

/**
 * Labels outside the tables: settings (label, then value in the next cell),
 * and the figures a sheet works out itself (the value map's Stage 5: Total
 * Present Value, Net Present Value, Social Return £ per £), which the reader
 * checks against the engine. Looked up in Maps, so that a label such as
 * "constructor" finds nothing.
 */

const SETTING_EXTRA: Readonly<Partial<Record<SettingField, readonly string[]>>> = {
  // The SROI Network value map names the organisation above the map.
  name: ['organisation name', 'organization name', 'name of organisation', 'programme name', 'service name'],
  rate: [
    'discount rate',
    'discount rate %',
    'discount rate used',
    'rate of discount',
    'social discount rate',
    'annual discount rate',
    'discount rate per year',
  ],
};

const SETTING_LABELS = new Map<string, SettingField>();
for (const setting of SETTINGS_ROWS) {
  for (const label of [setting.label, ...setting.aliases, ...(SETTING_EXTRA[setting.field] ?? [])]) {
    SETTING_LABELS.set(normalizeHeader(label), setting.field);
  }
}

/** The setting a label names, if any. */
export function settingOfLabel(text: string): SettingField | undefined {
  return SETTING_LABELS.get(normalizeHeader(text));
}

/** A figure the sheet works out that the engine can check. */
export type CheckedFigure = 'presentValue' | 'netPresentValue' | 'ratio' | 'inputs';

const FIGURE_LABELS = new Map<string, CheckedFigure>([
  ['total present value', 'presentValue'],
  ['total present value pv', 'presentValue'],
  ['present value', 'presentValue'],
  ['total pv', 'presentValue'],
  ['pv', 'presentValue'],
  ['net present value', 'netPresentValue'],
  ['net present value pv minus the investment', 'netPresentValue'],
  ['npv', 'netPresentValue'],
  ['social return', 'ratio'],
  ['social return per', 'ratio'],
  ['social return £ per £', 'ratio'],
  ['sroi ratio', 'ratio'],
  ['sroi', 'ratio'],
  ['ratio', 'ratio'],
  ['social return ratio', 'ratio'],
  ['social return on investment', 'ratio'],
  ['total inputs', 'inputs'],
  ['total investment', 'inputs'],
  ['investment', 'inputs'],
]);

/** The figure a label names, if any ("Total Present Value (PV)", "Social Return £ per £"). */
export function figureOfLabel(text: string): CheckedFigure | undefined {
  return figureOfNormalLabel(normalizeHeader(text));
}

/** {@link figureOfLabel} of a label already in normal form. */
function figureOfNormalLabel(label: string): CheckedFigure | undefined {
  return FIGURE_LABELS.get(label) ?? FIGURE_LABELS.get(label.replace(/ per$/, ' per'));
}

/** The last text {@link isBlockLabel} was asked about, and its answer: a map's rows mostly start with the same words. */
let lastAsked: { readonly text: string; readonly block: boolean } = { text: '', block: false };

/** Labels that start a block below a table: the table stops there. */
function isBlockLabel(text: string): boolean {
  if (text !== lastAsked.text) lastAsked = { text, block: blockLabel(text) };
  return lastAsked.block;
}

function blockLabel(text: string): boolean {
  // Normalised once, for every lookup below.
  const label = normalizeHeader(text);
  if (/^stage \d/.test(label) || label === 'calculating social return' || label === 'present value of each year')
    return true;
  const setting = SETTING_LABELS.get(label);
  if (setting !== undefined && setting !== 'name' && setting !== 'currency' && setting !== 'kind') return true;
  return figureOfNormalLabel(label) !== undefined && label !== 'pv' && label !== 'investment';
}

/**
 * Whether a row ends the table above it: its first cell (at or right of the
 * table's first column) is a settings or Stage 5 label.
 */
export function endsTable(row: readonly ReadCell[], firstColumn: number): boolean {
  // A loop, not findIndex: this runs for every row of a table, with no function made for each.
  let column = -1;
  for (let index = 0; index < row.length; index += 1) {
    if ((row[index] as ReadCell).kind !== 'blank') {
      column = index;
      break;
    }
  }
  const cell = row[column];
  if (column < 0 || column < firstColumn - 1 || cell?.kind !== 'text') return false;
  if (isBlockLabel(cell.text)) return true;
  // "Name | Warm homes" below a map: a setting's label and its value, nothing else on the row.
  let given = 0;
  for (const other of row) if (other.kind !== 'blank') given += 1;
  return given <= 2 && settingOfLabel(cell.text) !== undefined;
}
