import { decimalCache, ZERO, type Decimal } from '../decimal.js';
import { divide, plus, RunningTotal, times } from '../fast-arithmetic.js';
import { discountTable } from '../discounting/discount-factors.js';
import { DEFAULT_RATE } from '../discounting/rates.js';
import { validateEvaluation } from '../model/validate.js';
import type { Domain, Evaluation } from '../model/types.js';
import { inputsByYear } from './inputs.js';
import { projectOutcomes } from './project-outcomes.js';
import { discountedPaybackMonths, paybackMonths } from './payback.js';
import type {
  DomainResult,
  OutcomeResult,
  EvaluationResult,
  EvaluationSettings,
  StakeholderResult,
  SroiWarning,
  YearResult,
} from './result.js';
import { UNUSUAL, unusualValueWarnings } from './warnings.js';

const DOMAINS: readonly (Domain | 'unassigned')[] = ['economic', 'social', 'environmental', 'unassigned'];

/**
 * Evaluates an SROI impact map exactly, following METHOD.md: impact, drop-off
 * projection, discounting, present value, NPV, the SROI ratio, payback and
 * breakdowns by year, outcome, stakeholder and domain.
 *
 * The evaluation is validated first; every problem is reported at once in one
 * {@link SroiValidationError}. The input is never changed. Figures are exact
 * decimals (34 significant digits); round them only for display.
 *
 * @param evaluation - the impact map as plain data (see {@link Evaluation})
 * @returns every figure, with warnings for unusual values and for figures that
 *   are undefined (`ratio` is null without inputs, and so on)
 * @throws SroiValidationError when the evaluation is invalid
 *
 * @example
 * ```ts
 * import { evaluate, toNumbers } from '@sroi/core';
 *
 * const result = evaluate({
 *   name: 'Worked check',
 *   stakeholders: [{ id: 'people', name: 'Participants' }],
 *   inputs: [{ description: 'Grant', amount: 50000 }],
 *   outcomes: [{
 *     id: 'wellbeing', stakeholder: 'people', description: 'Improved wellbeing',
 *     quantity: 100, proxy: { value: 1000 },
 *     deadweight: 0.2, displacement: 0.1, attribution: 0.25, dropOff: 0.5, duration: 3,
 *   }],
 * });
 * result.presentValue.toFixed(2);          //=> '89554.93'
 * result.ratio?.toFixed(4);                //=> '1.7911'
 * toNumbers(result).paybackMonths;         //=> 11.11111111111111
 * ```
 */
