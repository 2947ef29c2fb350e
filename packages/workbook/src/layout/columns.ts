/**
 * The columns of each table: the header the writer uses, the other headers a
 * reader accepts (commissioners' own sheets), a width and a prompt shown as a
 * note on the header. Column order here is the order written.
 */

export interface ColumnSpec<Field extends string> {
  readonly field: Field;
  readonly header: string;
  /** Other headers meaning the same, compared after {@link normalizeHeader}. */
  readonly aliases: readonly string[];
  readonly width: number;
  readonly prompt: string;
}

export type ImpactField =
  | 'stakeholder'
  | 'id'
  | 'description'
  | 'indicator'
  | 'source'
  | 'domain'
  | 'quantity'
  | 'duration'
  | 'startYear'
  | 'proxyValue'
  | 'proxyDescription'
  | 'proxySource'
  | 'proxyUnit'
  | 'priceYear'
  | 'deadweight'
  | 'displacement'
  | 'attribution'
  | 'dropOff';

/** The SROI Network value map's columns, one row per outcome (METHOD.md). */
export const IMPACT_COLUMNS: readonly ColumnSpec<ImpactField>[] = [
  {
    field: 'stakeholder',
    header: 'Stakeholder',
    aliases: ['stakeholders', 'stakeholder id', 'stakeholder group', 'who'],
    width: 18,
    prompt: 'Who experiences the change: an ID (or name) from the Stakeholders sheet.',
  },
  {
    field: 'id',
    header: 'Outcome ID',
    aliases: ['id', 'ref', 'reference', 'outcome ref', 'outcome reference', 'outcome key'],
    width: 14,
    prompt: 'A short, unique key for the outcome.',
  },
  {
    field: 'description',
    header: 'Outcome',
    aliases: [
      'outcome description',
      'the outcome',
      'outcomes',
      'description',
      'description of outcome',
      'change',
      'what changes',
      'outcome what changes',
    ],
    width: 34,
    prompt: 'The change, as the stakeholder would describe it.',
  },
  {
    field: 'indicator',
    header: 'Indicator',
    aliases: ['indicators', 'outcome indicator', 'measure'],
    width: 28,
    prompt: 'How the change is measured.',
  },
  {
    field: 'source',
    header: 'Source',
    aliases: ['evidence', 'evidence source', 'source of evidence', 'indicator source', 'data source'],
    width: 24,
    prompt: 'Where the evidence for the quantity comes from.',
  },
  {
    field: 'domain',
    header: 'Domain',
    aliases: ['social value domain', 'theme', 'wellbeing domain'],
    width: 14,
    prompt: "economic, social or environmental (the Social Value Act's three domains).",
  },
  {
    field: 'quantity',
    header: 'Quantity',
    aliases: ['qty', 'number', 'how much change', 'amount of change', 'number of people'],
    width: 11,
    prompt: 'Units of change (people, tonnes, hours), 0 or more.',
  },
  {
    field: 'duration',
    header: 'Duration',
    aliases: ['duration years', 'years', 'length', 'how long', 'benefit period'],
    width: 10,
    prompt: 'Years the outcome lasts: a whole number, at least 1.',
  },
  {
    field: 'startYear',
    header: 'Start year',
    aliases: ['starts in year', 'start', 'first year', 'year starts'],
    width: 10,
    prompt: '1 = starts in the year of the activity, 2 = the year after. Blank = 1.',
  },
  {
    field: 'proxyValue',
    header: 'Proxy value',
    aliases: [
      'value',
      'financial proxy value',
      'value of proxy',
      'proxy',
      'unit value',
      'value per unit',
      'financial value',
    ],
    width: 14,
    prompt: 'Money value of one unit of change; negative for a disbenefit.',
  },
  {
    field: 'proxyDescription',
    header: 'Proxy description',
    aliases: ['financial proxy description', 'description of proxy', 'proxy name'],
    width: 30,
    prompt: 'What the financial proxy is.',
  },
  {
    field: 'proxySource',
    header: 'Proxy source',
    aliases: ['source of proxy', 'value source', 'financial proxy source', 'source of value'],
    width: 30,
    prompt: 'Where the value comes from (report, value bank, calculation).',
  },
  {
    field: 'proxyUnit',
    header: 'Proxy unit',
    aliases: ['unit', 'units', 'per'],
    width: 18,
    prompt: 'The unit valued, e.g. per person per year.',
  },
  {
    field: 'priceYear',
    header: 'Price year',
    aliases: ['proxy year', 'price base year', 'price base'],
    width: 10,
    prompt: 'Price year of the value, e.g. 2024.',
  },
  {
    field: 'deadweight',
    header: 'Deadweight',
    aliases: ['dw', 'dead weight'],
    width: 11,
    prompt: 'Share that would have happened anyway, 0% to 100%.',
  },
  {
    field: 'displacement',
    header: 'Displacement',
    aliases: ['disp', 'displaced'],
    width: 12,
    prompt: 'Share that displaced other outcomes, 0% to 100%.',
  },
  {
    field: 'attribution',
    header: 'Attribution',
    aliases: ['attr', 'attributed to others'],
    width: 11,
    prompt: "Share due to others' contribution, 0% to 100% (deducted).",
  },
  {
    field: 'dropOff',
    header: 'Drop-off',
    aliases: ['drop off', 'dropoff', 'drop-off rate', 'drop off rate'],
    width: 10,
    prompt: 'Share of the outcome lost each year after the first, 0% to 100%.',
  },
];

