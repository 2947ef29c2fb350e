import type { Config } from 'vega-lite';

/**
 * The look shared by every chart of the report: widths that fit an A4 page in
 * portrait within its margins, fonts of at least 11 px, and colours from the
 * Okabe-Ito palette (told apart with the common colour-vision deficiencies),
 * each with at least 3 : 1 contrast on white, as WCAG asks of graphics.
 */

/** The widest a chart may be: A4's 210 mm less 20 mm margins is about 643 px at 96 px an inch. */
export const PAGE_WIDTH = 640;

/** Okabe-Ito blue (5.2 : 1 on white) and vermillion (3.9 : 1); text in near-black (15.9 : 1). */
export const COLOURS = {
  bar: '#0072B2',
  accent: '#D55E00',
  ink: '#222222',
  muted: '#555555',
  grid: '#DDDDDD',
} as const;

export const FONT_SIZE = 11;
export const FONT = 'Arial, Helvetica, sans-serif';

/**
 * Axis labels longer than this many pixels, as vega measures them, end with
 * an ellipsis instead of pushing the chart wider: about 30 characters, which
 * browsers draw in about 200 px.
 */
export const LABEL_LIMIT = 260;

/** Subtitles are a size larger than labels. */
export const SUBTITLE_SIZE = 12;

/** vega-lite settings for every chart: fonts, colours, no frame round the plot. */
export const CONFIG: Config = {
  font: FONT,
  background: 'white',
  view: { stroke: null },
  // One accessible name for the whole picture (see render.ts), not one per bar.
  aria: false,
  axis: {
    labelFontSize: FONT_SIZE,
    titleFontSize: 12,
    labelColor: COLOURS.ink,
    titleColor: COLOURS.ink,
    titleFontWeight: 'normal',
    gridColor: COLOURS.grid,
    domainColor: COLOURS.muted,
    tickColor: COLOURS.muted,
    labelLimit: LABEL_LIMIT,
  },
  legend: {
    labelLimit: LABEL_LIMIT,
    labelFontSize: FONT_SIZE,
    titleFontSize: FONT_SIZE,
    labelColor: COLOURS.ink,
    titleColor: COLOURS.ink,
  },
  title: {
    fontSize: 14,
    subtitleFontSize: SUBTITLE_SIZE,
    color: COLOURS.ink,
    subtitleColor: COLOURS.ink,
    anchor: 'start',
  },
  text: { fontSize: FONT_SIZE, color: COLOURS.ink },
};

/**
 * A text layer drawn twice, first as a thick white outline: labels that
 * cross a bar or a line stay readable (vega has no background for text).
 */
export function haloed<T extends { readonly mark: object }>(layer: T): [T, T] {
  const halo = {
    ...layer,
    mark: { ...layer.mark, color: 'white', stroke: 'white', strokeWidth: 4, strokeJoin: 'round' },
  };
  return [halo, layer];
}
