import { writeFileSync } from 'node:fs';
import { fixture, scratchFolder } from '../fixtures/procurement/helpers';
import { run } from './run';

// Names come from users' files: printed, they must stay text. No control
// character but the newline reaches the terminal (the escapes below would
// clear the screen and retitle the window), and Markdown shows them literally:
// no HTML, no link, no image.

const files = scratchFolder();
// ESC sequences, a C1 control sequence introducer (U+009B) and a right-to-left override (U+202E),
// which JSON.stringify alone leaves as they are.
const HOSTILE =
  '\u001b[2J\u001b]0;pwned\u0007\u009b2J\u202e<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e/x.png)';

function write(name: string, value: unknown): string {
  const file = files.path(name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

/** A valid impact map whose every name is hostile; `domain` hostile too makes it a map with problems. */
function map(name: string, domain: string): string {
  const outcome = (id: string, quantity: number, deadweight: number) => ({
    id: `${id} ${HOSTILE}`,
    stakeholder: HOSTILE,
    description: HOSTILE,
    indicator: HOSTILE,
    domain,
    quantity,
    duration: 3,
    dropOff: 0.2,
    deadweight,
    proxy: { value: 250, description: HOSTILE, source: HOSTILE },
  });
  return write(name, {
    name: HOSTILE,
    stakeholders: [{ id: HOSTILE, name: HOSTILE }],
    inputs: [{ stakeholder: HOSTILE, description: HOSTILE, amount: 1000 }],
    // A deadweight over 50% is warned of, quoting the outcome's description.
    outcomes: [outcome('a', 10, 0.1), outcome('b', 4, 0.6)],
  });
}

const valid = map('hostile.json', 'social');
const withProblems = map('hostile-domain.json', HOSTILE);
const tender = write('tender.json', {
  name: HOSTILE,
  weights: { price: 60, quality: 30, socialValue: 10 },
  bids: [
    { bidder: HOSTILE, price: 10, quality: 50, socialValue: 5 },
    { bidder: 'Plain Ltd', price: 20, quality: 50, socialValue: 5 },
  ],
});
const contract = write('contract.json', {
  name: HOSTILE,
  supplier: HOSTILE,
  commitments: [{ code: 'EMP-1', quantity: 4 }],
  deliveries: [{ period: HOSTILE, code: 'EMP-1', quantity: 1 }],
});
const ranges = write('ranges.json', { byOutcome: { [`a ${HOSTILE}`]: { quantity: { type: 'fixed' } } } });
const pricing = ['--catalogue', fixture('catalogue.json'), '--index', fixture('deflator.json'), '--price-year', '2025'];
const compared = ['--forecast', valid, '--evaluative', valid];

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const FORMATS = ['text', 'md', 'json'];
/** What is run, in words; the command; its arguments; the formats to try. */
const cases: [string, string, string[], string[]][] = [
  ['evaluate', 'evaluate', [valid], FORMATS],
  ['evaluate --years', 'evaluate', [valid, '--years'], ['text', 'md']],
  ['evaluate of a map with problems', 'evaluate', [withProblems], FORMATS],
  ['validate', 'validate', [valid], ['text', 'json']],
  ['validate of a map with problems', 'validate', [withProblems], ['text', 'json']],
  ['sensitivity', 'sensitivity', [valid], FORMATS],
  ['sensitivity of a map with problems', 'sensitivity', [withProblems], ['text']],
  // Its JSON names the outcomes given their own ranges.
  ['montecarlo', 'montecarlo', [valid, '--iterations', '200', '--ranges', ranges], FORMATS],
  ['montecarlo of a map with problems', 'montecarlo', [withProblems, '--iterations', '200'], ['text']],
  ['score', 'score', [tender], FORMATS],
  ['monitor with a forecast and an evaluative map', 'monitor', [contract, ...pricing, ...compared], FORMATS],
];
const table = cases.flatMap(([label, command, args, formats]) =>
  formats.map((format) => [`${label} --format ${format}`, command, args, format] as const),
);

describe('output of names from users’ files', () => {
  it.each(table)(
    '%s prints them with no control character and, in Markdown, no live markup',
    async (_, command, args, format) => {
      const { code, out, err } = await run(command, ...args, '--format', format);
      expect([0, 1]).toContain(code);
      // The hostile names reached the output, so that their absence of effect is what is checked.
      expect(out + err).toContain('pwned');
      expect(out).not.toMatch(CONTROL);
      expect(err).not.toMatch(CONTROL);
      if (format !== 'md') return;
      // Every <, [, ] and ! from a name is escaped: no raw HTML, no link and no image is left live.
      expect(out).not.toMatch(/(^|[^\\])</m);
      expect(out).not.toMatch(/(^|[^\\])\]\(/m);
      expect(out).not.toMatch(/(^|[^\\])!\[/m);
    },
  );
});
