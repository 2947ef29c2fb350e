/**
 * What must hold before a plan is written, checked against the workbook as read:
 * replaced sheets are still ours, new names are free, and nothing lands on a sheet
 * the plan does not write.
 */
import type { WritePlan } from '../plan/write-plan.js';
import { OutsidePlanError, SheetNameTakenError, SheetNotOursError } from './write-errors.js';

/** Sheet names compare as Excel compares them: without case. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/**
 * Throws, before anything is written, when the plan cannot be written safely.
 *
 * @param plan - what to write
 * @param existing - every sheet name in the workbook now
 * @param marked - per `plan.replaces`, whether that sheet still carries the add-in's mark
 * @throws OutsidePlanError, SheetNotOursError or SheetNameTakenError
 */
export function checkPlan(plan: WritePlan, existing: readonly string[], marked: readonly boolean[]): void {
  const written = plan.sheets.map((sheet) => sheet.name);
  const inPlan = (name: string) => written.some((own) => sameSheet(own, name));
  const outside = [
    ...plan.tables.map((table) => table.sheet),
    ...plan.names.map((name) => name.sheet),
    ...plan.charts.map((chart) => chart.sheet),
    plan.activate,
  ].filter((name) => !inPlan(name));
  if (outside.length > 0) throw new OutsidePlanError([...new Set(outside)]);
  const notOurs = plan.replaces.filter((_, index) => marked[index] !== true);
  if (notOurs.length > 0) throw new SheetNotOursError(notOurs);
  const taken = written.filter(
    (name) => existing.some((other) => sameSheet(other, name)) && !plan.replaces.some((old) => sameSheet(old, name)),
  );
  if (taken.length > 0) throw new SheetNameTakenError(taken);
}

/**
 * Names to move replaced sheets aside under before they are deleted, so that a new sheet
 * can take the old name and the workbook never runs out of visible sheets.
 *
 * @example
 * ```ts
 * asideNames(['SROI old 1'], [], 2); //=> ['SROI old 2', 'SROI old 3']
 * ```
 */
export function asideNames(existing: readonly string[], planned: readonly string[], count: number): string[] {
  const taken = [...existing, ...planned];
  const names: string[] = [];
  for (let number = 1; names.length < count; number += 1) {
    const name = `SROI old ${number}`;
    if (!taken.some((other) => sameSheet(other, name))) names.push(name);
  }
  return names;
}
