import {
  changesSign,
  type Decimal,
  ESTIMATES,
  evaluate,
  formatMoney,
  formatPercent,
  formatRatio,
  type Estimate,
  type Evaluation,
  type EvaluationResult,
  type SwitchingValue,
  type SwitchingValues,
  toDecimal,
} from '@sroi/core';
import { ESTIMATE_LABELS, formatChange, formatEstimate } from './estimate-values.js';

/**
 * One estimate that can bring the ratio to the target, ready to show. Every
 * string is plain text (names from the impact map included): escape it for
 * the format it goes into.
 */
export interface TippingPoint {
  /** Core's switching value. */
  readonly switchingValue: SwitchingValue;
  /** 1 for the estimate closest to tipping the ratio. */
  readonly rank: number;
  /** "Deadweight of Reduced GP visits (GP-1)", or "Deadweight of every outcome". */
  readonly estimate: string;
  /** What must happen, without the change: "Deadweight of Reduced GP visits (GP-1) must rise from 20.0% to 61.3%". */
  readonly statement: string;
  /** The statement with its change: "… must rise from 20.0% to 61.3% (+41.3 points)". */
  readonly sentence: string;
  /** The switching value as the impact map shows it ('' for all outcomes together, which move by a change). */
  readonly value: string;
  /** The change, as the tables show it: "+41.3 pts", "x0.38", "-1 year". */
  readonly change: string;
  /**
   * How close it comes (docs/sensitivity.md, "Closest to tipping"): the share of the way from the
   * base to the edge of what the estimate can be; 0 is already there. Null when it cannot be
   * measured (a proxy of 0 has no base to measure a move against).
   */
  readonly distance: Decimal | null;
  /** The distance as a percentage, "52%", or "n/a". */
  readonly distanceText: string;
}

/** An estimate that cannot bring the ratio to the target, with why, in a sentence. */
export interface CannotTipEstimate {
  readonly switchingValue: SwitchingValue;
  readonly sentence: string;
}

/** Everything {@link tippingPoints} finds, for a report in any format. */
export interface TippingPoints {
  readonly target: Decimal;
  /** The base ratio; null without inputs (then nothing can tip it). */
  readonly ratio: Decimal | null;
  /** "The 10 estimates closest to bringing the ratio down to 1.00 : 1, of 35 that can". */
  readonly heading: string;
  /** The closest, at most `top`, closest first. */
  readonly closest: readonly TippingPoint[];
  /** How many estimates can bring the ratio to the target in all. */
  readonly canTip: number;
  /** What the distance means, in one sentence. */
  readonly distanceNote: string;
  readonly cannotTip: {
    readonly count: number;
    /** One line with the count and the kinds; null when every estimate can tip the ratio. */
    readonly summary: string | null;
    /** Each one with its reason, in the impact map's order (outcome by outcome, then all together). */
    readonly estimates: readonly CannotTipEstimate[];
  };
}

