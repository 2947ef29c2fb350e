// Fitting text and plots into the page's width, as vega measures text in Node.
import { count } from './figures.js';
import { FONT_SIZE, PAGE_WIDTH, SUBTITLE_SIZE } from './style.js';

/** Space between a bar's end and its printed figure, in pixels. */
export const GAP = 4;

/** The pixels needed beside the bars for the longest of some printed figures. */
export function roomFor(texts: readonly string[]): number {
  return texts.reduce((most, text) => Math.max(most, textWidth(text, FONT_SIZE) + GAP * 2), 0);
}

/**
 * A value scale's domain from `low` to `high`, widened so that `left` and
 * `right` pixels of printed figures fit beside the bars' ends inside a plot
 * `width` pixels wide, rather than widening the chart. The bars keep at least
 * a fifth of the width, whatever the figures. When `low` equals `high` the
 * domain is one unit wide around them.
 */
export function domainWithRoom(
  low: number,
  high: number,
  left: number,
  right: number,
  width: number,
): [number, number] {
  const forBars = Math.max(0.2, (width - left - right) / width);
  const span = high > low ? (high - low) / forBars : Math.max(Math.abs(high), 1);
  return [low - (left / width) * span, high + (right / width) * span];
}

/**
 * Vega's width for text in Node, where there is no canvas to measure it:
 * 0.8 x font size per character. Browsers draw Latin text narrower (about 0.5
 * to 0.6 x font size a character), so room kept by this measure is enough for it.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(0.8 * fontSize * text.length);
}

/**
 * A subtitle as lines that fit the page's width as vega measures text, broken
 * between words (a word longer than a line keeps a line of its own).
 */
export function subtitleLines(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const longer = `${lines.at(-1)} ${word}`;
    // Within the chart's padding of 5 px a side.
    if (lines.length > 0 && textWidth(longer, SUBTITLE_SIZE) <= PAGE_WIDTH - 10) lines[lines.length - 1] = longer;
    else lines.push(word);
  }
  return lines;
}

/**
 * The width left for a plot beside a value axis whose labels are whole
 * numbers with thousands separators up to `values`' largest size: the page's
 * width less the axis's labels (two characters spare, as a nice scale may
 * reach one digit further), its title, ticks and the chart's padding.
 */
export function plotWidthBeside(values: readonly number[]): number {
  const longest = values.reduce((most, value) => Math.max(most, count(Math.round(Math.abs(value))).length + 1), 1);
  const around = 10 + 20 + 8 + 12;
  return PAGE_WIDTH - around - textWidth('0'.repeat(longest + 2));
}
