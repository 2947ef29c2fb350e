import {
  COMPUTED_HEADERS,
  IMPACT_COLUMNS,
  INPUT_COLUMNS,
  MEASURE_CODE_COLUMN,
  normalizeHeader,
  STAKEHOLDER_COLUMNS,
  YEAR_HEADER,
  type ColumnSpec,
} from '../layout/columns.js';

/**
 * Header recognition: which field a header names. Practitioners write headers
 * as a label, a label and a question ("Quantity\nHow much change was there?",
 * "Value £ What is the value of the change?") or the question alone, as the
 * SROI Network value map does; commissioners use their own words ("Number of
 * people", "Value per person (£)"). A header is matched exactly after
 * {@link normalizeHeader}, or by the label before its question; never by a
 * loose prefix, so "Value for money score" is not a proxy value.
 */

/**
 * Fields that only a reader meets: the value map's Inputs columns in the
 * impact map's own table, its "Intended/unintended changes" (an outcome's
 * description where there is no other), and columns recognised so that they
 * are not mistaken for data, but not read: the value map's Outputs, and the
 * sheet's own Impact (checked against the engine).
 */
export type ReaderOnlyField = 'inputDescription' | 'inputAmount' | 'change' | 'output' | 'impact' | 'computed';

/** Headers the value map and commissioners' own sheets use, beyond each column's aliases. */
const IMPACT_EXTRA: Readonly<Record<string, readonly string[]>> = {
  stakeholder: [
    'who do we have an effect on',
    'who do we have an effect on who has an effect on us',
    'stakeholder name',
    'client group',
    'beneficiary group',
    'service users',
  ],
  description: ['well defined outcome', 'how would the stakeholder describe the changes', 'outcome what changes'],
  indicator: ['how would we measure it'],
  source: ['where did we get the information from'],
  quantity: [
    'participants',
    'number of participants',
    'number of people',
    'no of people',
    'number of beneficiaries',
    'people',
    'count',
    'how much change was there',
    'quantity of change',
  ],
  duration: [
    'years it lasts',
    'how long does it last',
    'duration of outcome',
    'years of benefit',
    'length of benefit',
    'lifetime',
    'duration in years',
    'years benefit lasts',
    'years the benefit lasts',
    'years the outcome lasts',
  ],
  startYear: [
    'outcomes start',
    'outcome starts',
    'outcome start',
    'when does it start',
    'does it start during or after activity',
    'does it start during or after the activity',
  ],
  proxyValue: [
    'value per person',
    'value per participant',
    'value per head',
    'unit cost',
    'monetary value',
    'value of the change',
    'what is the value of the change',
  ],
  proxyDescription: ['what proxy would we use to value the change'],
  deadweight: [
    'what would have happened without the activity',
    'would have happened anyway',
    'would have happened without the service',
    'would have happened without the activity',
  ],
  displacement: ['what activity would we displace', 'displaced elsewhere'],
  attribution: [
    'who else would contribute to the change',
    'due to others',
    'attributable to others',
    'due to other services',
  ],
  dropOff: [
    'does the outcome drop off in future years',
    'drop off %',
    'reduction each year',
    'reduction per year',
    'annual reduction',
    'decline each year',
  ],
};

const READER_ONLY: Readonly<Record<ReaderOnlyField, readonly string[]>> = {
  inputDescription: ['inputs', 'input', 'what do they invest', 'input description', 'description of input'],
  inputAmount: [
    'input value',
    'value of inputs',
    'inputs value',
    'cost',
    'costs',
    'budget',
    'investment',
    'amount invested',
  ],
  change: ['intended unintended changes', 'intended changes', 'what do we think will change for them', 'changes'],
  output: ['outputs', 'output', 'summary of activity in numbers', 'activity'],
  impact: [
    'impact',
    'impact £',
    'total impact',
    'quantity times financial proxy less deadweight displacement and attribution',
  ],
  computed: COMPUTED_HEADERS.filter((header) => header !== 'impact'),
};

/** Headers that mean different things by where they stand: decided by {@link resolveInContext}. */
export type Contextual = 'description' | 'value' | 'financial proxy' | 'source' | 'units';
const CONTEXTUAL = new Set<string>(['description', 'value', 'financial proxy', 'source', 'unit', 'units']);

export type ImpactHeaderField = string;

function table(extra: Readonly<Record<string, readonly string[]>>, ...lists: readonly ColumnSpec<string>[][]) {
  const map = new Map<string, string>();
  for (const columns of lists) {
    for (const column of columns) {
      for (const name of [column.header, ...column.aliases]) map.set(normalizeHeader(name), column.field);
    }
  }
  for (const [field, names] of Object.entries(extra)) for (const name of names) map.set(normalizeHeader(name), field);
  return map;
}

const IMPACT = table({ ...IMPACT_EXTRA, ...READER_ONLY }, [...IMPACT_COLUMNS, MEASURE_CODE_COLUMN]);
for (const word of CONTEXTUAL) IMPACT.delete(word);
// Exact impact-map words win over the Inputs table's (a "Value" in the map is the proxy's).
const INPUTS = table(
  {
    amount: ['cost', 'costs', 'budget', 'value £'],
    computed: [...COMPUTED_HEADERS, 'discount factor', 'present value'],
  },
  [...INPUT_COLUMNS],
);
const STAKEHOLDERS = table({}, [...STAKEHOLDER_COLUMNS]);

/** Words that start a practitioner's question after a label: "Value £ What is the value…". */
const QUESTION = /^(how|what|who|whom|where|when|which|why|does|did|do|is|are|would|will|can)\b/;

