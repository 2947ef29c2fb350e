/**
 * Write plans made by hand from the real workbook layout (`toWorkbook`), as the pane's planner
 * would make them, for the adapter tests.
 */
import type { Evaluation } from '@sroi/core';
import { toWorkbook } from '@sroi/workbook';
import type { WritePlan } from '../../../addin/src/taskpane/plan/write-plan';
import { evaluationWith, outcome, workedCheck } from '../../core/fixtures';

/** METHOD.md's worked check as the six layout sheets, one table, two named cells and three charts. */
export function workedCheckPlan(replaces: readonly string[] = []): WritePlan {
  return planOf(workedCheck, replaces);
}

/** An evaluation with `count` outcomes of five years each, planned the same way. */
export function largePlan(count: number): WritePlan {
  const outcomes = Array.from({ length: count }, (_, index) =>
    outcome({
      id: `o${index}`,
      description: `Outcome number ${index}, described in a few words`,
      duration: 5,
      deadweight: 0.2,
    }),
  );
  return planOf(evaluationWith(outcomes));
}

function planOf(evaluation: Evaluation, replaces: readonly string[] = []): WritePlan {
  const sheets = toWorkbook(evaluation).sheets;
  const outcomes = evaluation.outcomes.length;
  return {
    sheets,
    tables: [{ sheet: 'Impact Map', range: `A2:W${2 + outcomes}`, name: 'ImpactMap' }],
    names: [
      { sheet: 'Settings', name: 'DiscountRate', cell: 'B8', comment: 'The constant discount rate' },
      { sheet: 'Results', name: 'SROIRatio', cell: 'B6', comment: 'Present value per unit of input' },
    ],
    charts: [
      {
        sheet: 'Results',
        kind: 'column',
        title: 'Value by stakeholder',
        data: 'A2:B4',
        anchor: 'F2',
        valueAxis: 'Present value',
        categoryAxis: 'Stakeholder',
      },
      {
        sheet: 'Discounting',
        kind: 'payback',
        title: 'Payback',
        data: 'A2:D5',
        anchor: 'G2',
        valueAxis: 'Present value',
        categoryAxis: 'Year',
      },
      {
        sheet: 'Results',
        kind: 'tornado',
        title: 'What the ratio depends on',
        data: 'A2:C6',
        anchor: 'F20',
        valueAxis: 'SROI ratio',
        categoryAxis: 'Input',
      },
    ],
    replaces,
    activate: 'Results',
  };
}
