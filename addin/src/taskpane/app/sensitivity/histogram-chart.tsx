/**
 * The Monte Carlo draws as a histogram SVG with P10, P50 and P90 marked; the
 * chart's name summarises it, and the numbers are given in text beside it.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { HistogramBin, MonteCarloSummary } from '../../model/sensitivity-view.js';
import { linearScale } from './chart-scale.js';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', maxWidth: '480px' },
  bar: { fill: tokens.colorBrandBackground },
  marker: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: '4 2' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '10px' },
});

const WIDTH = 300;
const HEIGHT = 150;
const TOP = 26;
const BOTTOM = HEIGHT - 16;

export interface HistogramChartProps {
  readonly bins: readonly HistogramBin[];
  readonly summary: MonteCarloSummary;
  /** What was drawn, for the chart's name: 'SROI ratios' or 'present values'. */
  readonly of: string;
  /** Mark P10, P50 and P90 (they are ratios, so only when the bins are ratios). */
  readonly markPercentiles: boolean;
}

/** An accessible histogram (role img) with the percentiles as dashed lines. */
export function HistogramChart({ bins, summary, of, markPercentiles }: HistogramChartProps) {
  const styles = useStyles();
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (first === undefined || last === undefined) return null;
  const x = linearScale(first.from, last.to, 4, WIDTH - 4);
  const most = Math.max(...bins.map((bin) => bin.count));
  const y = linearScale(0, most, BOTTOM, TOP);
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const { p10, p50, p90 } = summary.numbers;
  const markers = markPercentiles
    ? ([
        ['P10', p10],
        ['P50', p50],
        ['P90', p90],
      ] as const)
    : [];
  const label =
    `Histogram of ${total.toLocaleString('en-GB')} simulated ${of}, from ${first.from.toFixed(2)} to ${last.to.toFixed(2)}` +
    (markPercentiles ? `; P10 ${summary.p10}, P50 ${summary.p50}, P90 ${summary.p90}. ${summary.sentence}` : '.');
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.svg}>
      {bins.map((bin, index) => (
        <rect
          key={index}
          x={x(bin.from)}
          y={y(bin.count)}
          width={Math.max(0.5, x(bin.to) - x(bin.from) - 0.5)}
          height={BOTTOM - y(bin.count)}
          className={styles.bar}
        />
      ))}
      {markers.map(([name, value], index) =>
        value === null ? null : (
          <g key={name}>
            <line x1={x(value)} x2={x(value)} y1={TOP - 2} y2={BOTTOM} className={styles.marker} />
            <text x={x(value)} y={8 + index * 9} textAnchor="middle" className={styles.text}>
              {name}
            </text>
          </g>
        ),
      )}
      <text x={4} y={HEIGHT - 3} className={styles.text}>
        {first.from.toFixed(2)}
      </text>
      <text x={WIDTH - 4} y={HEIGHT - 3} textAnchor="end" className={styles.text}>
        {last.to.toFixed(2)}
      </text>
    </svg>
  );
}
