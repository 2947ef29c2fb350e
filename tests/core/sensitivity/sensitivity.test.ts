import fc from 'fast-check';
import { oneWay, sensitivity, SroiOptionsError, SroiValidationError, switchingValues } from '@sroi/core';
import { evaluationArbitrary } from '../arbitraries';
import { workedCheck } from './fixtures';

// sensitivity() shares one base case between the switching values and the tornado: every
// figure must be what the two functions give on their own, whichever is worked out first.
describe('sensitivity', () => {
  it('gives switchingValues and oneWay, digit for digit (property over evaluations and options)', () => {
    fc.assert(
      fc.property(
        evaluationArbitrary({ reductions: 'any' }),
        fc.integer({ min: 1, max: 300 }).map((hundredths) => hundredths / 100),
        fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100),
        (evaluation, target, change) => {
          const both = sensitivity(evaluation, { target, change });
          expect(JSON.stringify(both.switchingValues)).toBe(JSON.stringify(switchingValues(evaluation, { target })));
          expect(JSON.stringify(both.oneWay)).toBe(JSON.stringify(oneWay(evaluation, { change })));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("uses each function's defaults: a target of 1 : 1 and a change of 10%", () => {
    const both = sensitivity(workedCheck);
    expect(both.switchingValues.target.toString()).toBe('1');
    expect(both.oneWay.change.toString()).toBe('0.1');
    // METHOD.md's worked check: 1 : 1 at 55.33% deadweight; attribution swings the ratio most.
    expect(both.switchingValues.outcomes.find((s) => s.estimate === 'deadweight')?.value?.toFixed(4)).toBe('0.5533');
    expect(both.oneWay.rows[0]?.estimate).toBe('attribution');
  });

  it('lists the problems with both options at once, before looking at the evaluation', () => {
    let thrown: unknown;
    try {
      sensitivity({ ...workedCheck, outcomes: [] }, { target: -1, change: 2 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SroiOptionsError);
    expect((thrown as SroiOptionsError).problems.map((p) => p.path)).toEqual(['target', 'change']);
    expect(() => sensitivity({ ...workedCheck, inputs: 'none' } as never)).toThrow(SroiValidationError);
  });
});
