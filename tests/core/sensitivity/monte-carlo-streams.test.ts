import { monteCarlo } from '@sroi/core';
import { annuity } from '../../../packages/core/src/projection/annuity';
import { floatCalculator } from '../../../packages/core/src/projection/calculator';
import { floatAnnuity } from '../../../packages/core/src/projection/float-annuity';
import { createKernel } from '../../../packages/core/src/sensitivity/monte-carlo/kernel';
import { prepareRun } from '../../../packages/core/src/sensitivity/monte-carlo/prepare-run';
import {
  seededStream,
  streamFromState,
  type UniformStream,
} from '../../../packages/core/src/sensitivity/monte-carlo/random';
import { twoOutcomes } from './fixtures';

/** The 32-bit output behind a uniform: each uniform is (output + 0.5) / 2^32, exactly. */
const output = (uniform: number) => uniform * 2 ** 32 - 0.5;

/**
 * xoshiro128** written again from the reference C code
 * (https://prng.di.unimi.it/xoshiro128starstar.c) in BigInt arithmetic
 * modulo 2^32, sharing nothing with the engine's 32-bit integer version.
 */
function referenceOutputs(state: readonly [number, number, number, number], count: number): number[] {
  const mask = 0xffffffffn;
  const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & mask;
  const s = state.map(BigInt);
  const outputs: number[] = [];
  for (let i = 0; i < count; i += 1) {
    outputs.push(Number((rotl((s[1]! * 5n) & mask, 7n) * 9n) & mask));
    const t = (s[1]! << 9n) & mask;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11n);
  }
  return outputs;
}

describe('the generator (xoshiro128**)', () => {
  // Published test vector: rand_xoshiro's `reference` test for Xoshiro128StarStar (github.com/rust-random/rngs,
  // rand_xoshiro/src/xoshiro128starstar.rs), "produced with the reference implementation (v1.1)
  // http://xoshiro.di.unimi.it/xoshiro128starstar.c" from the state s = [1, 2, 3, 4].
  const PUBLISHED = [
    11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
  ];

  it("gives the reference implementation's published outputs from the state [1, 2, 3, 4], one at a time", () => {
    const stream = streamFromState(1, 2, 3, 4);
    expect(PUBLISHED.map(() => output(stream.next()))).toEqual(PUBLISHED);
  });

  it('gives them in bulk too', () => {
    const into = new Float64Array(PUBLISHED.length);
    streamFromState(1, 2, 3, 4).fill(into, into.length);
    expect([...into].map(output)).toEqual(PUBLISHED);
  });

  it('agrees with the reference written in BigInt from other states, over 1,000 outputs', () => {
    expect(referenceOutputs([1, 2, 3, 4], 10)).toEqual(PUBLISHED);
    const states: [number, number, number, number][] = [
      [0x9e3779b9, 0x7f4a7c15, 0xf39cc060, 0x5ced8c09],
      [0xffffffff, 0, 0, 0],
      [0, 0, 0, 1],
    ];
    for (const state of states) {
      const stream = streamFromState(...state);
      const engine = Array.from({ length: 1000 }, () => output(stream.next()));
      expect(engine).toEqual(referenceOutputs(state, 1000));
    }
  });

  it('gives uniforms strictly inside (0, 1): the output 0 is 2^-33, the largest 1 - 2^-33', () => {
    // The published second output is 0.
    const stream = streamFromState(1, 2, 3, 4);
    stream.next();
    expect(stream.next()).toBe(2 ** -33);
    expect((0xffffffff + 0.5) * 2 ** -32).toBe(1 - 2 ** -33);
  });
});