/** Distances equal to this many places are a tie, so that decimal noise does not reorder them. */
const TIE_PLACES = 12;
const ONE = toDecimal(1);
const REDUCTIONS: readonly Estimate[] = ['deadweight', 'displacement', 'attribution'];
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The switching values as a story a commissioner can read: every estimate that
 * can bring the ratio to the target, ranked by how close it comes (the share of
 * the way to the edge of what it can be, so that a proxy, a share and a
 * duration compare), the closest `top` of them, and the rest summarised in one
 * line. A switching value beyond what the estimate can be (a benefit's proxy
 * below £0) is counted with those that cannot tip the ratio, and explained.
 *
 * @param values - core's `switchingValues` for the evaluation
 * @param evaluation - the impact map (for outcome names, the currency and the reductions setting)
 * @param top - how many of the closest to keep, 1 or more
 * @param result - `evaluate(evaluation)`, when the caller has it already (otherwise it is run
 *   only if a sentence needs an outcome's present value)
 * @example
 * ```ts
 * const story = tippingPoints(switchingValues(workedCheck), workedCheck, 3);
 * story.closest[0]?.sentence; //=> 'Quantity of Improved wellbeing (wellbeing) must fall from 100 to 55.83 (x0.56)'
 * story.cannotTip.summary;
 * //=> '4 estimates cannot bring the ratio down to 1.00 : 1 whatever their value: the drop-off and
 * //    duration of the outcome; and the drop-off and duration of all outcomes together.'
 * ```
 */
export function tippingPoints(
  values: SwitchingValues,
  evaluation: Evaluation,
  top: number,
  result?: EvaluationResult,
): TippingPoints {
  const story = new Story(values, evaluation, result);
  const ranked = [...values.outcomes, ...values.together]
    .filter((row) => story.canTip(row))
    .map((row, order) => {
      const distance = story.distance(row);
      return { row, order, distance, key: distance?.toDecimalPlaces(TIE_PLACES) ?? null };
    })
    .sort((a, b) => compareDistances(a.key, b.key) || a.order - b.order);
  const closest = ranked.slice(0, Math.max(0, top)).map(({ row, distance }, i) => story.point(row, distance, i + 1));
  const cannot = [...values.outcomes, ...values.together].filter((row) => !story.canTip(row));
  return {
    target: values.target,
    ratio: values.ratio,
    heading: story.heading(closest.length, ranked.length),
    closest,
    canTip: ranked.length,
    distanceNote:
      'Distance: the share of the way from the base to the edge of what the estimate can be ' +
      '(0, or 100% for a share, or 1 year); a rise with no edge is measured against the base.',
    cannotTip: {
      count: cannot.length,
      summary: cannot.length === 0 ? null : story.summary(cannot),
      // Worded when read: a large map has tens of thousands, and the terminal shows only the summary.
      estimates: cannot.map((row) => ({
        switchingValue: row,
        get sentence() {
          return story.whyNot(row);
        },
      })),
    },
  };
}

/** Nearer first; an unmeasurable distance last. */
function compareDistances(a: Decimal | null, b: Decimal | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.comparedTo(b);
}

/** The evaluation's figures the sentences need, looked up once. */
class Story {
  private readonly currency: string;
  private readonly names = new Map<string, string>();
  private readonly byYear = new Set<string>();
  private presentValues: Map<string, Decimal> | undefined;
  /** Each outcome's switching values by estimate, for the limits of its shares. */
  private readonly rows = new Map<string, Map<Estimate, SwitchingValue>>();
  private readonly way: string;

  constructor(
    private readonly values: SwitchingValues,
    private readonly evaluation: Evaluation,
    private readonly result: EvaluationResult | undefined,
  ) {
    this.currency = evaluation.currency ?? 'GBP';
    for (const outcome of evaluation.outcomes) {
      const named = outcome.description === outcome.id ? outcome.id : `${outcome.description} (${outcome.id})`;
      this.names.set(outcome.id, named);
      if (outcome.quantityByYear !== undefined) this.byYear.add(outcome.id);
    }
    for (const row of values.outcomes) {
      if (row.outcome === null) continue;
      const rows = this.rows.get(row.outcome) ?? new Map<Estimate, SwitchingValue>();
      this.rows.set(row.outcome, rows.set(row.estimate, row));
    }
    const { ratio, target } = values;
    this.way = `${ratio === null || ratio.eq(target) ? '' : ratio.gt(target) ? 'down ' : 'up '}to ${formatRatio(target)}`;
  }

  /** A switching value within what the estimate can be: not a benefit's proxy turned into a cost, or the reverse. */
  canTip(row: SwitchingValue): boolean {
    if (row.reason !== null || (row.change === null && row.value === null)) return false;
    return !changesSign(row);
  }

  private label(row: SwitchingValue): string {
    const of = row.outcome === null ? 'every outcome' : (this.names.get(row.outcome) ?? row.outcome);
    return `${capitalised(ESTIMATE_LABELS[row.estimate])} of ${of}`;
  }

  heading(shown: number, canTip: number): string {
    if (canTip === 0)
      return `No estimate, of one outcome or of every outcome together, can bring the ratio ${this.way}`;
    const which = shown === 1 ? 'The estimate' : `The ${shown} estimates`;
    return `${which} closest to bringing the ratio ${this.way}${shown < canTip ? `, of ${canTip} that can` : ''}`;
  }

  /** The share of its room an estimate must use (docs/sensitivity.md, "Closest to tipping"). */
  distance(row: SwitchingValue): Decimal | null {
    const change = row.change;
    if (change === null) return null;
    if (change.isZero()) return toDecimal(0);
    if (row.unit === 'multiple') return change.minus(1).abs();
    // A share change is a fraction of one, like the share's room; years are counted like the duration's.
    const room = this.room(row, change.isNegative());
    return room === null || !room.gt(0) ? null : change.abs().div(room);
  }

  /** How far the estimate can go in the direction it must move; for every outcome together, the most any one can. */
  private room(row: SwitchingValue, falling: boolean): Decimal | null {
    if (row.outcome !== null) return this.roomOf(row, falling);
    let most: Decimal | null = null;
    for (const rows of this.rows.values()) {
      const each = rows.get(row.estimate);
      if (each === undefined || each.reason?.code === 'not-applicable') continue;
      const room = this.roomOf(each, falling);
      if (room !== null && (most === null || room.gt(most))) most = room;
    }
    return most;
  }

  private roomOf(row: SwitchingValue, falling: boolean): Decimal | null {
    if (row.base === null) return null;
    if (row.unit === 'years') return falling ? row.base.minus(1) : row.base;
    return falling ? row.base : this.shareLimit(row).minus(row.base);
  }

  /** 100%, or under subtractive reductions what the other two reductions of the outcome leave. */
  private shareLimit(row: SwitchingValue): Decimal {
    const others = REDUCTIONS.filter((name) => name !== row.estimate);
    if (this.evaluation.reductions !== 'subtractive' || others.length === REDUCTIONS.length) return ONE;
    const rows = row.outcome === null ? undefined : this.rows.get(row.outcome);
    return others.reduce((left, name) => left.minus(rows?.get(name)?.base ?? 0), ONE);
  }

  point(row: SwitchingValue, distance: Decimal | null, rank: number): TippingPoint {
    const estimate = this.label(row);
    const { statement, sentence } = this.sentences(row, estimate);
    return {
      switchingValue: row,
      rank,
      estimate,
      statement,
      sentence,
      value: row.value === null ? '' : formatEstimate(row.estimate, row.value, this.currency),
      change: row.change === null ? '' : formatChange(row.unit, row.change),
      distance,
      distanceText: distance === null ? 'n/a' : formatPercent(distance, 0),
    };
  }

  private sentences(row: SwitchingValue, estimate: string): { statement: string; sentence: string } {
    const { change, value, base } = row;
    if (change?.isZero() === true) {
      const statement = `${estimate} is at its switching value already: the ratio is ${formatRatio(this.values.target)}`;
      return { statement, sentence: statement };
    }
    if (row.outcome === null && change !== null) return this.together(row, estimate, change);
    const show = (figure: Decimal) => formatEstimate(row.estimate, figure, this.currency);
    const from = base ?? toDecimal(0);
    const to = value ?? from;
    const statement = `${estimate} must ${to.gt(from) ? 'rise' : 'fall'} from ${show(from)} to ${show(to)}`;
    if (change === null) return { statement, sentence: statement };
    const every = row.unit === 'multiple' && row.outcome !== null && this.byYear.has(row.outcome) ? ' every year' : '';
    return { statement, sentence: `${statement} (${changeWords(row, change)}${every})` };
  }

  /** Every outcome moved at once: by a percentage, by points or by years. */
  private together(row: SwitchingValue, estimate: string, change: Decimal) {
    if (row.unit === 'multiple') {
      const by = formatPercent(change.minus(1).abs());
      const statement = `${estimate} must ${change.gt(1) ? 'rise' : 'fall'} by ${by}`;
      return { statement, sentence: `${statement} (${changeWords(row, change)})` };
    }
    const words = changeWords(row, change.abs());
    const statement = `${estimate} must ${change.isNegative() ? 'fall' : 'rise'} by ${words.replace(/^\+/, '')}`;
    return { statement, sentence: statement };
  }

  /** Why an estimate cannot bring the ratio to the target, in a sentence. */
  whyNot(row: SwitchingValue): string {
    if (row.reason !== null) return `${this.label(row)}: ${row.reason.message}`;
    if (!changesSign(row) || row.outcome === null) return `${this.label(row)}: no value reaches the target`;
    const name = this.names.get(row.outcome) ?? row.outcome;
    const others = this.values.presentValue.minus(this.presentValueOf(row.outcome));
    const atZero = others.div(this.values.inputsPresentValue);
    const side = atZero.gt(this.values.target) ? 'above' : 'below';
    const turn = row.base?.isNegative() === true ? 'a cost into a benefit' : 'a benefit into a cost';
    const answer =
      row.value === null
        ? ''
        : ` (the arithmetic answer, ${formatEstimate('proxy', row.value, this.currency)}, would turn ${turn})`;
    return (
      `No price for ${name} makes the result tip: even at ${this.zero()} the other outcomes keep the ratio ` +
      `at ${formatRatio(atZero)}, ${side} ${formatRatio(this.values.target)}${answer}`
    );
  }

  /** An outcome's present value, from `evaluate` (run once, when first needed). */
  private presentValueOf(id: string): Decimal {
    if (this.presentValues === undefined) {
      const outcomes = (this.result ?? evaluate(this.evaluation)).outcomes;
      this.presentValues = new Map(outcomes.map((outcome) => [outcome.id, outcome.presentValue]));
    }
    return this.presentValues.get(id) ?? toDecimal(0);
  }

  private zero(): string {
    return formatMoney(toDecimal(0), this.currency, 0);
  }

  /** One line: how many cannot tip the ratio, and which kinds. */
  summary(cannot: readonly SwitchingValue[]): string {
    if (this.values.ratio === null)
      return 'No estimate can tip the ratio: the inputs total nothing, so there is no ratio';
    const outcomes = this.evaluation.outcomes.length;
    const own = cannot.filter((row) => row.outcome !== null);
    const together = cannot.filter((row) => row.outcome === null);
    const parts: string[] = [];
    if (outcomes > 0 && own.length === outcomes * ESTIMATES.length) {
      parts.push(outcomes === 1 ? 'every estimate of the outcome' : 'every estimate of each outcome on its own');
    } else {
      // Kinds with the same count share a phrase: "the quantity and deadweight of every outcome".
      const groups = new Map<string, string[]>();
      for (const estimate of ESTIMATES) {
        const count = own.filter((row) => row.estimate === estimate).length;
        if (count === 0) continue;
        const whose =
          count === outcomes
            ? outcomes === 1
              ? 'the outcome'
              : 'every outcome'
            : `${count} of the ${outcomes} outcomes`;
        groups.set(whose, [...(groups.get(whose) ?? []), ESTIMATE_LABELS[estimate]]);
      }
      for (const [whose, labels] of groups) parts.push(`the ${listOf(labels)} of ${whose}`);
    }
    if (together.length === ESTIMATES.length) parts.push('every estimate of all outcomes together');
    else if (together.length > 0)
      parts.push(`the ${listOf(together.map((row) => ESTIMATE_LABELS[row.estimate]))} of all outcomes together`);
    const count = cannot.length;
    const kinds = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}`;
    const line = `${plural(count, 'estimate')} cannot bring the ratio ${this.way} whatever ${count === 1 ? 'its' : 'their'} value: ${kinds}.`;
    return line + this.pricesNote(own);
  }

  /** Benefits whose proxy would have to fall below zero: said in words, not as a negative price. */
  private pricesNote(own: readonly SwitchingValue[]): string {
    const crossing = own.filter((row) => changesSign(row));
    if (crossing.length === 0) return '';
    const ratio = this.values.ratio;
    const side = ratio !== null && ratio.gt(this.values.target) ? 'above' : 'below';
    const outcomes = this.evaluation.outcomes.length;
    const which =
      crossing.length === outcomes
        ? 'No price for any one outcome tips the result'
        : `For ${crossing.length} of the ${outcomes} outcomes no price tips the result`;
    return (
      ` ${which}: even at ${this.zero()} the other outcomes keep the ratio ` +
      `${side} ${formatRatio(this.values.target)}.`
    );
  }
}

/** A change in words for a sentence: "x0.56", "+41.3 points", "-2 years". */
function changeWords(row: SwitchingValue, change: Decimal): string {
  return formatChange(row.unit, change).replace(/ pts$/, ' points');
}
