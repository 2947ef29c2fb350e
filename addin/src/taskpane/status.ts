/**
 * What the task pane says once Office is ready.
 *
 * @param inExcel - whether the page runs inside Excel
 *
 * @example
 * ```ts
 * statusText(true);  //=> 'Ready: the =SROI functions work in this workbook.'
 * statusText(false); //=> 'Open this page from Excel to use the SROI functions.'
 * ```
 */
export function statusText(inExcel: boolean): string {
  return inExcel
    ? 'Ready: the =SROI functions work in this workbook.'
    : 'Open this page from Excel to use the SROI functions.';
}
