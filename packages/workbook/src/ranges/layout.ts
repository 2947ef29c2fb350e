import type { DistributionType, Estimate } from '@sroi/core';
import type { ColumnSpec } from '../layout/columns.js';

/**
 * The Ranges sheet: the Monte Carlo ranges of `sroi montecarlo`, one row per
 * estimate (for every outcome, or for one), shared by the reader and the
 * writer so that what is written reads back. Aliases are other headers a
 * reader accepts, compared after `normalizeHeader`.
 */
export const RANGES_SHEET = 'Ranges';

export type RangeField = 'outcome' | 'estimate' | 'distribution' | 'low' | 'mostLikely' | 'high' | 'sd';

const column = (
  field: RangeField,
  header: string,
  aliases: readonly string[],
  width: number,
  prompt: string,
): ColumnSpec<RangeField> => ({ field, header, aliases, width, prompt });

export const RANGE_COLUMNS: readonly ColumnSpec<RangeField>[] = [
  column(
    'outcome',
    'Outcome',
    ['outcome id', 'outcomes', 'id', 'for outcome', 'applies to'],
    16,
    'An Outcome ID from the Impact Map, or All outcomes (or blank) for every outcome.',
  ),
  column(
    'estimate',
    'Estimate',
    ['estimates', 'what varies', 'variable', 'parameter'],
    18,
    'Quantity, Financial proxy, Deadweight, Displacement, Attribution, Drop-off or Duration.',
  ),
  column(
    'distribution',
    'Distribution',
    ['distribution type', 'shape', 'type'],
    14,
    'Triangular, Uniform, PERT, Normal or Fixed (the estimate stays at its base).',
  ),
  column(
    'low',
    'Low',
    ['min', 'minimum', 'lowest', 'low change'],
    10,
    'The lowest change from the base: quantity and proxy in % (-20% is 20% less); shares in percentage points written as % (-10% is 10 points down); duration in whole years.',
  ),
  column(
    'mostLikely',
    'Most likely',
    ['mode', 'most likely change', 'likeliest', 'mean', 'centre', 'center'],
    12,
    'Triangular and PERT: the most likely change (blank: the middle of Low and High). Normal: its mean (blank: 0).',
  ),
  column(
    'high',
    'High',
    ['max', 'maximum', 'highest', 'high change'],
    10,
    'The highest change from the base, in the same units as Low.',
  ),
  column(
    'sd',
    'Standard deviation',
    ['sd', 'std dev', 'stdev', 'st dev', 'standard deviation of change'],
    12,
    'Normal only: its standard deviation, in the same units as Low.',
  ),
];

/** The words for "every outcome" in the Outcome column (a blank cell means it too). */
export const ALL_OUTCOMES = 'All outcomes';
export const ALL_OUTCOMES_WORDS: readonly string[] = ['all outcomes', 'all', 'every outcome', 'each outcome', '*'];

/** Each estimate as the sheet names it. */
export const ESTIMATE_NAMES: Readonly<Record<Estimate, string>> = {
  quantity: 'Quantity',
  proxy: 'Financial proxy',
  deadweight: 'Deadweight',
  displacement: 'Displacement',
  attribution: 'Attribution',
  dropOff: 'Drop-off',
  duration: 'Duration',
};

/** Each distribution as the sheet names it, in the order a list offers them. */
export const DISTRIBUTION_NAMES: Readonly<Record<DistributionType, string>> = {
  triangular: 'Triangular',
  uniform: 'Uniform',
  pert: 'PERT',
  normal: 'Normal',
  fixed: 'Fixed',
};

/** The lines above the table: what a row means and the units of its changes. */
export const RANGES_NOTE: readonly string[] = [
  'Monte Carlo ranges: how far each estimate may move from each outcome\u2019s base value (sroi montecarlo, sroi report).',
  'Quantity and Financial proxy: a change in %, -20% is 20% less. Deadweight, Displacement, Attribution and Drop-off: a change in percentage points, written as %: -10% takes 25% to 15%.',
  'Duration: whole years, e.g. -1. Outcome: All outcomes for every outcome, or an Outcome ID for one (its rows replace All outcomes\u2019 for that outcome).',
];
