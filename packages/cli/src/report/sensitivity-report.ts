import {
  type Decimal,
  formatMoney,
  formatPercent,
  formatRatio,
  type Evaluation,
  type OneWay,
  type OneWayPoint,
  type OneWayRow,
  type SwitchingValues,
  ROUND_HALF_UP,
} from '@sroi/core';
import { ESTIMATE_LABELS, formatEstimate, formatTogetherMove } from './estimate-values.js';
import { pricingLine } from './pricing-line.js';
import { safeText } from './safe-text.js';
import { tippingPoints } from './sensitivity-story.js';
import { alignedTable, markdownTable, markdownText } from './table.js';

/** What `sroi sensitivity` reports: core's switching values and tornado for one evaluation. */
export interface Sensitivity {
  readonly evaluation: Evaluation;
  readonly switchingValues: SwitchingValues;
  readonly oneWay: OneWay;
  /** How many of the closest switching values and of the largest swings to list (default 10). */
  readonly top?: number;
}

/** How many rows each list keeps unless told. */
export const DEFAULT_TOP = 10;

export const CLOSEST_HEADER = ['Rank', 'What would tip the ratio', 'Switching value', 'Change', 'Distance'];
export const CLOSEST_ALIGN = ['right', 'left', 'right', 'right', 'right'] as const;

/** The switching values in any format: a title, the closest as table rows, then notes (all unescaped). */
export interface SwitchingSection {
  readonly title: string;
  readonly rows: readonly string[][];
  readonly notes: readonly string[];
}

/** The closest switching values as rows, in every format's words: the terminal, Markdown and the HTML report. */
export function switchingSection(report: Sensitivity): SwitchingSection {
  const story = tippingPoints(report.switchingValues, report.evaluation, report.top ?? DEFAULT_TOP);
  const rows = story.closest.map((point) => [
    String(point.rank),
    point.statement,
    point.value,
    point.change,
    point.distanceText,
  ]);
  const notes = [
    ...(rows.length === 0 ? [] : [story.distanceNote]),
    ...(story.cannotTip.summary === null ? [] : [story.cannotTip.summary]),
  ];
  const heading = story.heading.charAt(0).toLowerCase() + story.heading.slice(1);
  return { title: `Switching values: ${heading}`, rows, notes };
}

function tornadoCells(report: Sensitivity, row: OneWayRow): string[] {
  const currency = report.evaluation.currency ?? 'GBP';
  const durations = report.evaluation.outcomes
    .filter((outcome) => outcome.quantityByYear === undefined)
    .map((outcome) => outcome.duration);
  const moved = (point: OneWayPoint, direction: -1 | 1) => {
    if (row.outcome === null) return formatTogetherMove(row.estimate, report.oneWay.change, direction, durations);
    return point.value === null ? 'n/a' : formatEstimate(row.estimate, point.value, currency);
  };
  const swing = report.oneWay.ratio === null ? formatMoney(row.swing, currency) : row.swing.toFixed(2, ROUND_HALF_UP);
  return [
    row.outcome ?? 'all outcomes',
    ESTIMATE_LABELS[row.estimate],
    row.base === null ? '' : formatEstimate(row.estimate, row.base, currency),
    moved(row.low, -1),
    pointFigure(row.low, currency),
    moved(row.high, 1),
    pointFigure(row.high, currency),
    swing,
  ];
}

/** The ratio at a point, or its present value when there are no inputs. */
function pointFigure(point: OneWayPoint, currency: string): string {
  return point.ratio === null ? formatMoney(point.presentValue, currency) : formatRatio(point.ratio);
}

const TORNADO_HEADER = (report: Sensitivity) => {
  const figure = report.oneWay.ratio === null ? 'Present value' : 'Ratio';
  return ['Outcome', 'Estimate', 'Base', 'Low', figure, 'High', figure, 'Swing'];
};