export function evaluate(evaluation: Evaluation): EvaluationResult {
  const valid = validateEvaluation(evaluation);
  const settings = settingsOf(valid);
  const decimal = decimalCache();

  const lastOutcomeYear = valid.outcomes.reduce((last, o) => Math.max(last, (o.startYear ?? 1) + o.duration - 1), 0);
  const lastInputYear = valid.inputs.reduce((last, input) => Math.max(last, input.year ?? 0), 0);
  const lastYear = Math.max(lastOutcomeYear, lastInputYear);
  const { factors } = discountTable(settings.discount, settings.timing, lastYear);

  const { outcomes, yearValues, impact } = projectOutcomes(valid.outcomes, settings.reductions, factors, lastYear);

  const { amounts: yearInputs, presentValue: inputsPresentValue } = inputsByYear(valid.inputs, factors, decimal);

  const years: YearResult[] = [];
  let cumulativePresentValue = ZERO;
  for (let year = 1; year <= lastYear; year += 1) {
    const value = yearValues[year] as Decimal;
    const discountFactor = factors[year] as Decimal;
    const presentValue = times(value, discountFactor);
    cumulativePresentValue = plus(cumulativePresentValue, presentValue);
    years.push({
      year,
      value,
      discountFactor,
      presentValue,
      inputs: yearInputs[year] as Decimal,
      cumulativePresentValue,
    });
  }

  // One pass adds each outcome to its stakeholder and domain; the total is
  // the sum of the (few) stakeholder totals.
  const stakeholderTotals = new Map<string, RunningTotal>(valid.stakeholders.map((s) => [s.id, new RunningTotal()]));
  const domainTotals = new Map<Domain | 'unassigned', RunningTotal>();
  // Indexed loops over the outcomes here and in projectOutcomes: `evaluate` often runs once, unoptimised,
  // and a for-of loop there makes an iterator result per outcome.
  for (let index = 0; index < outcomes.length; index += 1) {
    const outcome = outcomes[index] as OutcomeResult;
    (stakeholderTotals.get(outcome.stakeholder) as RunningTotal).add(outcome.presentValue);
    const domain = outcome.domain ?? 'unassigned';
    let domainTotal = domainTotals.get(domain);
    if (domainTotal === undefined) {
      domainTotal = new RunningTotal();
      domainTotals.set(domain, domainTotal);
    }
    domainTotal.add(outcome.presentValue);
  }
  let presentValue = ZERO;
  for (const total of stakeholderTotals.values()) presentValue = plus(presentValue, total.value);
  const netPresentValue = presentValue.minus(inputsPresentValue);
  const hasInputs = inputsPresentValue.gt(0);
  const ratio = hasInputs ? presentValue.div(inputsPresentValue) : null;
  const netRatio = hasInputs ? netPresentValue.div(inputsPresentValue) : null;
  const payback = paybackMonths(inputsPresentValue, impact);
  const discountedPayback = discountedPaybackMonths(inputsPresentValue, [ZERO, ...years.map((y) => y.presentValue)]);

  // A share for every stakeholder and domain: thousands of divisions on a large map, through the kernel.
  const share = (part: Decimal) => (presentValue.isZero() ? null : divide(part, presentValue));
  const stakeholderInputs = new Map<string, Decimal>();
  for (const input of valid.inputs) {
    if (input.stakeholder === undefined) continue;
    const discounted = decimal(input.amount).times(factors[input.year ?? 0] as Decimal);
    stakeholderInputs.set(input.stakeholder, (stakeholderInputs.get(input.stakeholder) ?? ZERO).plus(discounted));
  }
  const stakeholders: StakeholderResult[] = valid.stakeholders.map((stakeholder) => {
    const value = stakeholderTotals.get(stakeholder.id)?.value ?? ZERO;
    return {
      id: stakeholder.id,
      name: stakeholder.name,
      presentValue: value,
      share: share(value),
      inputsPresentValue: stakeholderInputs.get(stakeholder.id) ?? ZERO,
    };
  });
  const domains: DomainResult[] = DOMAINS.filter((domain) => domainTotals.has(domain)).map((domain) => {
    const value = (domainTotals.get(domain) as RunningTotal).value;
    return { domain, presentValue: value, share: share(value) };
  });

  const warnings: SroiWarning[] = [...unusualValueWarnings(valid)];
  if (valid.outcomes.length === 0) {
    warnings.push({ code: 'no-outcomes', message: 'the impact map has no outcomes, so there is no value to report' });
  }
  if (!hasInputs) {
    warnings.push({
      code: 'no-inputs',
      message:
        'the inputs total nothing, so the ratio, net ratio and paybacks cannot be computed; add what each stakeholder invests',
    });
  } else {
    if (payback === null) {
      warnings.push({
        code: 'impact-not-positive',
        message: 'the total impact is not positive, so the payback period cannot be computed',
      });
    }
    if (discountedPayback === null) {
      warnings.push({
        code: 'never-paid-back',
        message: 'the present value of the outcomes never reaches the inputs, so there is no discounted payback',
      });
    }
  }
  if (ratio !== null && ratio.gt(UNUSUAL.ratio)) {
    warnings.push({
      code: 'high-ratio',
      message: `a ratio of ${ratio.toDecimalPlaces(2).toString()} : 1 is far above the published median (3.56 : 1); check the proxies, quantities and reductions`,
    });
  }

  return {
    name: valid.name,
    settings,
    presentValue,
    inputsPresentValue,
    netPresentValue,
    ratio,
    netRatio,
    paybackMonths: payback,
    discountedPaybackMonths: discountedPayback,
    impact,
    years,
    outcomes,
    stakeholders,
    domains,
    warnings,
  };
}

function settingsOf(evaluation: Evaluation): EvaluationSettings {
  return {
    currency: evaluation.currency ?? 'GBP',
    kind: evaluation.kind ?? 'forecast',
    timing: evaluation.timing ?? 'end-of-year',
    discount: evaluation.discount ?? { rate: DEFAULT_RATE.toNumber() },
    reductions: evaluation.reductions ?? 'multiplicative',
    ...(evaluation.pricing === undefined ? {} : { pricing: evaluation.pricing }),
  };
}
