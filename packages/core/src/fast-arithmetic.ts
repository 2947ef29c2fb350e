import { Decimal, ZERO } from './decimal.js';

/**
 * The engine's hot multiplications and additions, digit for digit the same as
 * decimal.js's `x.times(y)`, `x.plus(y)` and `x.minus(y)` at the engine's
 * settings (34 significant digits, half to even), several times faster.
 *
 * Why it exists (issue 11): on 10,000 outcomes decimal.js's arithmetic, and
 * above all the garbage collection of the arrays it makes inside each
 * operation, was most of `evaluate`'s time. Both libraries work the same way:
 * the exact result is rounded once, to the nearest 34-digit decimal, ties to
 * the even digit, so one correctly rounded result is the only possible answer
 * and these functions give it from a reused scratch array, allocating only the
 * result. Anything out of the ordinary (a zero, an infinity, a difference of
 * exponents too wide for the scratch array) goes to decimal.js itself.
 * tests/core/fast-arithmetic.test.ts checks them against decimal.js on
 * hundreds of thousands of operands, ties and carries included.
 *
 * It reads and writes decimal.js's representation, unchanged since
 * decimal.js 10.0: `d` holds the digits in base 10^7 words, the most
 * significant first, aligned so that each word's last digit sits at a power
 * of 10^7; trailing zero words are dropped; `e` is the power of ten of the
 * first digit; `s` is the sign. The module checks that once when loaded
 * ({@link KNOWN_REPRESENTATION}); should a later decimal.js hold its digits
 * otherwise, every function here hands its work to decimal.js.
 */

const BASE = 1e7;
const PRECISION = 34;
/** Words of scratch: room for two 34-digit operands a few words apart, with carries. */
const SCRATCH_WORDS = 24;
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/** One scratch array, reused: the engine is single-threaded and these functions never call out. */
const scratch = new Array<number>(SCRATCH_WORDS).fill(0);

/** A decimal.js instance from its parts, made without parsing (see the module comment). */
type Parts = { d: number[] | null; e: number; s: number; constructor: unknown };

/** Makes instances with decimal.js's prototype, so they are decimal.js instances in every way. */
const Instance = function (this: Parts) {
  this.constructor = Decimal;
} as unknown as new () => Parts;
Instance.prototype = Decimal.prototype;

function make(words: number[], exponent: number, sign: number): Decimal {
  const result = new Instance();
  result.s = sign;
  result.e = exponent;
  result.d = words;
  return result as unknown as Decimal;
}

function partsOf(x: Decimal): Parts {
  return x as unknown as Parts;
}

/**
 * Whether the installed decimal.js holds numbers as this module reads them:
 * `@sroi/core` accepts any decimal.js 10.x, and a project may install a later
 * one than the engine was tested with. Exported for the tests, and for the
 * other readers of decimal.js's digits (sensitivity/to-float.ts).
 */
export const KNOWN_REPRESENTATION = ((): boolean => {
  const same = (text: string, words: readonly number[], exponent: number, sign: number): boolean => {
    const parts = partsOf(new Decimal(text));
    return (
      Object.prototype.hasOwnProperty.call(parts, 'constructor') &&
      Array.isArray(parts.d) &&
      parts.d.join() === words.join() &&
      parts.e === exponent &&
      parts.s === sign
    );
  };
  return same('-1234567.0000001', [1234567, 1], 6, -1) && same('0.05', [500000], -2, 1) && same('12e7', [12], 8, 1);
})();

/**
 * Whether a decimal's words (`d`) are ones this module works on: a nonzero
 * finite decimal, held as {@link KNOWN_REPRESENTATION} says. Anything else (a
 * zero, an infinity, NaN, or an unknown decimal.js) goes to decimal.js.
 */
export function readableWords(words: number[] | null): words is number[] {
  return KNOWN_REPRESENTATION && words !== null && words[0] !== 0;
}

