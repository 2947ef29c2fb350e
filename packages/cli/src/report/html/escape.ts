import { safeText } from '../safe-text.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML shows it literally, in an element or a quoted attribute:
 * control characters shown as `\u001b` (as in the terminal), and `& < > " '`
 * as entities, so that a stakeholder called `<script>` is only text. Every
 * text in the report, from the user's file or not, goes through here.
 *
 * @example
 * ```ts
 * escapeHtml('<img src=x onerror=alert(1)>'); //=> '&lt;img src=x onerror=alert(1)&gt;'
 * escapeHtml('Acme\u001b[2J');                //=> 'Acme\\u001b[2J'
 * ```
 */
export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Text as a CSS string literal (for the running title printed on every page):
 * everything but letters, digits and spaces as a CSS hex escape, so that no
 * quote, backslash or `</style>` in a name can end the string or the style.
 *
 * @example
 * ```ts
 * cssString('A "B"'); //=> '"A \\22 B\\22 "'
 * ```
 */
export function cssString(text: string): string {
  const escaped = Array.from(safeText(text))
    .map((c) => (/^[A-Za-z0-9 ]$/.test(c) ? c : `\\${(c.codePointAt(0) ?? 0).toString(16)} `))
    .join('');
  return `"${escaped}"`;
}
