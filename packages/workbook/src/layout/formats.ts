/** Excel number formats of the layout. */

const SYMBOLS: Record<string, string> = { GBP: '£', EUR: '€', USD: '$' };

/**
 * Money to the penny in the evaluation's currency, negative in red.
 *
 * @example
 * ```ts
 * moneyFormat('GBP'); //=> '"£"#,##0.00;[Red]-"£"#,##0.00'
 * ```
 */
export function moneyFormat(currency: string): string {
  const symbol = SYMBOLS[currency];
  const positive = symbol === undefined ? `#,##0.00 "${currency}"` : `"${symbol}"#,##0.00`;
  return `${positive};[Red]-${positive}`;
}

export const FORMATS = {
  /** Shares: stored as fractions (0.2), shown as 20.0%. */
  share: '0.0%',
  rate: '0.00%',
  factor: '0.000000',
  ratio: '0.00" : 1"',
  months: '0.0',
  whole: '0',
  quantity: '#,##0.##',
  /** The Stakeholders sheet's count: 3 shows as "3 stakeholders". */
  stakeholders: '0" stakeholders"',
  /** Text: Excel keeps what is typed as text, so `=x` in a name stays text. */
  text: '@',
} as const;