/** Digits in a word of 1..9,999,999. */
function digitsOf(word: number): number {
  return word < 1e4 ? (word < 100 ? (word < 10 ? 1 : 2) : word < 1e3 ? 3 : 4) : word < 1e6 ? (word < 1e5 ? 5 : 6) : 7;
}

/** Whether any scratch word in `[from, end)` is not zero: what lies below a rounding digit. */
function anyNonZero(from: number, end: number): boolean {
  for (let k = from; k < end; k += 1) if (scratch[k] !== 0) return true;
  return false;
}

/** Where the last rounded result lies in the scratch array: words `[spanFirst, spanEnd)`, the first standing for 10^(7 spanPower). */
let spanFirst = 0;
let spanEnd = 0;
let spanPower = 0;
let spanSign = 1;

/**
 * Rounds the scratch words `[first, end)` (no leading zero word; the word at
 * `first` stands for that word x 10^(7 x `topPower`)) to 34 digits, half to
 * even, in place, and records where the result lies (`span…`). `first` is at
 * least 1, so a carry out of the top word has somewhere to go.
 */
function roundScratch(first: number, end: number, topPower: number, sign: number): void {
  const rest = PRECISION - digitsOf(scratch[first] as number);
  const fullWords = Math.floor(rest / 7);
  const partDigits = rest - fullWords * 7;
  // The word holding the 34th digit, and the value of one unit of that digit in it.
  const last = first + fullWords + (partDigits > 0 ? 1 : 0);
  const unit = partDigits > 0 ? (POWERS_OF_TEN[7 - partDigits] as number) : 1;
  if (last < end) {
    const word = scratch[last] as number;
    let roundUp: boolean;
    if (unit > 1) {
      const below = word % unit;
      const half = unit / 2;
      roundUp = below > half || (below === half && (anyNonZero(last + 1, end) || Math.floor(word / unit) % 2 === 1));
      scratch[last] = word - below;
    } else {
      const next = last + 1 < end ? (scratch[last + 1] as number) : 0;
      const half = BASE / 2;
      roundUp = next > half || (next === half && (anyNonZero(last + 2, end) || word % 2 === 1));
    }
    end = last + 1;
    if (roundUp) {
      let k = last;
      scratch[k] = (scratch[k] as number) + unit;
      while ((scratch[k] as number) >= BASE) {
        scratch[k] = (scratch[k] as number) - BASE;
        k -= 1;
        scratch[k] = (scratch[k] as number) + 1;
      }
      if (k < first) {
        first = k;
        topPower += 1;
      }
    }
  }
  while (scratch[end - 1] === 0) end -= 1;
  spanFirst = first;
  spanEnd = end;
  spanPower = topPower;
  spanSign = sign;
}

/** The base 10 exponent of the span's first digit, as decimal.js's `e`. */
function spanExponent(): number {
  return spanPower * 7 + digitsOf(scratch[spanFirst] as number) - 1;
}

/** The decimal of the span (a new instance with its own words). */
function makeSpan(): Decimal {
  const words = new Array<number>(spanEnd - spanFirst);
  for (let k = spanFirst; k < spanEnd; k += 1) words[k - spanFirst] = scratch[k] as number;
  return make(words, spanExponent(), spanSign);
}

/**
 * `x.times(y)`: the product rounded to 34 significant digits, half to even.
 *
 * @example
 * ```ts
 * times(toDecimal(54000), toDecimal('0.5')).toString(); //=> '27000'
 * ```
 */
export function times(x: Decimal, y: Decimal): Decimal {
  return multiplyWords(x, y) ? makeSpan() : x.times(y);
}

/**
 * Multiplies two nonzero finite decimals into the scratch array, rounded
 * (`span…`); false when decimal.js must do it (a zero, an infinity, or more
 * words than the scratch array holds).
 */