/** The opening lines: the base ratio first, as every reader looks for it; then where proxies came from. */
function headline(report: Sensitivity): string[] {
  const pricing = report.evaluation.pricing;
  return [...ratioLines(report), ...(pricing === undefined ? [] : [pricingLine(pricing)])];
}

function ratioLines(report: Sensitivity): string[] {
  const { switchingValues: values } = report;
  const currency = report.evaluation.currency ?? 'GBP';
  const money = (value: Decimal) => formatMoney(value, currency);
  if (values.ratio === null)
    return [
      `Base ratio: n/a (the inputs total nothing); present value ${money(values.presentValue)}`,
      'Switching values need a ratio; the tornado shows present values instead.',
    ];
  return [
    `Base ratio ${formatRatio(values.ratio)}: present value ${money(values.presentValue)} on inputs of ${money(values.inputsPresentValue)}`,
  ];
}

/** The tornado's rows kept: the `top` largest swings (core sorts them, largest first). */
function tornadoRows(report: Sensitivity): readonly OneWayRow[] {
  return report.oneWay.rows.slice(0, report.top ?? DEFAULT_TOP);
}

function tornadoTitle(report: Sensitivity): string {
  const change = report.oneWay.change;
  const percent = formatPercent(change, 1).replace(/\.0%$/, '%');
  const points = change.times(100).toDecimalPlaces(1).toString();
  const all = report.oneWay.rows.length;
  const kept = tornadoRows(report).length;
  const which =
    kept < all
      ? `the ${kept === 1 ? 'largest swing' : `${kept} largest swings`} of ${all} (${all - kept} left out)`
      : 'largest swing first';
  return (
    `One-way changes (tornado), ${which}: quantities and proxies ${percent} down and up, ` +
    `shares ${points} points, durations ${percent} (at least one year)`
  );
}

const TORNADO_ALIGN = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'] as const;

/**
 * Switching values and the tornado for the terminal: the estimates closest to
 * tipping the ratio to the target, ranked, then those that cannot in one line,
 * then the largest swings. Text from the file is shown, never obeyed.
 */
export function sensitivityText(report: Sensitivity): string {
  // Without inputs every switching value is the same "no ratio" reason, which the headline already gives.
  const switching: string[] = [];
  if (report.switchingValues.ratio !== null) {
    const section = switchingSection(report);
    const table = section.rows.length === 0 ? [] : alignedTable([CLOSEST_HEADER, ...section.rows], CLOSEST_ALIGN);
    switching.push(section.title, ...table, ...section.notes, '');
  }
  const lines = [
    `${report.evaluation.name}: sensitivity`,
    ...headline(report),
    '',
    ...switching,
    tornadoTitle(report),
    ...alignedTable(
      [TORNADO_HEADER(report), ...tornadoRows(report).map((row) => tornadoCells(report, row))],
      TORNADO_ALIGN,
    ),
  ];
  // Tables are made safe cell by cell; this covers the lines around them (the evaluation's name).
  return lines.map(safeText).join('\n') + '\n';
}

/** The same report as Markdown: headings, escaped lines and tables. */
export function sensitivityMarkdown(report: Sensitivity): string {
  const switching: string[] = [];
  if (report.switchingValues.ratio !== null) {
    const section = switchingSection(report);
    const table = section.rows.length === 0 ? [] : [...markdownTable(CLOSEST_HEADER, section.rows, CLOSEST_ALIGN), ''];
    switching.push(`## ${markdownText(section.title)}`, '', ...table);
    for (const note of section.notes) switching.push(markdownText(note), '');
  }
  const lines = [
    `# ${markdownText(report.evaluation.name)}: sensitivity`,
    '',
    ...headline(report).map(markdownText),
    '',
    ...switching,
    `## ${markdownText(tornadoTitle(report))}`,
    '',
    ...markdownTable(
      TORNADO_HEADER(report),
      tornadoRows(report).map((row) => tornadoCells(report, row)),
      TORNADO_ALIGN,
    ),
  ];
  return lines.join('\n') + '\n';
}