describe('a stream in bulk (fill) and one number at a time (next)', () => {
  /** `count` numbers from the stream, in calls of the sizes given in turn (0 for one `next`). */
  function drawInCalls(stream: UniformStream, count: number, sizes: readonly number[]): number[] {
    const numbers: number[] = [];
    for (let call = 0; numbers.length < count; call += 1) {
      const size = Math.min(sizes[call % sizes.length] as number, count - numbers.length);
      if (size === 0) numbers.push(stream.next());
      else {
        // A larger array than needed: fill writes only `size` numbers.
        const into = new Float64Array(size + 3).fill(-1);
        stream.fill(into, size);
        numbers.push(...into.subarray(0, size));
        if (into.subarray(size).some((x) => x !== -1)) throw new Error(`fill(${size}) wrote past its count`);
      }
    }
    return numbers;
  }

  it('give the same numbers for the same seed and stream, whatever the sizes and interleaving', () => {
    for (const [seed, stream] of [
      [1, 0],
      [42, 1],
      [-3.75, 2],
      [1e300, 401],
    ] as const) {
      const oneByOne = drawInCalls(seededStream(seed, stream), 2000, [0]);
      for (const sizes of [[1], [2], [7], [64], [1000], [3, 0, 5, 0, 0, 11], [0, 250, 1, 0, 999]]) {
        expect(drawInCalls(seededStream(seed, stream), 2000, sizes)).toEqual(oneByOne);
      }
    }
  });

  it('a fill of nothing draws nothing', () => {
    const stream = seededStream(9);
    stream.fill(new Float64Array(0), 0);
    expect(stream.next()).toBe(seededStream(9).next());
  });

  it('differ between streams and seeds', () => {
    const first = (seed: number, stream: number) => seededStream(seed, stream).next();
    expect(new Set([first(1, 0), first(1, 1), first(1, 2), first(2, 0), first(-1, 0)]).size).toBe(5);
  });
});

describe('blocks of iterations', () => {
  const options = {
    iterations: 1600,
    seed: 3,
    keepDraws: true,
    distributions: { proxy: { type: 'pert', min: -0.2, mode: 0, max: 0.3 }, deadweight: { type: 'normal', sd: 0.1 } },
  } as const;

  it('give each iteration the same numbers wherever a run starts: a kernel started mid-run, mid-block, agrees', () => {
    const all = monteCarlo(twoOutcomes, options).draws!.presentValue;
    const run = prepareRun(twoOutcomes, options);
    for (const [from, to] of [
      [500, 1000],
      [1000, 1600],
      [730, 1210],
      [0, 3],
    ] as const) {
      const kernel = createKernel(run.data, run.seed);
      const part = new Float64Array(to - from);
      kernel.run(part, from, to);
      expect(part).toEqual(all.subarray(from, to));
    }
  });

  it('keep the first block of a run as it was before blocks: streams 0 and 1 of the seed', () => {
    // The first 500 iterations of a longer run are those of a shorter one, and later blocks differ from them.
    const long = monteCarlo(twoOutcomes, options).draws!.presentValue;
    const short = monteCarlo(twoOutcomes, { ...options, iterations: 500 }).draws!.presentValue;
    expect(long.subarray(0, 500)).toEqual(short);
    expect(long.subarray(500, 1000)).not.toEqual(short);
  });
});

describe('the annuity factor in float64', () => {
  it("is the projection's one formula: the same double as annuity(floatCalculator, ...) on random outcomes", () => {
    // A small seeded generator of its own (mulberry32), so the inputs are the same on every run.
    let state = 12345;
    const random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const factors = Float64Array.from({ length: 120 }, (_, year) => 1 / (1 + 0.035 * random()) ** year);
    for (let i = 0; i < 2000; i += 1) {
      const dropOff = i % 10 === 0 ? 0 : random();
      const startYear = Math.floor(random() * 10);
      const duration = 1 + Math.floor(random() * 100);
      expect(floatAnnuity(dropOff, factors, startYear, duration)).toBe(
        annuity(floatCalculator, dropOff, factors, startYear, duration),
      );
    }
  });

  it('sums (1 - drop-off)^k x DF over the years: a hand-worked value', () => {
    // 1/1.035 + 0.5/1.035^2 + 0.25/1.035^3 = 0.966183575 + 0.466755350 + 0.225485677 = 1.658424601 (bc, 12 places).
    const factors = Float64Array.from([0, 1, 2, 3], (year) => 1 / 1.035 ** year);
    expect(floatAnnuity(0.5, factors, 1, 3)).toBeCloseTo(1.658424601, 9);
    expect(floatAnnuity(0.5, factors, 1, 1)).toBe(1 / 1.035);
  });
});
