import type { Evaluation, EvaluationResult, MonteCarloResult, OneWay, SwitchingValues } from '@sroi/core';
import type { Ranges } from '../../ranges/load-ranges.js';
import type { MeanVersusBase } from '../../ranges/mean-versus-base.js';
import type { Chart } from '../charts/index.js';

/** Everything the page shows, computed before it is written: the page itself only formats. */
export interface ReportContent {
  /** The impact map's file, as the user named it (shown in the footer). */
  readonly file: string;
  /** The impact map as read (outcome names, reductions setting: for the sensitivity section's sentences). */
  readonly evaluation: Evaluation;
  readonly result: EvaluationResult;
  /** Where an evaluation path was read (`Impact Map!F7`), for the warnings. */
  readonly where: (path: string) => string;
  /** What reading the file found worth a look (a reduction column not found, …), each with its place. */
  readonly readingWarnings: readonly string[];
  readonly switchingValues: SwitchingValues;
  readonly oneWay: OneWay;
  /** How many estimates the sensitivity section lists. */
  readonly top: number;
  /** The Monte Carlo run, with its draws kept for the histogram. */
  readonly monteCarlo: MonteCarloResult;
  /** The Monte Carlo ranges read from a file (with where from, and those per outcome); undefined for core's defaults. */
  readonly ranges: Ranges | undefined;
  /** Whether the run's mean differs from the base case by more than sampling noise, and why. */
  readonly mean: MeanVersusBase;
  /** The command that gives the same Monte Carlo figures. */
  readonly reproduce: string;
  readonly charts: ReportCharts;
  /** When the page was written (shown as a date in the footer). */
  readonly written: Date;
  /** The sroi version that wrote it. */
  readonly version: string;
}

/** The page's charts, rendered before the page is put together. */
export interface ReportCharts {
  readonly stakeholders: Chart;
  readonly domains: Chart;
  readonly payback: Chart;
  readonly tornado: Chart;
  readonly histogram: Chart;
}
