import { formatPercent, formatRatio, type Evaluation, type OneWay, type SwitchingValues } from '@sroi/core';
import type { Chart } from '../../charts/index.js';
import { CLOSEST_ALIGN, CLOSEST_HEADER, switchingSection } from '../../sensitivity-report.js';
import { chartFigure } from '../figure.js';
import { htmlTable } from '../html-table.js';
import { paragraph, section } from './section.js';

/**
 * Section 6, how sure the ratio is to each estimate: the switching values
 * closest to tipping it past the target (ranked as `sroi sensitivity` ranks
 * them, docs/sensitivity.md "Closest to tipping"), then the tornado (a chart).
 */
export function sensitivitySection(
  sensitivity: {
    readonly evaluation: Evaluation;
    readonly switchingValues: SwitchingValues;
    readonly oneWay: OneWay;
    readonly top: number;
  },
  tornado: Chart,
): string {
  const { switchingValues: values, oneWay } = sensitivity;
  const parts: string[] = [];
  if (values.ratio === null) {
    parts.push(
      paragraph('The inputs total nothing, so there is no ratio to tip; the tornado shows present values instead.'),
    );
  } else {
    const { title, rows, notes } = switchingSection(sensitivity);
    parts.push(
      paragraph(
        `A switching value is the value an estimate would need for the ratio to reach ${formatRatio(values.target)}, ` +
          'everything else as it is. The closer it is, the more the result rests on that estimate.',
      ),
      rows.length === 0
        ? paragraph(title)
        : htmlTable({ id: 'switching-table', caption: title, header: CLOSEST_HEADER, align: CLOSEST_ALIGN, rows }),
      ...notes.map((note) => paragraph(note)),
    );
  }
  const change = formatPercent(oneWay.change, 1).replace(/\.0%$/, '%');
  const points = oneWay.change.times(100).toDecimalPlaces(1).toString();
  parts.push(
    paragraph(
      `The tornado moves each estimate down and up with everything else at its base: quantities and proxies by ${change}, ` +
        `shares by ${points} percentage points, durations by ${change} (at least one year). The widest bars matter most.`,
    ),
    chartFigure(tornado, 'tornado-chart'),
  );
  return section('sensitivity', 'Sensitivity', parts.join('\n'));
}
