/**
 * Where each function's help lives: a heading per function in
 * docs/excel-functions.md. The `@helpurl` tags of the functions repeat these
 * addresses literally (the metadata generator reads only literals); a test
 * checks that every one equals {@link helpUrlOf}.
 */
export const HELP_BASE_URL = 'https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md';

/**
 * The help address of a function, at its heading's anchor.
 *
 * @example
 * ```ts
 * helpUrlOf('IMPACT'); //=> 'https://github.com/sroi-calculator/sroi/blob/main/docs/excel-functions.md#sroiimpact'
 * ```
 */
export function helpUrlOf(name: string): string {
  return `${HELP_BASE_URL}#sroi${name.toLowerCase()}`;
}
