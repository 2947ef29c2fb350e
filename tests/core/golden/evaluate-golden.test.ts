/**
 * Every figure of `evaluate` stays as it was, to the last digit, on the
 * benchmark maps and on maps that take each path of the projection (issue
 * 11): the SHA-256 of `JSON.stringify(evaluate(map))` must equal the one
 * recorded in evaluate-golden.json, which was written by the engine of
 * commit 3d0120a, before the engine was rearranged for speed. A change that
 * moves any digit must be explained in METHOD.md and the hashes rewritten on
 * purpose, never by accident.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate, toJSON, toNumbers } from '@sroi/core';
import { goldenMaps } from './golden-maps';

interface Golden {
  readonly sha256: string;
  readonly length: number;
  readonly presentValue: string;
}
const golden = JSON.parse(readFileSync(path.join(__dirname, 'evaluate-golden.json'), 'utf8')) as Record<string, Golden>;
const maps = goldenMaps();

describe('evaluate gives the same text as before, digit for digit', () => {
  it('has a recorded hash for every map', () => {
    expect(Object.keys(maps).sort()).toEqual(Object.keys(golden).sort());
  });

  it.each(Object.keys(golden))('%s', (name) => {
    const result = evaluate(maps[name]!);
    const text = JSON.stringify(result);
    const expected = golden[name]!;
    // The present value first, so that a failure says how far it moved.
    expect((JSON.parse(text) as { presentValue: string }).presentValue).toBe(expected.presentValue);
    expect(text.length).toBe(expected.length);
    expect(createHash('sha256').update(text).digest('hex')).toBe(expected.sha256);
    // toJSON gives the same text, and toNumbers keeps every outcome's yearly values.
    if (name === 'varied' || name === 'bench-1k') {
      expect(JSON.stringify(toJSON(result))).toBe(text);
      const numbers = toNumbers(result);
      numbers.outcomes.forEach((outcome, i) => {
        expect(outcome.values).toHaveLength(result.outcomes[i]!.values.length);
        expect(outcome.values[0]).toBe(result.outcomes[i]!.values[0]?.toNumber());
      });
    }
  });
});
