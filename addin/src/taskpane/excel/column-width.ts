/**
 * Column widths: the layout gives them in characters (as an .xlsx file and exceljs do),
 * Office.js takes points.
 */

/** Width in pixels of a digit in Excel's default font (Calibri 11). */
const DIGIT_PIXELS = 7;
/** Points per pixel at 96 dots per inch. */
const POINTS_PER_PIXEL = 0.75;

/**
 * A column width in characters as points, by the .xlsx rule (ECMA-376 §18.3.1.13):
 * pixels = truncate((256 × width + truncate(128 / digit)) / 256 × digit).
 *
 * @param characters - width as the layout (and an .xlsx file) states it
 * @returns `range.format.columnWidth`
 * @example
 * ```ts
 * columnWidthPoints(10); //=> 52.5 (70 pixels)
 * ```
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}