function multiplyWords(x: Decimal, y: Decimal): boolean {
  const xd = partsOf(x).d;
  const yd = partsOf(y).d;
  if (!readableWords(xd) || !readableWords(yd) || xd.length + yd.length + 1 > SCRATCH_WORDS) {
    return false;
  }
  const xLength = xd.length;
  const yLength = yd.length;
  // Schoolbook multiplication into scratch[1 .. xLength + yLength]; scratch[0] takes a rounding carry.
  const end = xLength + yLength + 1;
  for (let k = 0; k < end; k += 1) scratch[k] = 0;
  for (let i = xLength - 1; i >= 0; i -= 1) {
    const xWord = xd[i] as number;
    let carry = 0;
    for (let j = yLength - 1; j >= 0; j -= 1) {
      // At most 1e7 + (1e7 - 1)^2 + 1e7: exact in a double.
      const sum = (scratch[i + j + 2] as number) + xWord * (yd[j] as number) + carry;
      carry = Math.floor(sum / BASE);
      scratch[i + j + 2] = sum - carry * BASE;
    }
    scratch[i + 1] = carry;
  }
  // The word at scratch[1] stands for 10^(7 (wx + wy + 1)), where wx is the power of x's first word.
  let first = 1;
  let topPower = Math.floor(partsOf(x).e / 7) + Math.floor(partsOf(y).e / 7) + 1;
  if (scratch[1] === 0) {
    first = 2;
    topPower -= 1;
  }
  roundScratch(first, end, topPower, partsOf(x).s * partsOf(y).s);
  return true;
}

/** The first product's words while {@link timesIfSame} works out the second. */
const firstProduct = new Array<number>(SCRATCH_WORDS).fill(0);

/**
 * `times(low, x)` when it has the same digits as `times(high, x)`, and
 * undefined when they differ (or when decimal.js would have to work either
 * out): a quotient from two reciprocals that bracket the true one (see
 * sensitivity/fixed-divisor.ts), worked out without making the second decimal.
 *
 * @example
 * ```ts
 * timesIfSame(toDecimal('0.333'), toDecimal('0.334'), toDecimal(3))?.toString(); //=> undefined (0.999 and 1.002)
 * timesIfSame(toDecimal('0.5'), toDecimal('0.5'), toDecimal(3))?.toString();     //=> '1.5'
 * ```
 */
export function timesIfSame(low: Decimal, high: Decimal, x: Decimal): Decimal | undefined {
  if (!multiplyWords(low, x)) return undefined;
  const length = spanEnd - spanFirst;
  const power = spanPower;
  const sign = spanSign;
  for (let k = 0; k < length; k += 1) firstProduct[k] = scratch[spanFirst + k] as number;
  if (!multiplyWords(high, x) || spanEnd - spanFirst !== length || spanPower !== power || spanSign !== sign) {
    return undefined;
  }
  for (let k = 0; k < length; k += 1) if (firstProduct[k] !== scratch[spanFirst + k]) return undefined;
  return makeSpan();
}

/**
 * `x.plus(y)`: the sum rounded to 34 significant digits, half to even.
 *
 * @example
 * ```ts
 * plus(toDecimal('0.1'), toDecimal('0.2')).toString(); //=> '0.3'
 * ```
 */
export function plus(x: Decimal, y: Decimal): Decimal {
  return add(x, y, partsOf(y).s);
}

/**
 * `x.minus(y)`: the difference rounded to 34 significant digits, half to even.
 *
 * @example
 * ```ts
 * minus(toDecimal(1), toDecimal('0.25')).toString(); //=> '0.75'
 * ```
 */
export function minus(x: Decimal, y: Decimal): Decimal {
  return add(x, y, -partsOf(y).s);
}

/** x + (y with sign `ySign`). */
function add(x: Decimal, y: Decimal, ySign: number): Decimal {
  const { d: xd, e: xe, s: xs } = partsOf(x);
  const { d: yd, e: ye } = partsOf(y);
  if (!readableWords(xd) || !readableWords(yd) || !addWords(xd, xe, xs, yd, ye, ySign)) {
    return ySign === partsOf(y).s ? x.plus(y) : x.minus(y);
  }
  return makeSpan();
}