/**
 * A column the reader accepts and the writer does not write: the code of the
 * catalogue measure an outcome's proxy is taken from. A row may give it
 * instead of a proxy value (or with one, which must then agree); core's
 * `applyCatalogue` fills the value in. ("Measure" alone stays the
 * Indicator's header, as value maps use it.)
 */
export const MEASURE_CODE_COLUMN: ColumnSpec<'proxyMeasure'> = {
  field: 'proxyMeasure',
  header: 'Measure code',
  aliases: [
    'toms code',
    'toms ref',
    'toms reference',
    'national toms code',
    'measure ref',
    'measure reference',
    'measure id',
    'catalogue code',
    'framework code',
  ],
  width: 12,
  prompt: 'A code from the measures catalogue: the proxy value is taken from it (leave Proxy value blank).',
};

/**
 * Headers of computed columns: recognised (so they are not mistaken for
 * data) and never read. Year columns are matched by pattern.
 */
export const COMPUTED_HEADERS = [
  'impact',
  'present value',
  'pv',
  'total',
  'npv',
  'value after drop off',
  'discount factor',
];
export const YEAR_HEADER = /^year\s*\d+$/;

export type InputField = 'stakeholder' | 'description' | 'amount' | 'year';

export const INPUT_COLUMNS: readonly ColumnSpec<InputField>[] = [
  {
    field: 'stakeholder',
    header: 'Stakeholder',
    aliases: ['stakeholder id', 'who', 'investor', 'funder'],
    width: 18,
    prompt: 'Who invests it: an ID (or name) from the Stakeholders sheet; may be blank.',
  },
  {
    field: 'description',
    header: 'Description',
    aliases: ['input', 'inputs', 'item', 'input description', 'what'],
    width: 34,
    prompt: 'What is invested (money, staff time, in-kind).',
  },
  {
    field: 'amount',
    header: 'Amount',
    aliases: ['cost', 'value', 'amount invested', 'investment', 'input value'],
    width: 14,
    prompt: 'The amount, 0 or more.',
  },
  {
    field: 'year',
    header: 'Year',
    aliases: ['spend year', 'year of spend', 'input year'],
    width: 8,
    prompt: '0 (blank) = undiscounted; year t is discounted like outcome values of year t.',
  },
];

export type StakeholderField = 'id' | 'name';

export const STAKEHOLDER_COLUMNS: readonly ColumnSpec<StakeholderField>[] = [
  {
    field: 'id',
    header: 'ID',
    aliases: ['stakeholder id', 'key', 'ref', 'code'],
    width: 18,
    prompt: 'Short, unique key used by the Impact Map and Inputs sheets.',
  },
  {
    field: 'name',
    header: 'Name',
    aliases: ['stakeholder', 'stakeholder name', 'stakeholders', 'description'],
    width: 40,
    prompt: 'The name shown in reports.',
  },
];

export type QuantityByYearField = 'id';

/** Settings, one per row: label in column A, value in column B, help in column C. */
export type SettingField = 'name' | 'currency' | 'kind' | 'timing' | 'discount' | 'rate' | 'reductions';

export interface SettingSpec {
  readonly field: SettingField;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly help: string;
  /** The choices offered in the cell (data validation). */
  readonly choices?: readonly string[];
}

export const SETTINGS_ROWS: readonly SettingSpec[] = [
  {
    field: 'name',
    label: 'Name',
    aliases: ['evaluation', 'evaluation name', 'title', 'project', 'project name'],
    help: "The evaluation's name (required).",
  },
  { field: 'currency', label: 'Currency', aliases: ['currency code'], help: 'ISO 4217 code; blank = GBP.' },
  {
    field: 'kind',
    label: 'Kind',
    aliases: ['type', 'evaluation type', 'forecast or evaluative'],
    help: 'forecast or evaluative; blank = forecast.',
    choices: ['forecast', 'evaluative'],
  },
  {
    field: 'timing',
    label: 'Timing',
    aliases: ['discount timing', 'discounting timing', 'timing of values'],
    help: "end-of-year (blank, as Excel's NPV), start-of-year (year 1 undiscounted) or mid-year.",
    choices: ['end-of-year', 'start-of-year', 'mid-year'],
  },
  {
    field: 'discount',
    label: 'Discount',
    aliases: ['discounting', 'discount schedule', 'discount method'],
    help: 'constant (blank), green-book, green-book-health, or rates (one rate per year in the Rate row of the Discounting sheet).',
    choices: ['constant', 'green-book', 'green-book-health', 'rates'],
  },
  {
    field: 'rate',
    label: 'Discount rate',
    aliases: ['constant rate', 'constant discount rate'],
    help: 'The constant rate; blank = 3.5% (HM Treasury Green Book).',
  },
  {
    field: 'reductions',
    label: 'Reductions',
    aliases: ['reduction', 'reductions mode', 'how reductions combine'],
    help: 'multiplicative (blank) or subtractive: how deadweight, displacement and attribution combine.',
    choices: ['multiplicative', 'subtractive'],
  },
];

/**
 * A header as readers compare it: lower case, without units, brackets, `%`,
 * currency signs or punctuation, spaces collapsed.
 *
 * @example
 * ```ts
 * normalizeHeader('Attribution (%)'); //=> 'attribution'
 * normalizeHeader('  Drop-off % ');   //=> 'drop off'
 * ```
 */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[%£$€?*:#]/g, ' ')
    .replace(/[-_/.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
