/**
 * Every figure of `switchingValues` and `oneWay` stays as it was, to the last
 * digit, while sensitivity is made faster (issue 11): the SHA-256 and length
 * of `JSON.stringify` of each result must equal those recorded in
 * sensitivity-golden.json, written by the engine as it stood before that work
 * (the maps of golden-maps.ts except bench-100k, plus options other than the
 * defaults, a map without inputs, and `toNumbers` of both results). A change
 * that moves any digit must be explained in METHOD.md and the hashes
 * rewritten on purpose, never by accident.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { oneWay, switchingValues, toJSON, toNumbers, type Evaluation } from '@sroi/core';
import { goldenMaps } from './golden-maps';

interface Text {
  readonly sha256: string;
  readonly length: number;
}
interface Golden {
  readonly switchingValues: Text;
  readonly oneWay: Text;
}
const golden = JSON.parse(readFileSync(path.join(__dirname, 'sensitivity-golden.json'), 'utf8')) as Record<
  string,
  Golden
>;
const maps = goldenMaps();
const varied = maps['varied'] as Evaluation;

/** How each recorded case is computed, by its name in the json. */
const cases: Record<string, () => { switching: unknown; tornado: unknown }> = {
  ...Object.fromEntries(
    Object.entries(maps)
      .filter(([name]) => name !== 'bench-100k')
      .map(([name, map]) => [name, () => ({ switching: switchingValues(map), tornado: oneWay(map) })]),
  ),
  'varied, target 2 and change 0.25': () => ({
    switching: switchingValues(varied, { target: 2 }),
    tornado: oneWay(varied, { change: '0.25' }),
  }),
  'varied, no inputs': () => ({
    switching: switchingValues({ ...varied, inputs: [] }),
    tornado: oneWay({ ...varied, inputs: [] }),
  }),
  'varied, toNumbers': () => ({
    switching: toNumbers(switchingValues(varied)),
    tornado: toNumbers(oneWay(varied)),
  }),
};

function expectText(text: string, expected: Text): void {
  expect(text.length).toBe(expected.length);
  expect(createHash('sha256').update(text).digest('hex')).toBe(expected.sha256);
}

describe('switching values and the tornado give the same text as before, digit for digit', () => {
  it('has a recorded hash for every case', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(golden).sort());
  });

  it.each(Object.keys(golden))('%s', (name) => {
    const { switching, tornado } = (cases[name] as () => { switching: unknown; tornado: unknown })();
    const expected = golden[name] as Golden;
    const switchingText = JSON.stringify(switching);
    const tornadoText = JSON.stringify(tornado);
    expectText(switchingText, expected.switchingValues);
    expectText(tornadoText, expected.oneWay);
    // toJSON gives the same text as JSON.stringify.
    if (name === 'varied' || name === 'varied, no inputs') {
      expect(JSON.stringify(toJSON(switching))).toBe(switchingText);
      expect(JSON.stringify(toJSON(tornado))).toBe(tornadoText);
    }
  });
});
