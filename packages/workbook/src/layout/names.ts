/** Sheet names of the layout. Readers also accept other names (see read/). */
export const SHEETS = {
  settings: 'Settings',
  stakeholders: 'Stakeholders',
  inputs: 'Inputs',
  impactMap: 'Impact Map',
  quantityByYear: 'Quantity by year',
  discounting: 'Discounting',
  results: 'Results',
} as const;

/**
 * The names of the headline figures' cells (worksheet-scoped), the same on the
 * layout's Results sheet and the task pane's results sheet, so a formula such
 * as `=SROIRatio` means one thing in any workbook the calculator writes.
 */
export const FIGURE_NAMES = {
  presentValue: 'PresentValue',
  inputsPresentValue: 'InputsPresentValue',
  netPresentValue: 'NetPresentValue',
  ratio: 'SROIRatio',
  netRatio: 'NetRatio',
  impact: 'TotalImpact',
  paybackMonths: 'PaybackMonths',
  discountedPaybackMonths: 'DiscountedPaybackMonths',
} as const;

/** Where the method comes from, written as a note into every workbook. */
export const METHOD_SOURCE =
  'Calculated as in A Guide to Social Return on Investment (Cabinet Office 2009; SROI Network 2012): ' +
  'impact = quantity x financial proxy, less deadweight, displacement and attribution; drop-off from the ' +
  'second year; discounting as in the HM Treasury Green Book. Full method: docs/METHOD.md of the SROI calculator.';

/** Rows of every table sheet: a title, the headers, then the data. */
export const TITLE_ROW = 0;
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/** Data validation and formats reach this far below the data, for rows users add. */
export const SPARE_ROWS = 500;
