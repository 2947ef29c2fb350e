/**
 * Turns the wizard's draft into an evaluation, or says everything that is
 * wrong with it at once, each problem on its field and wizard step.
 */
import { evaluate, findProblems, type Discount, type Evaluation, type Input, type Outcome } from '@sroi/core';
import type { EvaluationDraft, InputDraft, OutcomeDraft, ScopeDraft, StakeholderDraft } from './draft.js';
import { fieldMessage, fieldOfPath, stepOf, type FieldMessage } from './field-messages.js';
import { readFirstYear } from './first-year.js';
import {
  isBlank,
  optionalText,
  readMoney,
  readNumber,
  readRate,
  readShare,
  readWhole,
  requiredText,
  type Report,
} from './read-field.js';

export type { FieldMessage, WizardStep } from './field-messages.js';

/** What {@link checkDraft} finds. */
export interface DraftCheck {
  /** The evaluation the draft describes; null while there are errors. */
  readonly evaluation: Evaluation | null;
  /** Every problem, in the order of the wizard's steps; empty when the evaluation is valid. */
  readonly errors: readonly FieldMessage[];
  /** Valid but unusual values (over 50% deadweight, long durations without drop-off...), when there are no errors. */
  readonly warnings: readonly FieldMessage[];
}

/**
 * Reads every field of a draft as the workbook reader reads cells ("20%" and
 * 0.2 are the same; a bare 20 asks "did you mean 20%?"), then runs the
 * engine's own validation, and reports every problem at once on its field
 * (`outcomes.2.deadweight`) and wizard step, in a commissioner's words.
 *
 * @param draft - the wizard's draft, as typed
 * @returns the evaluation (null while there are errors), the errors and the warnings
 *
 * @example
 * ```ts
 * checkDraft(exampleDraft()).errors; //=> []
 * checkDraft(setField(exampleDraft(), 'outcomes.0.deadweight', '20')).errors[0];
 * //=> { step: 'impact', field: 'outcomes.0.deadweight',
 * //     message: 'Outcome 1: deadweight 20 is over 100%: did you mean 20%? Enter it as 20% or 0.2' }
 * ```
 */
export function checkDraft(draft: EvaluationDraft): DraftCheck {
  const errors = new Map<string, FieldMessage>();
  const report: Report = (field, message) => {
    // One message per field: the first is the most specific (ours before core's).
    if (!errors.has(field)) errors.set(field, fieldMessage(field, message));
  };

  const ids = stakeholderIds(draft.stakeholders);
  const scope = readScope(draft.scope, report);
  // An invalid currency is reported on its own field; the amounts are not also measured against it.
  const rows = { ids, currency: CURRENCY_CODE.test(scope.currency) ? scope.currency : null, report };
  const candidate: Evaluation = {
    ...scope,
    stakeholders: draft.stakeholders.map((stakeholder, index) => readStakeholder(stakeholder, index, ids, report)),
    inputs: draft.inputs.map((input, index) => readInput(input, index, rows)),
    outcomes: draft.outcomes.map((outcome, index) => readOutcome(outcome, index, rows)),
  };
  if (draft.stakeholders.length === 0)
    report('stakeholders', 'add at least one stakeholder: the people who experience the change, or who invest');
  if (draft.outcomes.length === 0)
    report('outcomes', 'add at least one outcome: a change that a stakeholder experiences');
  for (const problem of findProblems(candidate)) report(fieldOfPath(problem.path), problem.message);

  if (errors.size > 0) return { evaluation: null, errors: inStepOrder([...errors.values()]), warnings: [] };
  const warnings = evaluate(candidate).warnings.map((warning) =>
    fieldMessage(warning.path === undefined ? wholeListOf(warning.code) : fieldOfPath(warning.path), warning.message),
  );
  return { evaluation: candidate, errors: [], warnings };
}

const STEPS = ['scope', 'stakeholders', 'inputs', 'outcomes', 'impact', 'review'];

/** The fields in the order the wizard shows them, within a row or the scope. */
const FIELD_ORDER = [
  ...['name', 'kind', 'currency', 'timing', 'discount', 'rate', 'reductions', 'period'],
  ...['stakeholder', 'description', 'amount', 'indicator', 'source', 'domain', 'quantity', 'duration', 'startYear'],
  ...[
    'proxyValue',
    'proxyDescription',
    'proxySource',
    'priceYear',
    'deadweight',
    'displacement',
    'attribution',
    'dropOff',
  ],
];

/** Sorted as the wizard shows them: step by step, row by row, field by field. */
function inStepOrder(messages: FieldMessage[]): FieldMessage[] {
  const rank = (field: string): number[] => {
    const parts = field.split('.');
    const row = parts.length === 3 ? Number(parts[1]) : -1;
    return [STEPS.indexOf(stepOf(field)), row, FIELD_ORDER.indexOf(parts.at(-1) ?? '')];
  };
  return messages
    .map((message) => ({ message, rank: rank(message.field) }))
    .sort((a, b) => a.rank.reduce((order, value, i) => order || value - (b.rank[i] as number), 0))
    .map(({ message }) => message);
}

/** Where a warning about the whole evaluation belongs. */
function wholeListOf(code: string): string {
  if (code === 'no-inputs') return 'inputs';
  if (code === 'no-outcomes') return 'outcomes';
  return '';
}

/**
 * Each stakeholder's id in the evaluation, by its draft key: its name, which
 * the impact map shows in its Stakeholder column (the key while it has no name).
 */
function stakeholderIds(stakeholders: readonly StakeholderDraft[]): ReadonlyMap<string, string> {
  return new Map(stakeholders.map((s) => [s.key, isBlank(s.name) ? s.key : s.name.trim()]));
}

