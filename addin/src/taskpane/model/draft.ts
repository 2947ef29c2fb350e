/**
 * An evaluation as the new-evaluation wizard holds it: every field a string,
 * exactly as the commissioner typed it ("20%", "£1,000", ""), and every choice
 * as its literal. `checkDraft` turns it into an `Evaluation` and says what is
 * wrong; nothing here parses or judges.
 */
import type { DecimalLike } from '@sroi/core';
import { TEMPLATE_EXAMPLE } from '@sroi/workbook';

export type DiscountChoice = 'constant' | 'green-book' | 'green-book-health';

/** The evaluation's settings. */
export interface ScopeDraft {
  readonly name: string;
  readonly kind: 'forecast' | 'evaluative';
  /** An ISO 4217 code such as GBP; blank means GBP. */
  readonly currency: string;
  readonly timing: 'end-of-year' | 'start-of-year' | 'mid-year';
  readonly discount: DiscountChoice;
  /** The constant rate, "3.5%" or "0.035"; blank means 3.5%. Used when `discount` is `constant`. */
  readonly rate: string;
  readonly reductions: 'multiplicative' | 'subtractive';
  /** What the first year is called, e.g. "2024/25" or "2024" (optional; labels the years of the results). */
  readonly period: string;
}

export interface StakeholderDraft {
  /** Stable key the inputs and outcomes refer to; never shown. */
  readonly key: string;
  readonly name: string;
}

export interface InputDraft {
  readonly key: string;
  /** The key of the stakeholder who invests it, or "" for none. */
  readonly stakeholder: string;
  readonly description: string;
  readonly amount: string;
}

export interface OutcomeDraft {
  /** Stable key, also the outcome's ID on the impact map. */
  readonly key: string;
  /** The key of the stakeholder who experiences the change. */
  readonly stakeholder: string;
  readonly description: string;
  readonly indicator: string;
  readonly source: string;
  /** '', 'economic', 'social' or 'environmental'. */
  readonly domain: string;
  readonly quantity: string;
  readonly duration: string;
  readonly startYear: string;
  readonly proxyValue: string;
  readonly proxyDescription: string;
  readonly proxySource: string;
  readonly priceYear: string;
  readonly deadweight: string;
  readonly displacement: string;
  readonly attribution: string;
  readonly dropOff: string;
}

export interface EvaluationDraft {
  readonly scope: ScopeDraft;
  readonly stakeholders: readonly StakeholderDraft[];
  readonly inputs: readonly InputDraft[];
  readonly outcomes: readonly OutcomeDraft[];
}

/** The rows of a draft, by the name used in field ids (`outcomes.2.deadweight`). */
export type DraftRows = 'stakeholders' | 'inputs' | 'outcomes';

/**
 * A draft with nothing filled in but the usual settings: a forecast in GBP,
 * end-of-year timing, a constant 3.5% (HM Treasury Green Book), multiplicative reductions.
 *
 * @example
 * ```ts
 * emptyDraft().scope.rate; //=> '3.5%'
 * ```
 */
export function emptyDraft(): EvaluationDraft {
  return {
    scope: {
      name: '',
      kind: 'forecast',
      currency: 'GBP',
      timing: 'end-of-year',
      discount: 'constant',
      rate: '3.5%',
      reductions: 'multiplicative',
      period: '',
    },
    stakeholders: [],
    inputs: [],
    outcomes: [],
  };
}

/**
 * The template's example (METHOD.md's worked check) as a draft: two
 * stakeholders, a £50,000 contract, one wellbeing outcome for 100 people.
 *
 * @example
 * ```ts
 * exampleDraft().outcomes[0]?.deadweight; //=> '20%'
 * ```
 */
