/**
 * Points by bidder as a small SVG: one bar per bid, best first, made up of its
 * price, quality and social value points, on a scale of 100. The criteria
 * differ by pattern as well as colour (solid, hatched, dotted), so they stay
 * apart in high contrast. The same points are in the ranked table, and the
 * chart is said in words below it.
 */
import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RankedBid } from '../../model/tender-view.js';
import { linearScale } from '../sensitivity/chart-scale.js';

const useStyles = makeStyles({
  figure: { margin: `0 0 ${tokens.spacingVerticalM}` },
  svg: { width: '100%', height: 'auto', display: 'block', maxWidth: '480px' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  outline: { stroke: tokens.colorNeutralForeground1, strokeWidth: 0.75 },
  price: { fill: tokens.colorBrandBackground },
  hatch: { stroke: tokens.colorPaletteTealForeground2, strokeWidth: 2 },
  dot: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  paper: { fill: tokens.colorNeutralBackground1 },
  axis: { stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: 1 },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const WIDTH = 300;
const ROW = 34;
const TOP = 34;
const LEFT = 4;
const RIGHT = WIDTH - 8;

export interface PointsChartProps {
  readonly bids: readonly RankedBid[];
  /** The chart in words: its caption, which describes it to screen readers. */
  readonly summary: string;
}

/** The stacked bars with a legend, described by `summary`, which follows as the caption. */
export function PointsChart({ bids, summary }: PointsChartProps) {
  const styles = useStyles();
  // Pattern ids must be unique in the page and valid inside url(#...).
  const id = `chart${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const x = linearScale(0, 100, LEFT, RIGHT);
  const height = TOP + bids.length * ROW + 16;
  const parts = [
    { key: 'price', label: 'Price', fill: undefined, className: styles.price },
    { key: 'quality', label: 'Quality', fill: `url(#${id}-hatch)`, className: undefined },
    { key: 'socialValue', label: 'Social value', fill: `url(#${id}-dots)`, className: undefined },
  ] as const;
  return (
    <figure className={styles.figure}>
      <svg
        role="img"
        aria-label="Chart of points by bidder, in three parts: price, quality and social value"
        aria-describedby={`${id}-caption`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className={styles.svg}
      >
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className={styles.paper} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.hatch} />
          </pattern>
          <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" className={styles.paper} />
            <circle cx="2.5" cy="2.5" r="1.4" className={styles.dot} />
          </pattern>
        </defs>
        {parts.map((part, index) => (
          <g key={part.key} transform={`translate(${LEFT + index * 96} 4)`}>
            <rect width="12" height="12" fill={part.fill} className={`${part.className ?? ''} ${styles.outline}`} />
            <text x="16" y="10" className={styles.text}>
              {part.label}
            </text>
          </g>
        ))}
        {bids.map((bid, row) => {
          const y = TOP + row * ROW;
          let from = 0;
          return (
            <g key={bid.bidder}>
              <text x={LEFT} y={y + 9} className={styles.text}>
                {`${bid.bidder.length > 36 ? `${bid.bidder.slice(0, 35)}…` : bid.bidder}: ${bid.total}`}
              </text>
              {parts.map((part) => {
                const points = Math.max(0, bid.numbers[part.key]);
                const start = from;
                from += points;
                return points === 0 ? null : (
                  <rect
                    key={part.key}
                    x={x(start)}
                    y={y + 13}
                    width={Math.max(1, x(start + points) - x(start))}
                    height={14}
                    fill={part.fill}
                    className={`${part.className ?? ''} ${styles.outline}`}
                  />
                );
              })}
            </g>
          );
        })}
        <line x1={x(0)} x2={x(0)} y1={TOP} y2={height - 14} className={styles.axis} />
        <text x={x(0)} y={height - 3} className={styles.text}>
          0
        </text>
        <text x={x(100)} y={height - 3} textAnchor="end" className={styles.text}>
          100 points
        </text>
      </svg>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        {summary} The ranked table above gives the same points.
      </figcaption>
    </figure>
  );
}