/** An ISO 4217 code as typed in capitals: GBP, EUR, USD. */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** What reading an input or outcome row needs besides the row: stakeholder ids, the currency, where to report. */
interface RowContext {
  readonly ids: ReadonlyMap<string, string>;
  /** The evaluation's currency code, for the amounts' signs; null when it is not a valid code. */
  readonly currency: string | null;
  readonly report: Report;
}

function readScope(
  scope: ScopeDraft,
  report: Report,
): Omit<Evaluation, 'stakeholders' | 'inputs' | 'outcomes'> & { readonly currency: string } {
  const name = requiredText(scope.name, 'scope.name', 'give the evaluation a name', report) ?? '';
  const currency = isBlank(scope.currency) ? 'GBP' : scope.currency.trim().toUpperCase();
  if (!CURRENCY_CODE.test(currency))
    report(
      'scope.currency',
      `currency must be a three-letter code such as GBP, EUR or USD; got ${JSON.stringify(scope.currency.trim())}`,
    );
  if (!isBlank(scope.period) && readFirstYear(scope.period) === null)
    report(
      'scope.period',
      `first year must be a year such as 2024 or 2024/25, or blank; got ${JSON.stringify(scope.period.trim())}`,
    );
  let discount: Discount;
  if (scope.discount === 'constant') {
    discount = {
      rate: readRate(scope.rate, 'scope.rate', 'discount rate', report) ?? (isBlank(scope.rate) ? 0.035 : 0),
    };
  } else discount = { schedule: scope.discount } as Discount;
  return { name, currency, kind: scope.kind, timing: scope.timing, discount, reductions: scope.reductions };
}

function readStakeholder(
  stakeholder: StakeholderDraft,
  index: number,
  ids: ReadonlyMap<string, string>,
  report: Report,
): Evaluation['stakeholders'][number] {
  const field = `stakeholders.${index}.name`;
  const name = requiredText(stakeholder.name, field, 'give the stakeholder a name, such as "Patients"', report) ?? '';
  const id = ids.get(stakeholder.key) ?? stakeholder.key;
  const earlier = [...ids.values()].slice(0, index).findIndex((other) => other.toLowerCase() === id.toLowerCase());
  if (name !== '' && earlier !== -1)
    report(
      field,
      `"${name}" is already the name of stakeholder ${earlier + 1}; give each stakeholder a different name`,
    );
  return { id, name };
}

function readInput(input: InputDraft, index: number, { ids, currency, report }: RowContext): Input {
  const at = (key: string) => `inputs.${index}.${key}`;
  const stakeholder = isBlank(input.stakeholder) ? undefined : ids.get(input.stakeholder);
  if (!isBlank(input.stakeholder) && stakeholder === undefined)
    report(at('stakeholder'), 'the stakeholder chosen is no longer in the list; choose another, or none');
  const description =
    requiredText(input.description, at('description'), 'say what is invested, such as "Contract value"', report) ?? '';
  const amount =
    readMoney(
      input.amount,
      at('amount'),
      'amount',
      'an amount in money, 0 or more, such as 50,000',
      currency,
      report,
    ) ?? 0;
  return { ...(stakeholder === undefined ? {} : { stakeholder }), description, amount };
}

function readOutcome(outcome: OutcomeDraft, index: number, { ids, currency, report }: RowContext): Outcome {
  const at = (key: string) => `outcomes.${index}.${key}`;
  const stakeholder = ids.get(outcome.stakeholder) ?? '';
  if (stakeholder === '') report(at('stakeholder'), 'choose the stakeholder who experiences this change');
  const description =
    requiredText(outcome.description, at('description'), 'describe the change, such as "Improved wellbeing"', report) ??
    '';
  const domain = optionalText(outcome.domain);
  const quantity = readNumber(
    outcome.quantity,
    at('quantity'),
    'quantity',
    'how many people, tonnes or hours change, 0 or more',
    report,
  );
  const duration = readWhole(
    outcome.duration,
    at('duration'),
    'duration',
    'a whole number of years, at least 1, such as 3',
    report,
  );
  const startYear = readWhole(
    outcome.startYear,
    at('startYear'),
    'start year',
    'a whole number: 1 for the year of the activity, 2 for the year after',
    report,
    false,
  );
  const proxyValue = readMoney(
    outcome.proxyValue,
    at('proxyValue'),
    'financial proxy',
    'the money value of one unit of change, such as 1,000',
    currency,
    report,
  );
  const priceYear = readWhole(
    outcome.priceYear,
    at('priceYear'),
    'price year',
    'a four-digit year such as 2024',
    report,
    false,
  );
  const shares = {
    deadweight: readShare(outcome.deadweight, at('deadweight'), 'deadweight', report),
    displacement: readShare(outcome.displacement, at('displacement'), 'displacement', report),
    attribution: readShare(outcome.attribution, at('attribution'), 'attribution', report),
    dropOff: readShare(outcome.dropOff, at('dropOff'), 'drop-off', report),
  };
  const proxy = {
    // A placeholder for a value already reported, so the engine's checks look only at the rest.
    value: proxyValue ?? 0,
    ...defined({
      description: optionalText(outcome.proxyDescription),
      source: optionalText(outcome.proxySource),
      year: priceYear,
    }),
  };
  return {
    id: outcome.key,
    stakeholder,
    description,
    ...defined({ indicator: optionalText(outcome.indicator), source: optionalText(outcome.source) }),
    ...(domain === undefined ? {} : { domain: domain.toLowerCase() as Outcome['domain'] }),
    quantity: quantity ?? 0,
    duration: duration ?? 1,
    ...defined({ startYear }),
    proxy,
    ...defined(shares),
  };
}

/** The properties that have a value: the evaluation leaves blank fields out rather than holding undefined. */
function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
