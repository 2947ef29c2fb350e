import { writeFileSync } from 'node:fs';
import { scratchFolder } from '../fixtures/procurement/helpers';
import { run } from './run';

// Names come from users' files: printed, they must stay text. No control
// character reaches the terminal, and Markdown shows them literally (no HTML,
// no link, no emphasis).

const files = scratchFolder();
const hostile = '\u001b[2J\u001b]0;pwned\u0007<script>alert(1)</script> | [x](javascript:alert(1)) *b*';

function tenderFile(): string {
  const file = files.path('hostile.json');
  const bids = [
    { bidder: hostile, price: 10, quality: 50, socialValue: 5 },
    { bidder: 'Plain Ltd', price: 20, quality: 50, socialValue: 5 },
  ];
  writeFileSync(file, JSON.stringify({ weights: { price: 60, quality: 30, socialValue: 10 }, bids }));
  return file;
}

describe('output of names from a file', () => {
  it('sends no control character to the terminal in text output', async () => {
    const { code, out } = await run('score', tenderFile());
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain('\\u001b[2J');
  });

  it('shows HTML, links and emphasis literally in Markdown', async () => {
    const { code, out } = await run('score', tenderFile(), '--format', 'md');
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/(^|[^\\])\[x\]\(/);
    expect(out).toContain('\\<script\\>alert\\(1\\)\\</script\\>'.replace(/\\\(1\\\)/, '(1)'));
    expect(out).toContain('\\| \\[x\\](javascript:alert(1)) \\*b\\*');
  });
});
