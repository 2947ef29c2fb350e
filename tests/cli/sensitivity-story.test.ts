import { switchingValues, type Evaluation, type Outcome } from '@sroi/core';
import { tippingPoints, type TippingPoint } from '../../packages/cli/src/report/sensitivity-story';
import { deepFreeze, twoOutcomes, withOutcome, workedCheck } from '../core/sensitivity/fixtures';

const story = (evaluation: Evaluation, top = 100, target: number | string = 1) =>
  tippingPoints(switchingValues(evaluation, { target }), evaluation, top);

/** "wellbeing quantity", "all deadweight": which estimate a point is. */
const which = (point: TippingPoint) => `${point.switchingValue.outcome ?? 'all'} ${point.switchingValue.estimate}`;

/**
 * A map small enough to work by hand: no discounting, inputs of £1,000, and
 * two outcomes worth £450 (A: £900 for one year, half of it deadweight) and
 * £900 (B: £300 a year for three years), so a ratio of 1.35 : 1; the present
 * value must fall by £350 to reach 1 : 1.
 */
const handMade: Evaluation = deepFreeze({
  name: 'Hand-made',
  discount: { rate: 0 },
  stakeholders: [{ id: 'people', name: 'People' }],
  inputs: [{ description: 'Grant', amount: 1000 }],
  outcomes: [
    {
      id: 'A',
      stakeholder: 'people',
      description: 'A',
      quantity: 1,
      proxy: { value: 900 },
      deadweight: 0.5,
      duration: 1,
    },
    { id: 'B', stakeholder: 'people', description: 'B', quantity: 1, proxy: { value: 300 }, duration: 3 },
  ] satisfies Outcome[],
});

