import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { safeText } from '../safe-text.js';
import type { Chart } from './chart.js';

/** Vega's text measurer; not in its type definitions. */
interface TextMetrics {
  canvas(use: boolean): void;
}

/**
 * Charts carry their data inline: a loader that sends nothing anywhere and
 * notes what it was asked for, so the render can fail instead of drawing without it.
 */
function refusingLoader(asked: string[]) {
  const refuse = (uri: string) => {
    asked.push(uri);
    return Promise.reject(new Error(`charts hold their data inline; refused to load ${uri}`));
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

/** Text for XML: markup characters as entities, control characters as visible `\u001b` (XML forbids most of them). */
export function xmlText(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Renders a vega-lite spec to a standalone SVG in Node: compiled by
 * vega-lite, run by vega with no renderer (nothing drawn to a canvas, nothing
 * loaded), then given `role="img"`, the description as its accessible name
 * and a `<title>` and `<desc>`, so the picture reads as one image with its words.
 *
 * Text is measured by vega's estimate (0.8 x font size per character), never
 * by a canvas, so the same spec gives the same bytes on every machine.
 *
 * @param spec - a vega-lite spec with its data inline (`data.values`), no URLs
 * @param title - the chart's short name (the SVG's `<title>`)
 * @param description - what it shows with its key figures (aria-label and `<desc>`)
 */
export async function renderChart(spec: TopLevelSpec, title: string, description: string): Promise<Chart> {
  (vega as unknown as { textMetrics: TextMetrics }).textMetrics.canvas(false);
  const compiled = compile(spec).spec;
  const errors: string[] = [];
  const asked: string[] = [];
  // Vega reports a failed load or a broken expression to its logger and carries on drawing:
  // errors are kept and thrown, so a chart is never quietly missing what it should show.
  const logger = vega.logger(vega.Warn, undefined, (method, _level, input) => {
    const text = Array.from(input as ArrayLike<unknown>, String).join(' ');
    if (method === 'error') errors.push(text);
    else console.warn(`chart "${title}": ${text}`);
  });
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: refusingLoader(asked), logger });
  try {
    const svg = await view.toSVG();
    if (asked.length > 0) errors.push(`it asked to load ${asked.join(', ')}, and charts hold their data inline`);
    if (errors.length > 0) throw new Error(`the chart "${title}" could not be drawn: ${errors.join('; ')}`);
    return { svg: labelled(svg, title, description), description };
  } finally {
    view.finalize();
  }
}

/** The root <svg> as one image named by its description, with a <title> and <desc> first inside it. */
function labelled(svg: string, title: string, description: string): string {
  if (!svg.startsWith('<svg ')) throw new Error('vega gave a chart that does not start with <svg');
  const end = svg.indexOf('>');
  const open = svg.slice(0, end);
  return (
    `${open} role="img" aria-label="${xmlText(description)}">` +
    `<title>${xmlText(title)}</title><desc>${xmlText(description)}</desc>` +
    svg.slice(end + 1)
  );
}
