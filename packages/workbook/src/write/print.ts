import type { HeaderFooter, PrintLayout, SheetLayout, WorkbookLayout } from '../layout/sheet.js';

// Control characters (C0, DEL, C1), line and paragraph separators, and the
// bidirectional overrides: a header is one line, and these would hide or
// reorder what prints.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The longest name a header keeps, in characters. Excel refuses a header of
 * more than 255 characters, codes included; doubled `&`s leave room for the rest.
 */
export const MAX_HEADER_NAME = 100;

/** Every page's footer: "Page 2 of 5". */
export const PAGE_FOOTER: HeaderFooter = { center: 'Page &P of &N' };

/**
 * Text from a user (an evaluation's name) as it may stand in a header or
 * footer: on one line, control characters gone, cut to
 * {@link MAX_HEADER_NAME} characters, and every `&` doubled, so the text
 * prints as typed and can never become a header code (`&P`, `&"font"`, `&L`).
 *
 * @param text - the text to show
 * @returns the text in Excel's header and footer codes
 *
 * @example
 * ```ts
 * headerFooterText('Food & Mood'); //=> 'Food && Mood'
 * headerFooterText('a\u001b[2J\nb'); //=> 'a [2J b'
 * ```
 */
export function headerFooterText(text: string): string {
  const clean = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code point, so no character is split in half.
  const characters = [...clean];
  const cut =
    characters.length > MAX_HEADER_NAME
      ? `${characters
          .slice(0, MAX_HEADER_NAME - 1)
          .join('')
          .trimEnd()}…`
      : clean;
  return cut.replace(/&/g, '&&');
}

/**
 * The layout set up to print the way a commissioner hands it round: every
 * sheet landscape, one page wide (as many tall as it needs), its frozen rows
 * repeated at the top of each page, the workbook's title at the top left and
 * the sheet's own name at the top right of each page (`&A`, so it follows a
 * renamed sheet), and "Page 2 of 5" at the foot. What a sheet already says
 * about printing (a page break, fewer title rows) is kept.
 *
 * @param layout - the sheets
 * @param title - the evaluation's or tender's name, as the user wrote it
 * @returns the same sheets with their `print`, and the title
 *
 * @example
 * ```ts
 * const layout = printed({ sheets: [resultsSheet] }, 'Food & Mood');
 * layout.sheets[0].print;
 * //=> { orientation: 'landscape', fitToWidth: 1, titleRows: 2,
 * //     header: { left: 'Food && Mood', right: '&A' }, footer: { center: 'Page &P of &N' } }
 * ```
 */
export function printed(layout: WorkbookLayout, title: string): WorkbookLayout {
  const name = headerFooterText(title);
  const header: HeaderFooter = name === '' ? { right: '&A' } : { left: name, right: '&A' };
  return { ...layout, title, sheets: layout.sheets.map((sheet) => withPrint(sheet, header)) };
}

function withPrint(sheet: SheetLayout, header: HeaderFooter): SheetLayout {
  const print: PrintLayout = {
    orientation: 'landscape',
    fitToWidth: 1,
    titleRows: sheet.frozen.rows,
    header,
    footer: PAGE_FOOTER,
    ...sheet.print,
  };
  return { ...sheet, print };
}
