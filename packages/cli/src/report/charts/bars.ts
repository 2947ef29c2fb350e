import type { TopLevelSpec } from 'vega-lite';
import { safeText } from '../safe-text.js';
import { domainWithRoom, GAP, roomFor, subtitleLines } from './room.js';
import { COLOURS, CONFIG } from './style.js';

/** One bar: what it is (text from the user's file), where it ends, and the figure printed beside it. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

/** Width of the bars' area; names (up to LABEL_LIMIT) sit to its left, within PAGE_WIDTH. */
const PLOT_WIDTH = 360;

/**
 * Horizontal bars in the order given, each with its figure beside its end
 * (left of a negative bar, right of a positive one). The value axis is left
 * out: the figures are printed, and the domain is widened so that they fit
 * inside the chart rather than widening it.
 *
 * Each bar is keyed by its position, so two stakeholders with the same name
 * stay two bars; the names are shown through the axis's labels.
 */
export function barsSpec(bars: readonly Bar[], title: string, subtitle: string): TopLevelSpec {
  const rows = bars.map((bar, index) => ({
    key: String(index),
    value: bar.value,
    text: bar.text,
    side: bar.value < 0 ? 'negative' : 'positive',
  }));
  const position = {
    y: { field: 'key', type: 'nominal' as const, sort: null },
    x: { field: 'value', type: 'quantitative' as const, scale: { domain: domainOf(rows), nice: false, zero: true } },
  };
  const label = (side: 'positive' | 'negative', align: 'left' | 'right', dx: number) => ({
    transform: [{ filter: { field: 'side', equal: side } }],
    mark: { type: 'text' as const, align, baseline: 'middle' as const, dx },
    encoding: { ...position, text: { field: 'text', type: 'nominal' as const } },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: CONFIG,
    title: { text: title, subtitle: subtitleLines(subtitle) },
    width: PLOT_WIDTH,
    height: { step: 22 },
    // Names reach the axis as data, looked up by key: never part of an expression.
    params: [{ name: 'names', value: bars.map((bar) => safeText(bar.label)) }],
    data: { values: rows },
    encoding: {
      y: {
        field: 'key',
        type: 'nominal',
        sort: null,
        title: null,
        axis: { labelExpr: 'names[datum.value]', ticks: false },
      },
    },
    layer: [
      {
        mark: { type: 'bar', color: COLOURS.bar },
        encoding: { x: { ...position.x, axis: null } },
      },
      label('positive', 'left', GAP),
      label('negative', 'right', -GAP),
      { mark: { type: 'rule', color: COLOURS.muted }, encoding: { x: { datum: 0 } } },
    ],
  };
}

/** From 0 and the bars' ends, with room for the figures printed beside them. */
function domainOf(rows: readonly { value: number; text: string; side: string }[]): [number, number] {
  const texts = (side: string) => rows.filter((row) => row.side === side).map((row) => row.text);
  const values = rows.map((row) => row.value);
  const [low, high] = [Math.min(0, ...values), Math.max(0, ...values)];
  return domainWithRoom(low, high, roomFor(texts('negative')), roomFor(texts('positive')), PLOT_WIDTH);
}