/**
 * Adds two nonzero finite decimals given by their parts (the second with sign
 * `ySign`) into the scratch array, rounded (`span…`); false when decimal.js
 * must do it (the exponents are too far apart, or the sum is zero).
 */
function addWords(xd: number[], xe: number, xs: number, yd: number[], ye: number, ySign: number): boolean {
  const xPower = Math.floor(xe / 7);
  const yPower = Math.floor(ye / 7);
  const topPower = Math.max(xPower, yPower);
  const bottomPower = Math.min(xPower - xd.length + 1, yPower - yd.length + 1);
  // scratch[0] takes a rounding carry, scratch[1] the carry of the sum, and
  // scratch[2 ..] every word from topPower down to bottomPower.
  const end = topPower - bottomPower + 3;
  if (end > SCRATCH_WORDS) return false;
  for (let k = 0; k < end; k += 1) scratch[k] = 0;
  const xFirst = topPower - xPower + 2;
  const yFirst = topPower - yPower + 2;

  let sign = xs;
  if (xs === ySign) {
    for (let i = 0; i < xd.length; i += 1) scratch[xFirst + i] = xd[i] as number;
    for (let i = 0; i < yd.length; i += 1) scratch[yFirst + i] = (scratch[yFirst + i] as number) + (yd[i] as number);
    for (let k = end - 1; k > 1; k -= 1) {
      if ((scratch[k] as number) >= BASE) {
        scratch[k] = (scratch[k] as number) - BASE;
        scratch[k - 1] = (scratch[k - 1] as number) + 1;
      }
    }
  } else {
    // Opposite signs: the larger magnitude minus the smaller, with the larger's sign.
    const order = compareMagnitudes(xd, xe, yd, ye);
    // Equal and opposite: decimal.js decides the sign of the zero.
    if (order === 0) return false;
    const big = order > 0 ? xd : yd;
    const bigFirst = order > 0 ? xFirst : yFirst;
    const small = order > 0 ? yd : xd;
    const smallFirst = order > 0 ? yFirst : xFirst;
    if (order < 0) sign = ySign;
    for (let i = 0; i < big.length; i += 1) scratch[bigFirst + i] = big[i] as number;
    for (let i = 0; i < small.length; i += 1) {
      scratch[smallFirst + i] = (scratch[smallFirst + i] as number) - (small[i] as number);
    }
    for (let k = end - 1; k > 1; k -= 1) {
      if ((scratch[k] as number) < 0) {
        scratch[k] = (scratch[k] as number) + BASE;
        scratch[k - 1] = (scratch[k - 1] as number) - 1;
      }
    }
  }
  // The word at scratch[1] stands for 10^(7 (topPower + 1)); skip leading zero words.
  let first = 1;
  let power = topPower + 1;
  while (scratch[first] === 0) {
    first += 1;
    power -= 1;
  }
  roundScratch(first, end, power, sign);
  return true;
}

/** Longest operand of {@link divide}, in words: the engine's decimals have 34 digits, in five or six words. */
const MOST_DIVIDE_WORDS = 8;
/** The running remainder of {@link divide}'s long division, most significant word first. */
const remainder = new Array<number>(MOST_DIVIDE_WORDS + 1).fill(0);

/**
 * `x.div(y)`: the quotient rounded to 34 significant digits, half to even.
 * Switching values divide twice for each quantity and proxy (the value that
 * tips the ratio, then its multiple of the base): 20,000 long divisions on
 * 10,000 outcomes, each of which makes several arrays inside decimal.js.
 *
 * @example
 * ```ts
 * divide(toDecimal(1), toDecimal(3)).toString(); //=> '0.3333333333333333333333333333333333'
 * ```
 */
