/**
 * The layout's data-validation rules as Office.js wants them (ExcelApi 1.8).
 */
import type { Validation } from '@sroi/workbook';

/** Excel keeps at most 255 characters of an error message and 32 of its title. */
const MESSAGE_LIMIT = 255;
export const ALERT_TITLE = 'Check this value';

/** The rule of `range.dataValidation.rule`: bounds or a list of choices. */
export type RuleObject =
  | { readonly decimal: BoundsRule }
  | { readonly wholeNumber: BoundsRule }
  | { readonly list: { readonly inCellDropDown: true; readonly source: string } };

interface BoundsRule {
  readonly formula1: number;
  readonly formula2: number;
  readonly operator: 'Between';
}

/** The alert shown when a typed value breaks the rule. */
export interface ErrorAlertObject {
  readonly showAlert: true;
  readonly style: 'Stop';
  readonly title: string;
  readonly message: string;
}

/**
 * The Office.js rule for one layout validation.
 *
 * @example
 * ```ts
 * validationRule({ range: 'B6', type: 'list', values: ['end-of-year', 'mid-year'], message: '' });
 * //=> { list: { inCellDropDown: true, source: 'end-of-year,mid-year' } }
 * ```
 */
export function validationRule(validation: Validation): RuleObject {
  if (validation.type === 'list') {
    // Excel splits a list source on commas: a choice cannot hold one.
    return {
      list: { inCellDropDown: true, source: validation.values.map((value) => value.replace(/,/g, ' ')).join(',') },
    };
  }
  const bounds: BoundsRule = { formula1: validation.min, formula2: validation.max, operator: 'Between' };
  return validation.type === 'whole' ? { wholeNumber: bounds } : { decimal: bounds };
}

/**
 * The error alert for one layout validation: its message, cut to what Excel keeps.
 *
 * @example
 * ```ts
 * errorAlert({ range: 'H3', type: 'whole', min: 1, max: 1000, message: 'Duration: whole years, 1 or more' }).message;
 * //=> 'Duration: whole years, 1 or more'
 * ```
 */
export function errorAlert(validation: Validation): ErrorAlertObject {
  const message =
    validation.message.length > MESSAGE_LIMIT
      ? `${validation.message.slice(0, MESSAGE_LIMIT - 1)}…`
      : validation.message;
  return { showAlert: true, style: 'Stop', title: ALERT_TITLE, message };
}
