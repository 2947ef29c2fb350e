/**
 * A tornado chart as a small SVG: each estimate's bar runs from the ratio with
 * it moved down to the ratio with it moved up, widest swing first, around the
 * base ratio. The same numbers follow in a table.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatRatio, toDecimal } from '@sroi/core';
import type { TornadoRow } from '../../model/sensitivity-view.js';
import { SimpleTable } from '../common/simple-table.js';
import { linearScale } from './chart-scale.js';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', maxWidth: '480px' },
  bar: { fill: tokens.colorBrandBackground },
  base: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5 },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
});

const WIDTH = 300;
const ROW = 32;
const TOP = 18;

export interface TornadoChartProps {
  readonly rows: readonly TornadoRow[];
  /** The base ratio, where the bars meet. */
  readonly baseRatio: number;
  /** How far each estimate was moved, in words ("10%, or 10 points for shares"). */
  readonly change: string;
}

/** The chart (role img, with a summary as its name) and its numbers in a table. */
export function TornadoChart({ rows, baseRatio, change }: TornadoChartProps) {
  const styles = useStyles();
  const bars = rows.filter((row) => row.lowRatio !== null && row.highRatio !== null);
  const values = bars.flatMap((row) => [row.lowRatio ?? baseRatio, row.highRatio ?? baseRatio]);
  const x = linearScale(Math.min(baseRatio, ...values), Math.max(baseRatio, ...values), 4, WIDTH - 4);
  const height = TOP + bars.length * ROW + 4;
  const top = bars[0];
  // Every digit of the double, not toDecimal's 15: rounding to 2 places must not round twice.
  const baseText = formatRatio(toDecimal(String(baseRatio)));
  const summary =
    top === undefined
      ? 'Tornado chart: no estimate moves the ratio.'
      : `Tornado chart of ${bars.length} estimates moved by ${change}, around a ratio of ${baseText}. ` +
        `The ratio moves most with ${top.label}: from ${top.low} to ${top.high}.`;
  return (
    <>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${height}`} className={styles.svg}>
        <text x={x(baseRatio)} y={11} textAnchor="middle" className={styles.text}>
          {baseText}
        </text>
        {bars.map((row, index) => {
          const low = x(Math.min(row.lowRatio ?? baseRatio, row.highRatio ?? baseRatio));
          const high = x(Math.max(row.lowRatio ?? baseRatio, row.highRatio ?? baseRatio));
          const y = TOP + index * ROW;
          return (
            <g key={index}>
              <text x={4} y={y + 10} className={styles.text}>
                {row.label.length > 50 ? `${row.label.slice(0, 49)}…` : row.label}
              </text>
              <rect x={low} y={y + 14} width={Math.max(1, high - low)} height={12} className={styles.bar} />
            </g>
          );
        })}
        <line x1={x(baseRatio)} x2={x(baseRatio)} y1={TOP} y2={height} className={styles.base} />
      </svg>
      <SimpleTable
        caption="Tornado: the ratio with each estimate moved down and up"
        headers={['Estimate', 'Moved down', 'Moved up']}
        rows={rows.map((row) => [row.label, row.low, row.high])}
      />
    </>
  );
}
