// Control characters (C0, DEL, C1), line and paragraph separators, and the
// bidirectional overrides that can make a terminal line read other than it is.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a file (a bidder's or measure's name, a period, core's sentences
 * that quote them) as it may be printed: on one line, every control character
 * shown as `\u001b` rather than sent to the terminal, where an escape sequence
 * could rewrite what the reader sees.
 *
 * @example
 * ```ts
 * safeText('Acme\u001b[2J Ltd'); //=> 'Acme\\u001b[2J Ltd'
 * safeText('two\nlines');        //=> 'two\\u000alines'
 * ```
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * {@link safeText} for a message of several lines (a list of problems): the
 * line breaks are kept, everything else unsafe is shown as `\u001b`.
 */
export function safeLines(text: string): string {
  return text.split('\n').map(safeText).join('\n');
}

// What JSON.stringify leaves as it is but a terminal may act on: DEL, the C1 controls, the line
// and paragraph separators and the bidirectional overrides.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as the JSON a command prints (two-space indent, a final newline),
 * with every character a terminal could act on written as a `\u` escape: the
 * same JSON to a program, and nothing live on a screen.
 *
 * @example
 * ```ts
 * jsonText({ name: 'Acme\u009b2J' }); //=> '{\n  "name": "Acme\\u009b2J"\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(
    UNSAFE_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