describe('tippingPoints', () => {
  describe('how close each estimate comes', () => {
    it("measures a fall of a quantity or proxy against its base, and a share's rise against the room up to 100%", () => {
      // The worked check: £89,554.93 must fall to £50,000, so every linear factor is multiplied
      // by 0.5583; a quantity falls 44.17% of the way to 0, and (1 - deadweight) falls from 0.8
      // to 0.4467, so deadweight rises 35.33 of its 80 points of room: the same 44.17%.
      const points = story(workedCheck).closest;
      const quantity = points.find((point) => which(point) === 'wellbeing quantity');
      const deadweight = points.find((point) => which(point) === 'wellbeing deadweight');
      expect(quantity?.distance?.toFixed(4)).toBe('0.4417');
      expect(deadweight?.distance?.toFixed(4)).toBe('0.4417');
      expect(deadweight?.distanceText).toBe('44%');
    });

    it('measures a shorter duration against the years above one, and a lower drop-off against its base', () => {
      // docs/sensitivity.md: at 1.5 : 1 the duration falls from 3 years to 1 (all of its 2 years
      // of room) and the drop-off rises from 50% to 65.93% (15.93 of 50 points of room).
      const points = story(workedCheck, 100, '1.5').closest;
      expect(points.find((point) => which(point) === 'wellbeing duration')?.distance?.toFixed(4)).toBe('1.0000');
      expect(points.find((point) => which(point) === 'wellbeing dropOff')?.distance?.toFixed(3)).toBe('0.319');
    });

    it('measures a reduction under subtractive reductions against what the other two leave', () => {
      // Subtractive: wellbeing keeps 1 - 20% - 10% - 25% = 45% (£74,629.11), jobs 1 - 30% - 20% =
      // 50% (£39,658.17). Wellbeing must fall to £10,341.83, 13.86% of itself, so deadweight
      // covers 86.14% of its 45 points of room (against 100% it would be 48.45%).
      const points = story({ ...twoOutcomes, reductions: 'subtractive' }).closest;
      expect(points.find((point) => which(point) === 'wellbeing deadweight')?.distance?.toFixed(4)).toBe('0.8614');
      expect(points.find((point) => which(point) === 'wellbeing quantity')?.distance?.toFixed(4)).toBe('0.8614');
    });

    it('measures a shift of every outcome against the outcome with the most room', () => {
      // Two outcomes (£89,554.93 and £44,417.15) must fall to £50,000. Every deadweight up s:
      // 89,554.93 (0.8 - s) / 0.8 + 44,417.15 (0.7 - s) / 0.7 = 50,000, so s = 83,972.08 /
      // 175,396.73 = 0.478755 (docs/sensitivity.md: +47.88 points), and the most room is
      // wellbeing's 80 points (20% against jobs' 30%): 59.84%. Every attribution (25% and 20%):
      // s = 83,972.08 / (119,406.57 + 55,521.44) = 0.480038, and the most room is jobs' 80 points
      // (20% against wellbeing's 25%): 60.00%. Every quantity x0.3732: 62.68%.
      const points = story(twoOutcomes).closest;
      expect(points.find((point) => which(point) === 'all deadweight')?.distance?.toFixed(4)).toBe('0.5984');
      expect(points.find((point) => which(point) === 'all attribution')?.distance?.toFixed(4)).toBe('0.6000');
      expect(points.find((point) => which(point) === 'all quantity')?.distance?.toFixed(4)).toBe('0.6268');
    });
  });

  describe('the ranking', () => {
    it('puts the estimate closest to tipping first, on a map worked by hand', () => {
      // Every deadweight +19.44 points: 1,350 - 1,800 s = 1,000 (room 100 points, B's).
      // Every quantity x0.7407, every displacement or attribution +25.93 points: 25.93%.
      // B's quantity, proxy and reductions: £900 to £550, 38.89%. B's drop-off: 45.92%
      // (1 + k + k^2 = 550 / 300), alone or for every outcome (A lasts a year).
      // A's: £450 to £100, 77.78%. B's duration and every duration: from 3 years to 1, 100%.
      const points = story(handMade).closest.map(which);
      expect(points.slice(0, 10)).toEqual([
        'all deadweight',
        'all quantity',
        'all proxy',
        'all displacement',
        'all attribution',
        'B quantity',
        'B proxy',
        'B deadweight',
        'B displacement',
        'B attribution',
      ]);
      // B's drop-off found alone and for every outcome: equal to the cent, not to the last digit.
      expect(points.slice(10, 12).sort()).toEqual(['B dropOff', 'all dropOff']);
      expect(points.slice(12, 17)).toEqual([
        'A quantity',
        'A proxy',
        'A deadweight',
        'A displacement',
        'A attribution',
      ]);
      expect(points.slice(17)).toEqual(['B duration', 'all duration']);
      const distances = story(handMade).closest.map((point) => point.distance?.toFixed(4));
      expect(distances).toEqual([
        '0.1944',
        ...Array(4).fill('0.2593'),
        ...Array(5).fill('0.3889'),
        '0.4592',
        '0.4592',
        ...Array(5).fill('0.7778'),
        '1.0000',
        '1.0000',
      ]);
      expect(story(handMade).closest.map((point) => point.rank)).toEqual(points.map((_, i) => i + 1));
    });

    it('breaks ties by the order of the impact map: outcome by outcome, then every outcome together', () => {
      // The worked check has one outcome: every linear estimate covers the same 44.17%.
      expect(story(workedCheck).closest.map(which)).toEqual([
        'wellbeing quantity',
        'wellbeing proxy',
        'wellbeing deadweight',
        'wellbeing displacement',
        'wellbeing attribution',
        'all quantity',
        'all proxy',
        'all deadweight',
        'all displacement',
        'all attribution',
      ]);
    });

    it('keeps only the closest top estimates, and says how many could', () => {
      const all = story(handMade);
      const three = story(handMade, 3);
      expect(all.canTip).toBe(19);
      expect(three.closest).toEqual(all.closest.slice(0, 3));
      expect(three.heading).toBe('The 3 estimates closest to bringing the ratio down to 1.00 : 1, of 19 that can');
      expect(story(handMade, 1).heading).toBe(
        'The estimate closest to bringing the ratio down to 1.00 : 1, of 19 that can',
      );
      expect(all.heading).toBe('The 19 estimates closest to bringing the ratio down to 1.00 : 1');
    });
  });

  describe('sentences', () => {
    it('says what must happen to each estimate, from its base to its switching value', () => {
      const points = story(twoOutcomes).closest;
      const sentence = (name: string) => points.find((point) => which(point) === name)?.sentence;
      // docs/sensitivity.md: wellbeing's deadweight to 95.01%, its quantity to 6.23.
      expect(sentence('wellbeing deadweight')).toBe(
        'Deadweight of Improved wellbeing (wellbeing) must rise from 20.0% to 95.0% (+75.0 points)',
      );
      expect(sentence('wellbeing quantity')).toBe(
        'Quantity of Improved wellbeing (wellbeing) must fall from 100 to 6.23 (x0.06)',
      );
      expect(sentence('all quantity')).toBe('Quantity of every outcome must fall by 62.7% (x0.37)');
      expect(sentence('all deadweight')).toBe('Deadweight of every outcome must rise by 47.9 points');
      const deadweight = points.find((point) => which(point) === 'wellbeing deadweight');
      expect([deadweight?.statement, deadweight?.value, deadweight?.change]).toEqual([
        'Deadweight of Improved wellbeing (wellbeing) must rise from 20.0% to 95.0%',
        '95.0%',
        '+75.0 pts',
      ]);
    });

    it('explains a proxy that would have to fall below £0, instead of showing a negative price', () => {
      // docs/sensitivity.md: jobs' proxy would have to be -£2,671.60; at £0 wellbeing alone
      // gives £89,554.93 on £50,000 of inputs, 1.79 : 1.
      const result = story(twoOutcomes);
      expect(result.closest.map(which)).not.toContain('jobs proxy');
      const jobs = result.cannotTip.estimates.find(
        (each) => each.switchingValue.outcome === 'jobs' && each.switchingValue.estimate === 'proxy',
      );
      expect(jobs?.sentence).toBe(
        'No price for Jobs sustained (jobs) makes the result tip: even at £0 the other outcomes keep the ratio ' +
          'at 1.79 : 1, above 1.00 : 1 (the arithmetic answer, -£2,671.60, would turn a benefit into a cost)',
      );
      expect(result.cannotTip.summary).toContain(
        'For 1 of the 2 outcomes no price tips the result: even at £0 the other outcomes keep the ratio above 1.00 : 1.',
      );
    });

    it('never ranks a proxy of £0 whose switching value is a negative price', () => {
      // Jobs at £0: the present value is wellbeing's £89,554.93, 1.79 : 1 on £50,000. To fall to 1 : 1
      // jobs would have to take £39,554.93 away: a negative price, which no benefit's price can be.
      const free = withOutcome(twoOutcomes, 'jobs', { proxy: { value: 0 } });
      const result = story(free);
      expect(result.closest.map(which)).not.toContain('jobs proxy');
      const jobs = result.cannotTip.estimates.find(
        (each) => each.switchingValue.outcome === 'jobs' && each.switchingValue.estimate === 'proxy',
      );
      expect(jobs?.switchingValue.value?.isNegative()).toBe(true);
      expect(jobs?.sentence).toMatch(/^No price for Jobs sustained \(jobs\) makes the result tip/);
    });

    it('explains a disbenefit that would have to become a benefit to lift the ratio', () => {
      // Jobs at -£300 a job; at 3 : 1 the outcomes must be worth £150,000, so jobs £60,445.07 after
      // wellbeing's £89,554.93: 1.36085 times their £44,417.15 at £3,000, a price of £4,082.55.
      // Without them the ratio is wellbeing's 1.79 : 1, below 3 : 1 whatever jobs cost.
      const harm = withOutcome(twoOutcomes, 'jobs', { proxy: { value: -300 } });
      const jobs = story(harm, 100, 3).cannotTip.estimates.find(
        (each) => each.switchingValue.outcome === 'jobs' && each.switchingValue.estimate === 'proxy',
      );
      expect(jobs?.sentence).toBe(
        'No price for Jobs sustained (jobs) makes the result tip: even at £0 the other outcomes keep the ratio ' +
          'at 1.79 : 1, below 3.00 : 1 (the arithmetic answer, £4,082.55, would turn a cost into a benefit)',
      );
    });
  });

  describe('estimates that cannot tip the ratio', () => {
    it('counts them in one line with their kinds', () => {
      // Two outcomes: wellbeing's drop-off and duration, all seven of jobs' (its proxy below £0),
      // and every outcome's drop-off and duration (docs/sensitivity.md): 11.
      const { cannotTip } = story(twoOutcomes);
      expect(cannotTip.count).toBe(11);
      expect(cannotTip.estimates).toHaveLength(11);
      expect(cannotTip.summary).toBe(
        '11 estimates cannot bring the ratio down to 1.00 : 1 whatever their value: the quantity, financial proxy, ' +
          'deadweight, displacement and attribution of 1 of the 2 outcomes; the drop-off and duration of every ' +
          'outcome; and the drop-off and duration of all outcomes together. For 1 of the 2 outcomes no price tips ' +
          'the result: even at £0 the other outcomes keep the ratio above 1.00 : 1.',
      );
    });

    it("gives core's reason for each, named by estimate and outcome", () => {
      const { cannotTip } = story(workedCheck);
      expect(cannotTip.estimates.map((each) => each.sentence)).toEqual([
        'Drop-off of Improved wellbeing (wellbeing): even 100% drop-off leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
        'Duration of Improved wellbeing (wellbeing): even a duration of 1 year leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
        'Drop-off of every outcome: even +100 points of drop-off for every outcome leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
        'Duration of every outcome: even -2 years on every duration leaves the ratio at 1.04 : 1, above the target 1.00 : 1',
      ]);
    });

    it('has no summary when every estimate can tip the ratio, and says so when there is no ratio', () => {
      // At 1.5 : 1 the worked check's drop-off and duration reach the target too (docs/sensitivity.md).
      expect(story(workedCheck, 100, '1.5').cannotTip).toEqual({ count: 0, summary: null, estimates: [] });
      const noInputs = story({ ...twoOutcomes, inputs: [] });
      expect(noInputs.closest).toEqual([]);
      expect(noInputs.cannotTip.count).toBe(2 * 7 + 7);
      expect(noInputs.cannotTip.summary).toBe(
        'No estimate can tip the ratio: the inputs total nothing, so there is no ratio',
      );
    });
  });

  it('leaves its inputs unchanged', () => {
    const values = deepFreeze(switchingValues(handMade));
    expect(() => tippingPoints(values, handMade, 5)).not.toThrow();
  });
});