/**
 * A header cell's label, in normal form: the text before its question or
 * note ("Quantity: How much…", "Duration\nHow long…", "Deadweight % (what would…)").
 *
 * @example
 * ```ts
 * headerLabel('Quantity\nHow much change was there?'); //=> 'quantity'
 * headerLabel('Value £ What is the value of the change?'); //=> 'value'
 * ```
 */
export function headerLabels(text: string): string[] {
  // The template's questions are asked as "you" in some editions and "we" in others.
  const whole = weForYou(normalizeHeader(text));
  const labels = [whole];
  const head = text.split(/[\n\r:?]|\s[-–—]\s/)[0] ?? '';
  const normalHead = weForYou(normalizeHeader(head));
  if (normalHead !== '' && normalHead !== whole) labels.push(normalHead);
  // "Value £ What is the value of the change?": a label, then a question.
  const words = whole.split(' ');
  for (let cut = 1; cut < words.length && cut <= 4; cut += 1) {
    if (QUESTION.test(words.slice(cut).join(' '))) {
      labels.push(words.slice(0, cut).join(' '));
      break;
    }
  }
  // The question alone ("Who do we have an effect on? Who has an effect on us?"): its first question.
  const firstQuestion = weForYou(normalizeHeader(`${text.split('?')[0] ?? ''}`));
  if (firstQuestion !== '' && !labels.includes(firstQuestion)) labels.push(firstQuestion);
  return labels;
}

function weForYou(label: string): string {
  return label.replace(/\byou\b/g, 'we').replace(/\byour\b/g, 'our');
}

export type TableKind = 'impactMap' | 'inputs' | 'stakeholders';

/**
 * The field one header names in a kind of table: a field name, a contextual
 * word (`'value'`, `'description'`…) left for {@link resolveInContext}, or
 * undefined.
 */
export function fieldOfHeader(text: string, kind: TableKind): string | undefined {
  const map = kind === 'impactMap' ? IMPACT : kind === 'inputs' ? INPUTS : STAKEHOLDERS;
  for (const label of headerLabels(text)) {
    if (kind === 'impactMap' && CONTEXTUAL.has(label)) return label === 'unit' ? 'units' : label;
    if (kind !== 'stakeholders' && YEAR_HEADER.test(label)) return 'computed';
    const field = map.get(label);
    if (field !== undefined) return field;
  }
  return undefined;
}

/** Which part of a value map a column sits under, from its group header. */
export type Group = 'inputs' | 'outcomes' | 'outputs' | 'other';

/**
 * The group a group-header label names.
 *
 * @example
 * ```ts
 * groupOf('The Outcomes (what changes)'); //=> 'outcomes'
 * groupOf('Inputs');                      //=> 'inputs'
 * ```
 */
export function groupOf(text: string): Group {
  const label = normalizeHeader(text);
  if (/^(inputs?|what do they invest)\b/.test(label)) return 'inputs';
  if (/^(outputs?)\b/.test(label)) return 'outputs';
  if (/^(the )?outcomes?\b/.test(label)) return 'outcomes';
  return 'other';
}

/** Normalised headers a reader knows, for telling a header row from data. */
export function isKnownHeader(text: string): boolean {
  return (
    fieldOfHeader(text, 'impactMap') !== undefined ||
    fieldOfHeader(text, 'inputs') !== undefined ||
    fieldOfHeader(text, 'stakeholders') !== undefined ||
    groupOf(text) !== 'other' ||
    /^stage \d/.test(normalizeHeader(text))
  );
}

const MONEY_FIELDS = new Set(['proxyValue', 'inputAmount', 'amount']);
const YEAR_FIELDS = new Set(['duration', 'startYear']);
const SHARE_FIELDS = new Set(['deadweight', 'displacement', 'attribution', 'dropOff']);

/**
 * A unit a header states that sroi does not read: money in thousands, a
 * duration in months, a value per week, a quantity as a percentage. Headers
 * are otherwise compared without their brackets, so the unit would be lost
 * and every figure read wrong by its factor: the column is refused instead.
 *
 * @returns why the column cannot be read as it stands, or null
 *
 * @example
 * ```ts
 * unitProblem('Cost (£000)', 'inputAmount'); //=> 'the header says the amounts are in thousands (£000); …'
 * unitProblem('Value £', 'proxyValue');     //=> null
 * ```
 */
export function unitProblem(header: string, field: string): string | null {
  const text = header.toLowerCase();
  if (MONEY_FIELDS.has(field)) {
    if (/£\s*'?0{3}\b|\b0{3}s\b|£\s*k\b|\(k\)|\bthousands?\b|£\s*m\b|£\s*bn\b|\bmillions?\b/.test(text))
      return 'the header says the amounts are in thousands or millions; sroi reads whole amounts (pounds): convert the column, e.g. 35 (£000) is 35000';
    if (/\bper\s+(week|month|day|fortnight|quarter)\b|\b(weekly|monthly|daily|quarterly)\b/.test(text))
      return 'the header says the value is per week, month or day; sroi values a year of each outcome: give the value per year';
    if (field === 'proxyValue' && /\btotal\b/.test(text))
      return 'the header says the value is a total; the proxy value is the value of one unit of change (per person), which sroi multiplies by the quantity';
  }
  if (SHARE_FIELDS.has(field) && /\b(our share|due to us|remaining|additional|retained|kept|left|to us)\b/.test(text))
    return 'the header says the share is the part that is kept; sroi deducts the share it names (deadweight, attribution…): give the part deducted, e.g. 90% ours is 10% attribution';
  if (YEAR_FIELDS.has(field) && /\b(months?|weeks?|days?|quarters?)\b/.test(text))
    return 'the header says the figures are months, weeks or days; sroi counts whole years: give the duration in years';
  if (field === 'quantity' && /%|percent/.test(text))
    return 'the header says the quantity is a percentage; the quantity is a number of people (or other units): give the number';
  return null;
}
