/**
 * A stream of uniform numbers in (0, 1), never exactly 0 or 1, from
 * xoshiro128** (Blackman and Vigna). It uses only 32-bit integer operations,
 * so the same state gives the same numbers on every machine. `fill` writes
 * the next numbers into an array in one tight loop (what the Monte Carlo
 * kernel uses); `next` gives one. Both step the same state: any mix of calls
 * gives the same sequence.
 */
export interface UniformStream {
  next(): number;
  fill(into: Float64Array, count: number): void;
}

/**
 * A {@link UniformStream} seeded through splitmix32 from the 64 bits of the
 * seed and a stream number: each (seed, stream) pair has its own sequence.
 *
 * @example
 * ```ts
 * seededStream(42).next(); //=> 0.0609019048... on every machine, every run
 * ```
 */
export function seededStream(seed: number, stream = 0): UniformStream {
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, seed);
  let mix = (bits.getUint32(0) ^ Math.imul(bits.getUint32(4), 0x9e3779b9) ^ Math.imul(stream, 0x85ebca6b)) >>> 0;
  const splitmix = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const a = splitmix();
  const b = splitmix();
  const c = splitmix();
  const d = splitmix();
  // xoshiro's one forbidden state is all zeros.
  return streamFromState((a | b | c | d) === 0 ? 1 : a, b, c, d);
}

/**
 * The raw generator from a given state (s[0] to s[3] of the reference C
 * code), for {@link seededStream} and for checking against the reference's
 * published outputs: each number is the centre of the output's 1/2^32 cell,
 * so `u x 2^32 - 0.5` gives the 32-bit output back exactly. Internal: not
 * exported from the package.
 *
 * @example
 * ```ts
 * streamFromState(1, 2, 3, 4).next() * 2 ** 32 - 0.5; //=> 11520, the reference's first output
 * ```
 */
export function streamFromState(s0: number, s1: number, s2: number, s3: number): UniformStream {
  let [a, b, c, d] = [s0 >>> 0, s1 >>> 0, s2 >>> 0, s3 >>> 0];
  return {
    next() {
      const result = Math.imul(rotate(Math.imul(b, 5), 7), 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotate(d, 11);
      // Centre of one of 2^32 equal cells: strictly inside (0, 1).
      return (result + 0.5) * 2.3283064365386963e-10; // / 2^32, exactly
    },
    fill(into, count) {
      // The same steps as next(), on local copies of the state: several times faster per number.
      let [w, x, y, z] = [a, b, c, d];
      for (let i = 0; i < count; i += 1) {
        const scaled = Math.imul(x, 5);
        into[i] = ((Math.imul((scaled << 7) | (scaled >>> 25), 9) >>> 0) + 0.5) * 2.3283064365386963e-10;
        const t = x << 9;
        y ^= w;
        z ^= x;
        x ^= y;
        w ^= z;
        y ^= t;
        z = (z << 11) | (z >>> 21);
      }
      [a, b, c, d] = [w, x, y, z];
    },
  };
}

function rotate(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/**
 * The natural logarithm from +, -, x, / only. `Math.log` may differ in the
 * last bit between JavaScript engines; this gives the same double everywhere,
 * which keeps normal and PERT samples reproducible. Accurate to about 1e-15
 * relative for x > 0.
 */
export function portableLog(x: number): number {
  let exponent = 0;
  let m = x;
  while (m >= SQRT2) {
    m /= 2;
    exponent += 1;
  }
  while (m < SQRT2 / 2) {
    m *= 2;
    exponent -= 1;
  }
  // ln m = 2 atanh(s), s = (m - 1)/(m + 1), |s| <= 0.172: the series converges fast.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = s;
  for (let k = 3; k <= 31; k += 2) {
    term *= s2;
    sum += term / k;
  }
  return 2 * sum + exponent * LN2;
}

/**
 * A standard normal sampler (Marsaglia's polar method, using {@link portableLog}),
 * reproducible on every machine.
 */
export function seededNormal(uniform: () => number): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * portableLog(s)) / s);
    spare = v * factor;
    hasSpare = true;
    return u * factor;
  };
}
