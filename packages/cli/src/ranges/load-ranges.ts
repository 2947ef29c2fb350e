import type { Distributions } from '@sroi/core';

/** Monte Carlo ranges read from a file: for every outcome, and per outcome id. */
export interface Ranges {
  readonly distributions: Distributions;
  readonly byOutcome: Readonly<Record<string, Distributions>>;
  /** Where they were read from, for the report: "the Ranges sheet of map.xlsx", "ranges.csv". */
  readonly source: string;
}

/**
 * The ranges for a Monte Carlo run: from `rangesFile` when given (CSV, JSON or
 * a workbook's Ranges sheet), otherwise from the map workbook's own Ranges
 * sheet when it has one; undefined when there are none (core's defaults).
 * STUB, being written.
 *
 * @throws CliError (exit 1, problems with sheet and cell; 3 missing; 4 unreadable)
 */
export function loadRanges(_mapFile: string, _rangesFile: string | undefined): Promise<Ranges | undefined> {
  throw new Error('not yet written');
}