export function divide(x: Decimal, y: Decimal): Decimal {
  return divideWords(x, y) ? makeSpan() : x.div(y);
}

/**
 * Divides two nonzero finite decimals into the scratch array, rounded
 * (`span…`); false when decimal.js must do it (a zero, an infinity, or an
 * operand longer than {@link MOST_DIVIDE_WORDS} words).
 *
 * Schoolbook long division in base 10^7: x's words, followed by enough zero
 * words that the quotient has at least 43 digits, each bring down one
 * quotient word, estimated from the remainder's and y's first words as
 * doubles (off by one or two at most) and corrected exactly until
 * 0 <= remainder < y. A nonzero final remainder becomes one more word below
 * the quotient's last digit, so that rounding sees that the quotient does
 * not stop there (a true half is rare, and must round to even).
 */
function divideWords(x: Decimal, y: Decimal): boolean {
  const { d: xd, e: xe, s: xs } = partsOf(x);
  const { d: yd, e: ye, s: ys } = partsOf(y);
  if (!readableWords(xd) || !readableWords(yd) || xd.length > MOST_DIVIDE_WORDS || yd.length > MOST_DIVIDE_WORDS) {
    return false;
  }
  const xLength = xd.length;
  const yLength = yd.length;
  // Zero words after x's: the quotient then has at least 7 words, its first at least 1 (43 digits or more).
  const extra = Math.max(0, yLength + 7 - xLength);
  const count = xLength + extra;
  // y's first two words, and the divisor of the estimate (exact doubles, below 10^14).
  const yTop = yLength > 1 ? (yd[0] as number) * BASE + (yd[1] as number) : (yd[0] as number);
  for (let k = 0; k <= yLength; k += 1) remainder[k] = 0;
  // Quotient words go to scratch[1 ..]; scratch[0] takes a rounding carry.
  scratch[0] = 0;
  for (let i = 0; i < count; i += 1) {
    // remainder = remainder x 10^7 + the next word (it was below y, so it fits in yLength + 1 words).
    for (let k = 0; k < yLength; k += 1) remainder[k] = remainder[k + 1] as number;
    remainder[yLength] = i < xLength ? (xd[i] as number) : 0;
    const r0 = remainder[0] as number;
    const r1 = remainder[1] as number;
    const estimate =
      yLength > 1
        ? Math.floor(((r0 * BASE + r1) * BASE + (remainder[2] as number)) / yTop)
        : Math.floor((r0 * BASE + r1) / yTop);
    let word = Math.min(BASE - 1, Math.max(0, estimate));
    subtractMultiple(yd, word);
    while ((remainder[0] as number) < 0) {
      word -= 1;
      subtractMultiple(yd, -1);
    }
    while (atLeast(yd)) {
      word += 1;
      subtractMultiple(yd, 1);
    }
    scratch[i + 1] = word;
  }
  let end = count + 1;
  if (anyRemainder(yLength)) {
    scratch[end] = 1;
    end += 1;
  }
  let first = 1;
  while (scratch[first] === 0) first += 1;
  // Quotient word i (scratch[i + 1]) stands for 10^(7 (count - 1 - i - extra + xLow - yLow)), where xLow and
  // yLow are the powers of x's and y's last words.
  const xLow = Math.floor(xe / 7) - xLength + 1;
  const yLow = Math.floor(ye / 7) - yLength + 1;
  roundScratch(first, end, count - first - extra + xLow - yLow, xs * ys);
  return true;
}

/**
 * remainder -= multiple x y, y aligned under the remainder's last yLength
 * words. A negative result shows as a negative first word over words of
 * 0..10^7 - 1, so adding y back (multiple -1) carries into it.
 */