export function exampleDraft(): EvaluationDraft {
  const example = TEMPLATE_EXAMPLE;
  const stakeholderKey = (id: string | undefined) =>
    id === undefined ? '' : `stakeholder-${example.stakeholders.findIndex((s) => s.id === id) + 1}`;
  return {
    scope: { ...emptyDraft().scope, name: example.name, period: '2024/25' },
    stakeholders: example.stakeholders.map((stakeholder, index) => ({
      key: `stakeholder-${index + 1}`,
      name: stakeholder.name,
    })),
    inputs: example.inputs.map((input, index) => ({
      key: `input-${index + 1}`,
      stakeholder: stakeholderKey(input.stakeholder),
      description: input.description,
      amount: String(input.amount),
    })),
    outcomes: example.outcomes.map((outcome, index) => ({
      key: `outcome-${index + 1}`,
      stakeholder: stakeholderKey(outcome.stakeholder),
      description: outcome.description,
      indicator: outcome.indicator ?? '',
      source: outcome.source ?? '',
      domain: outcome.domain ?? '',
      quantity: String(outcome.quantity ?? ''),
      duration: String(outcome.duration),
      startYear: String(outcome.startYear ?? 1),
      proxyValue: String(outcome.proxy.value),
      proxyDescription: outcome.proxy.description ?? '',
      proxySource: outcome.proxy.source ?? '',
      priceYear: outcome.proxy.year === undefined ? '' : String(outcome.proxy.year),
      deadweight: percentText(outcome.deadweight),
      displacement: percentText(outcome.displacement),
      attribution: percentText(outcome.attribution),
      dropOff: percentText(outcome.dropOff),
    })),
  };
}

/** 0.255 as "25.5%", as a commissioner types it. */
function percentText(value: DecimalLike | undefined): string {
  if (value === undefined) return '';
  return `${Number((Number(value) * 100).toPrecision(12))}%`;
}

/** The next unused key with a prefix: `outcome-4` after `outcome-1..3`, never reusing a deleted row's key. */
function nextKey(prefix: string, rows: readonly { readonly key: string }[]): string {
  let highest = 0;
  for (const row of rows) {
    const match = new RegExp(`^${prefix}-(\\d+)$`).exec(row.key);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${highest + 1}`;
}

/**
 * A blank stakeholder with a key no row of the draft has.
 *
 * @example
 * ```ts
 * newStakeholder(exampleDraft()).key; //=> 'stakeholder-3'
 * ```
 */
export function newStakeholder(draft: EvaluationDraft): StakeholderDraft {
  return { key: nextKey('stakeholder', draft.stakeholders), name: '' };
}

/** A blank input with a new key, invested by no stakeholder until one is chosen (an input's stakeholder is optional). */
export function newInput(draft: EvaluationDraft): InputDraft {
  return { key: nextKey('input', draft.inputs), stakeholder: '', description: '', amount: '' };
}

/**
 * A blank outcome with a new key, for the first stakeholder, starting in year 1,
 * with the reductions blank (0%) until the commissioner fills them in.
 */
export function newOutcome(draft: EvaluationDraft): OutcomeDraft {
  return {
    key: nextKey('outcome', draft.outcomes),
    stakeholder: draft.stakeholders[0]?.key ?? '',
    description: '',
    indicator: '',
    source: '',
    domain: '',
    quantity: '',
    duration: '1',
    startYear: '1',
    proxyValue: '',
    proxyDescription: '',
    proxySource: '',
    priceYear: '',
    deadweight: '',
    displacement: '',
    attribution: '',
    dropOff: '',
  };
}

/**
 * The draft with one field changed, by its field id (`scope.rate`,
 * `outcomes.2.deadweight`); the draft itself is left unchanged. An id that
 * names no field returns the draft as it was.
 *
 * @example
 * ```ts
 * setField(draft, 'outcomes.0.deadweight', '25%').outcomes[0]?.deadweight; //=> '25%'
 * ```
 */
export function setField(draft: EvaluationDraft, field: string, value: string): EvaluationDraft {
  const [part, index, key] = field.split('.');
  if (part === 'scope' && index !== undefined && key === undefined) {
    if (!(index in draft.scope)) return draft;
    return { ...draft, scope: { ...draft.scope, [index]: value } };
  }
  if ((part === 'stakeholders' || part === 'inputs' || part === 'outcomes') && key !== undefined) {
    const rows = draft[part] as unknown as readonly Record<string, string>[];
    const row = rows[Number(index)];
    if (row === undefined || !(key in row) || key === 'key') return draft;
    return { ...draft, [part]: rows.map((r, i) => (i === Number(index) ? { ...r, [key]: value } : r)) };
  }
  return draft;
}

/** The draft with a row added at the end. */
export function addRow<R extends DraftRows>(
  draft: EvaluationDraft,
  rows: R,
  row: EvaluationDraft[R][number],
): EvaluationDraft {
  return { ...draft, [rows]: [...draft[rows], row] };
}

/** The draft without the row at `index`. */
export function removeRow(draft: EvaluationDraft, rows: DraftRows, index: number): EvaluationDraft {
  return { ...draft, [rows]: draft[rows].filter((_, i) => i !== index) };
}
