/**
 * Reads one typed field of the wizard exactly as the workbook reader reads a
 * cell holding the same text ("20%", "0.2", "£1,000"), so the pane and the
 * sheet never disagree about what a value means. Each reader returns the
 * value, or undefined after reporting why not.
 */
import {
  currencyOf,
  parseNumber,
  parseRate,
  parseShare,
  parseWhole,
  readCell,
  type Parsed,
  type ReadCell,
} from '@sroi/workbook';

/** Where a reader reports a problem with a field. */
export type Report = (field: string, message: string) => void;

/** True when nothing (or only spaces, or a lone dash, as sheets show nothing) was typed. */
export function isBlank(text: string): boolean {
  return readCell(text).kind === 'blank';
}

/** Text that must be filled in; trimmed. */
export function requiredText(text: string, field: string, missing: string, report: Report): string | undefined {
  if (isBlank(text)) {
    report(field, missing);
    return undefined;
  }
  return text.trim();
}

/** Text that may be left blank (then undefined). */
export function optionalText(text: string): string | undefined {
  return isBlank(text) ? undefined : text.trim();
}

/**
 * A number such as 100, "1,000" or "£1,000.50"; ranges are core's to check.
 *
 * @param label - the field as the commissioner calls it, e.g. "quantity"
 * @param expected - what is valid, e.g. "a number of people, tonnes or hours, 0 or more"
 */
export function readNumber(
  text: string,
  field: string,
  label: string,
  expected: string,
  report: Report,
  required = true,
): number | string | undefined {
  const blank = required ? `${label} is blank; enter ${expected}` : null;
  return readParsed(text, field, report, blank, (cell) => parseNumber(cell, label, expected));
}

/**
 * An amount of money such as "1,000" or "£1,000.50". A sign or code naming
 * another currency than the evaluation's is refused: the reader drops signs,
 * so "$1,000" in an evaluation in GBP would otherwise be taken as £1,000.
 *
 * @param currency - the evaluation's currency code, e.g. "GBP" (null: none valid, so signs are not checked)
 * @param subject - what the currency is of, as the message names it: "evaluation" (default) or "tender"
 */
export function readMoney(
  text: string,
  field: string,
  label: string,
  expected: string,
  currency: string | null,
  report: Report,
  subject = 'evaluation',
): number | string | undefined {
  const written = currencyOf(text);
  if (written !== null && currency !== null && written !== currency) {
    report(
      field,
      `${text.trim()} is in ${CURRENCY_NAMES[written] ?? written} but the ${subject} is in ${currency}; ` +
        `type the amount in ${currency} or change the currency`,
    );
    return undefined;
  }
  return readNumber(text, field, label, expected, report);
}

/** The currencies whose signs the reader knows ({@link currencyOf}), as a commissioner names them. */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  GBP: 'pounds sterling',
  EUR: 'euros',
  USD: 'US dollars',
};

/** A whole number such as 3 (years), read as the reader reads it; ranges are core's to check. */
export function readWhole(
  text: string,
  field: string,
  label: string,
  expected: string,
  report: Report,
  required = true,
): number | undefined {
  const blank = required ? `${label} is blank; enter ${expected}` : null;
  return readParsed(text, field, report, blank, (cell) => parseWhole(cell, label, -Infinity, Infinity, expected));
}

/**
 * A share such as "20%" or 0.2; blank is none (0%). A bare 20 is a question,
 * as in the reader: "did you mean 20%?".
 */
export function readShare(text: string, field: string, label: string, report: Report): number | string | undefined {
  return readParsed(text, field, report, null, (cell) => parseShare(cell, label));
}

/**
 * A rate a year such as "3.5%" or 0.035, read as the reader reads the
 * discount rate: a bare 3.5 asks "did you mean 3.5%?", and so does a bare 1
 * (100% a year).
 */
export function readRate(text: string, field: string, label: string, report: Report): number | string | undefined {
  return readParsed(text, field, report, null, (cell) => parseRate(cell, label));
}

/**
 * Typed text read as a cell holding it and parsed by one of the reader's
 * parsers; blank gives undefined, reported with `blank` when that is given.
 */
function readParsed<T>(
  text: string,
  field: string,
  report: Report,
  blank: string | null,
  parse: (cell: ReadCell) => Parsed<T>,
): T | undefined {
  if (isBlank(text)) {
    if (blank !== null) report(field, blank);
    return undefined;
  }
  const parsed = parse(readCell(text));
  if (parsed.ok) return parsed.value;
  report(field, parsed.message);
  return undefined;
}
