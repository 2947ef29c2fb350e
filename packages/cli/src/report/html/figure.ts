import type { Chart } from '../charts/index.js';
import { escapeHtml } from './escape.js';

/**
 * A chart in a figure, its description as the caption: the chart's text
 * alternative, read by screen readers (instead of the drawing) and printed under it.
 *
 * @throws Error when the SVG holds anything that could run or fetch (a bug in the charts, not the user's data)
 */
export function chartFigure(chart: Chart, id: string): string {
  checkSvg(chart.svg);
  return (
    // The caption is the chart's text alternative (and the tables beside it hold every figure), so the
    // drawing itself is hidden from screen readers rather than read out a second time, mark by mark.
    `<figure aria-labelledby="${id}">\n<div class="chart" aria-hidden="true">${chart.svg}</div>\n` +
    `<figcaption id="${id}">${escapeHtml(chart.description)}</figcaption>\n</figure>`
  );
}

// Elements that run code, embed other documents or load from elsewhere.
const FORBIDDEN = /^(script|foreignobject|iframe|object|embed|image|use|link|style|animate|set)$/i;
// Attributes whose value may hold url(…): presentation attributes and style.
const PAINTS = /^(style|fill|stroke|clip-path|mask|filter|marker-start|marker-mid|marker-end|cursor)$/i;

/**
 * The page's promise (no script, no request) checked on the SVG it embeds,
 * tag by tag and attribute by attribute: the chart library escapes the text
 * it draws, so only its own markup is in angle brackets, and a name in an
 * aria-label is only a value. The page's Content-Security-Policy stops a
 * request even if this misses one; this says which chart went wrong.
 */
export function checkSvg(svg: string): void {
  for (const [tag = ''] of svg.matchAll(/<[^>]*>/g)) {
    const name = /^<\/?\s*([\w:-]+)/.exec(tag)?.[1] ?? '';
    const unsafe =
      FORBIDDEN.test(name) ||
      [...tag.matchAll(/\s([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)].some(([, attribute = '', quoted = '']) => {
        const value = quoted.replace(/^["']|["']$/g, '');
        if (/^on/i.test(attribute)) return true;
        if (/^(xlink:)?href$/i.test(attribute)) return !value.startsWith('#');
        return PAINTS.test(attribute) && /url\(\s*["']?(?!#)/i.test(value);
      });
    if (unsafe) throw new Error(`a chart’s SVG holds markup the report does not allow: ${tag.slice(0, 80)}`);
  }
}
