import type { EvaluationResult } from '@sroi/core';
import { domainRows, headlineRows, outcomeRows, stakeholderRows, yearRows, type Breakdown } from './breakdown-rows.js';
import { describeSettings } from './describe-settings.js';
import { pricingLine } from './pricing-line.js';
import { safeText } from './safe-text.js';
import { alignedTable } from './table.js';

/** What a summary includes beyond the headline figures and the tables by outcome, stakeholder and domain. */
export interface SummaryOptions {
  /** Also the table by year: value, discount factor, present value, cumulative, inputs and payback. */
  readonly years?: boolean;
}

/**
 * A readable summary for the terminal: the headline figures, value by
 * outcome, stakeholder and domain (and by year with `years`), and warnings
 * (placed on cells by `where`). Every text from the file is printed through
 * safeText, so no control character reaches the terminal.
 *
 * @param result - what `evaluate` returned
 * @param where - turns a warning's path (`outcomes[2].deadweight`) into where the reader finds it (a sheet and cell)
 * @param options - `years: true` adds the table by year
 * @returns the summary, lines ending in a newline
 */
export function textSummary(
  result: EvaluationResult,
  where: (path: string) => string = (path) => path,
  options: SummaryOptions = {},
): string {
  const breakdown = (title: string, table: Breakdown) => [
    '',
    title,
    ...alignedTable([table.header, ...table.rows], table.align),
  ];
  const lines = [
    safeText(`${result.name} (${result.settings.kind})`),
    safeText(describeSettings(result.settings)),
    ...(result.settings.pricing === undefined ? [] : [safeText(pricingLine(result.settings.pricing))]),
    '',
    ...alignedTable(headlineRows(result).rows, ['left', 'right']),
    ...breakdown('Value by outcome', outcomeRows(result)),
    ...breakdown('Value by stakeholder', stakeholderRows(result)),
    ...breakdown('Value by domain', domainRows(result)),
    ...(options.years === true ? breakdown('Value by year', yearRows(result)) : []),
  ];
  if (result.warnings.length > 0) {
    lines.push('', `Warnings (${result.warnings.length})`);
    for (const warning of result.warnings)
      lines.push(safeText(`  - ${warning.path === undefined ? '' : `${where(warning.path)}: `}${warning.message}`));
  }
  return lines.join('\n') + '\n';
}
