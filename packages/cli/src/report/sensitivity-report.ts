import {
  Decimal,
  formatMoney,
  formatPercent,
  formatRatio,
  type Evaluation,
  type OneWay,
  type OneWayPoint,
  type OneWayRow,
  type SwitchingValue,
  type SwitchingValues,
} from '@sroi/core';
import { ESTIMATE_LABELS, formatChange, formatEstimate, formatTogetherMove } from './estimate-values.js';
import { pricingLine } from './pricing-line.js';
import { alignedTable, markdownTable, markdownText, type TableRow } from './table.js';

/** What `sroi sensitivity` reports: core's switching values and tornado for one evaluation. */
export interface Sensitivity {
  readonly evaluation: Evaluation;
  readonly switchingValues: SwitchingValues;
  readonly oneWay: OneWay;
}

const ALL_TOGETHER = 'All outcomes together';

/** The cells every format shares: outcome (null for all together), then estimate, base, switching value, change. */
interface SwitchingLine {
  readonly outcome: string | null;
  readonly cells: readonly [string, string, string, string];
}

function switchingLines(report: Sensitivity): SwitchingLine[] {
  const currency = report.evaluation.currency ?? 'GBP';
  const line = (row: SwitchingValue): SwitchingLine => ({
    outcome: row.outcome,
    cells: [
      ESTIMATE_LABELS[row.estimate],
      row.base === null ? '' : formatEstimate(row.estimate, row.base, currency),
      row.value === null ? '' : formatEstimate(row.estimate, row.value, currency),
      row.change === null
        ? `n/a — ${row.reason?.message ?? 'no value reaches the target'}`
        : formatChange(row.unit, row.change),
    ],
  });
  return [...report.switchingValues.outcomes.map(line), ...report.switchingValues.together.map(line)];
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
  const swing =
    report.oneWay.ratio === null ? formatMoney(row.swing, currency) : row.swing.toFixed(2, Decimal.ROUND_HALF_UP);
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

function switchingTitle(report: Sensitivity): string {
  const { ratio, target } = report.switchingValues;
  const way = ratio !== null && ratio.lt(target) ? 'rise' : 'fall';
  return `Switching values: how far each estimate must move for the ratio to ${way} to ${formatRatio(target)}`;
}

function tornadoTitle(report: Sensitivity): string {
  const change = report.oneWay.change;
  const percent = formatPercent(change, 1).replace(/\.0%$/, '%');
  const points = change.times(100).toDecimalPlaces(1).toString();
  return (
    `One-way changes (tornado), largest swing first: quantities and proxies ${percent} down and up, ` +
    `shares ${points} points, durations ${percent} (at least one year)`
  );
}

const outcomeName = (report: Sensitivity, id: string) => {
  const description = report.evaluation.outcomes.find((outcome) => outcome.id === id)?.description;
  return description === undefined || description === id ? id : `${description} (${id})`;
};

/**
 * Switching values and the tornado for the terminal: aligned columns, the
 * switching values under each outcome's name, values as the impact map shows them.
 */
export function sensitivityText(report: Sensitivity): string {
  const rows: TableRow[] = [['Estimate', 'Base', 'Switching value', 'Change']];
  let current: string | null | undefined;
  for (const line of switchingLines(report)) {
    if (line.outcome !== current) {
      current = line.outcome;
      rows.push({ heading: line.outcome === null ? ALL_TOGETHER : outcomeName(report, line.outcome) });
    }
    rows.push([`  ${line.cells[0]}`, ...line.cells.slice(1)]);
  }
  // Without inputs every switching value is the same "no ratio" reason, which the headline already gives.
  const switching =
    report.switchingValues.ratio === null
      ? []
      : [switchingTitle(report), ...alignedTable(rows, ['left', 'right', 'right', 'left']), ''];
  const lines = [
    `${report.evaluation.name}: sensitivity`,
    ...headline(report),
    '',
    ...switching,
    tornadoTitle(report),
    ...alignedTable(
      [TORNADO_HEADER(report), ...report.oneWay.rows.map((row) => tornadoCells(report, row))],
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
  ];
  return lines.join('\n') + '\n';
}

/** The same report as Markdown tables. */
export function sensitivityMarkdown(report: Sensitivity): string {
  const switching =
    report.switchingValues.ratio === null
      ? []
      : [
          `## ${switchingTitle(report)}`,
          '',
          ...markdownTable(
            ['Outcome', 'Estimate', 'Base', 'Switching value', 'Change'],
            switchingLines(report).map((line) => [
              line.outcome === null ? ALL_TOGETHER.toLowerCase() : outcomeName(report, line.outcome),
              ...line.cells,
            ]),
            ['left', 'left', 'right', 'right', 'left'],
          ),
          '',
        ];
  const lines = [
    `# ${markdownText(report.evaluation.name)}: sensitivity`,
    '',
    ...headline(report).map(markdownText),
    '',
    ...switching,
    `## ${tornadoTitle(report)}`,
    '',
    ...markdownTable(
      TORNADO_HEADER(report),
      report.oneWay.rows.map((row) => tornadoCells(report, row)),
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
  ];
  return lines.join('\n') + '\n';
}