function subtractMultiple(yd: readonly number[], multiple: number): void {
  let carry = 0;
  for (let j = yd.length - 1; j >= 0; j -= 1) {
    // |multiple x word + carry| < 10^14 + 10^7: exact in a double.
    let word = (remainder[j + 1] as number) - multiple * (yd[j] as number) - carry;
    carry = 0;
    if (word < 0 || word >= BASE) {
      const borrow = Math.floor(word / BASE);
      word -= borrow * BASE;
      carry = -borrow;
    }
    remainder[j + 1] = word;
  }
  remainder[0] = (remainder[0] as number) - carry;
}

/** Whether the remainder (not negative) is at least y. */
function atLeast(yd: readonly number[]): boolean {
  if ((remainder[0] as number) > 0) return true;
  for (let j = 0; j < yd.length; j += 1) {
    const word = remainder[j + 1] as number;
    if (word !== yd[j]) return word > (yd[j] as number);
  }
  return true;
}

function anyRemainder(yLength: number): boolean {
  for (let k = 0; k <= yLength; k += 1) if (remainder[k] !== 0) return true;
  return false;
}

/**
 * `x.comparedTo(y)` (-1, 0 or 1) without the copy of `y` decimal.js makes
 * first: the tornado compares 70,000 pairs for 10,000 outcomes.
 *
 * @example
 * ```ts
 * compare(toDecimal('0.25'), toDecimal('0.3')); //=> -1
 * ```
 */
export function compare(x: Decimal, y: Decimal): number {
  const { d: xd, e: xe, s: xs } = partsOf(x);
  const { d: yd, e: ye, s: ys } = partsOf(y);
  if (!KNOWN_REPRESENTATION || xd === null || yd === null) return x.comparedTo(y);
  const xZero = xd[0] === 0;
  const yZero = yd[0] === 0;
  if (xZero || yZero) return xZero && yZero ? 0 : xZero ? -ys : xs;
  if (xs !== ys) return xs;
  const order = compareMagnitudes(xd, xe, yd, ye);
  return order === 0 ? 0 : xs * order;
}

/** Sign of |x| - |y| for nonzero finite decimals. */
function compareMagnitudes(xd: number[], xe: number, yd: number[], ye: number): number {
  if (xe !== ye) return xe > ye ? 1 : -1;
  const length = Math.min(xd.length, yd.length);
  for (let i = 0; i < length; i += 1) {
    if (xd[i] !== yd[i]) return (xd[i] as number) > (yd[i] as number) ? 1 : -1;
  }
  return xd.length === yd.length ? 0 : xd.length > yd.length ? 1 : -1;
}

/**
 * The decimal `units x 10^-places` for a whole number `units` below 2^53 in size,
 * the same as `new Decimal(\`${units}e-${places}\`)` without the text.
 *
 * @example
 * ```ts
 * fromUnits(-12345, 2).toString(); //=> '-123.45'
 * ```
 */
export function fromUnits(units: number, places: number): Decimal {
  if (!KNOWN_REPRESENTATION || units === 0 || !Number.isSafeInteger(units) || !Number.isInteger(places)) {
    return new Decimal(`${units}e-${places}`);
  }
  const sign = units < 0 ? -1 : 1;
  let rest = Math.abs(units);
  // Shift left by `shift` digits so that the last digit sits at a power of 10^7:
  // value = rest x 10^shift x 10^(-places - shift), with places + shift a multiple of 7.
  const shift = ((-places % 7) + 7) % 7;
  const lastPower = -(places + shift) / 7;
  // The base 10^7 words of rest, least significant first, then shifted.
  let count = 0;
  while (rest > 0) {
    const word = rest % BASE;
    scratch[SCRATCH_WORDS - 1 - count] = word;
    rest = (rest - word) / BASE;
    count += 1;
  }
  const first = SCRATCH_WORDS - count;
  const end = SCRATCH_WORDS;
  if (shift > 0) {
    const scale = POWERS_OF_TEN[shift] as number;
    let carry = 0;
    for (let k = end - 1; k >= first; k -= 1) {
      const value = (scratch[k] as number) * scale + carry;
      carry = Math.floor(value / BASE);
      scratch[k] = value - carry * BASE;
    }
    if (carry > 0) {
      scratch[first - 1] = carry;
      return exactWords(first - 1, end, lastPower + (end - first), sign);
    }
  }
  return exactWords(first, end, lastPower + (end - first) - 1, sign);
}

/** The decimal of scratch words `[first, end)` as they are (at most 34 digits: no rounding). */
function exactWords(first: number, end: number, topPower: number, sign: number): Decimal {
  while (scratch[end - 1] === 0) end -= 1;
  spanFirst = first;
  spanEnd = end;
  spanPower = topPower;
  spanSign = sign;
  return makeSpan();
}

/** An array of each length up to the scratch array's, for a product's words while it is added. */
const productWords = Array.from({ length: SCRATCH_WORDS + 1 }, (_, length) => new Array<number>(length).fill(0));

/**
 * A sum of many decimals, each addition rounded as `plus` rounds it, kept in
 * one array of words instead of a new decimal per addition: the running
 * totals by stakeholder, domain and drop-off group that `evaluate` keeps for
 * 10,000 outcomes. `value` is what adding with `plus` from `ZERO` in the same
 * order gives, digit for digit.
 *
 * @example
 * ```ts
 * const total = new RunningTotal();
 * total.add(toDecimal('0.1'));
 * total.add(toDecimal('0.2'));
 * total.value.toString(); //=> '0.3'
 * ```
 */
export class RunningTotal {
  /** The words of the total; empty while it is zero. */
  private words: number[] = [];
  private exponent = 0;
  private sign = 1;
  private made: Decimal | undefined = ZERO;

  /** Adds a decimal, rounding the total to 34 digits, half to even. */
  add(x: Decimal): void {
    const { d, e, s } = partsOf(x);
    if (this.words.length === 0 || !readableWords(d) || !addWords(this.words, this.exponent, this.sign, d, e, s)) {
      this.keep(plus(this.value, x));
      return;
    }
    this.takeSpan();
  }

  /**
   * Adds the product `x.times(y)`, rounded to 34 digits as `times` rounds it,
   * then the total rounded as `add` rounds it: the same digits as
   * `add(times(x, y))`, without making the product.
   */
  addProduct(x: Decimal, y: Decimal): void {
    if (this.words.length === 0 || !multiplyWords(x, y)) {
      this.add(times(x, y));
      return;
    }
    // The product's words leave the scratch array, which the addition needs, for an array of their length.
    const length = spanEnd - spanFirst;
    const product = productWords[length] as number[];
    for (let k = 0; k < length; k += 1) product[k] = scratch[spanFirst + k] as number;
    const exponent = spanExponent();
    const sign = spanSign;
    if (!addWords(this.words, this.exponent, this.sign, product, exponent, sign)) {
      this.add(make(product.slice(), exponent, sign));
      return;
    }
    this.takeSpan();
  }

  /** Takes the rounded sum in the scratch array as the total. */
  private takeSpan(): void {
    const words = this.words;
    words.length = spanEnd - spanFirst;
    for (let k = spanFirst; k < spanEnd; k += 1) words[k - spanFirst] = scratch[k] as number;
    this.exponent = spanExponent();
    this.sign = spanSign;
    this.made = undefined;
  }

  /** The total so far. */
  get value(): Decimal {
    if (this.made === undefined) this.made = make(this.words.slice(), this.exponent, this.sign);
    return this.made;
  }

  /** Takes a total decimal.js worked out (a first addition, a zero, an infinity). */
  private keep(total: Decimal): void {
    const { d, e, s } = partsOf(total);
    this.made = total;
    if (!readableWords(d)) {
      // Zero (or not finite, or digits this module cannot read): the next addition goes through `plus` from this decimal.
      this.words = [];
      return;
    }
    this.words = d.slice();
    this.exponent = e;
    this.sign = s;
  }
}
