import type { ColumnSpec } from '../layout/columns.js';

/**
 * The procurement sheets: sheet names and columns shared by the readers
 * (`read/`) and writers (`write/`), so that what is written reads back.
 * Column order here is the order written; aliases are other headers a reader
 * accepts (commissioners' own sheets), compared after `normalizeHeader`.
 */
export const PROCUREMENT_SHEETS = {
  measures: 'Measures',
  priceIndex: 'Price Index',
  tender: 'Tender',
  bids: 'Bids',
  commitments: 'Commitments',
  scores: 'Scores',
  contract: 'Contract',
  deliveries: 'Deliveries',
  monitoring: 'Monitoring',
} as const;

export type MeasureField =
  | 'code'
  | 'domain'
  | 'theme'
  | 'outcome'
  | 'measure'
  | 'unit'
  | 'proxy'
  | 'priceYear'
  | 'source'
  | 'licence'
  | 'objective'
  | 'target';

const column = <Field extends string>(
  field: Field,
  header: string,
  aliases: readonly string[],
  width: number,
  prompt: string,
): ColumnSpec<Field> => ({ field, header, aliases, width, prompt });

/** A measures framework, one row per measure (National TOMs style). */
export const MEASURE_COLUMNS: readonly ColumnSpec<MeasureField>[] = [
  column(
    'code',
    'Code',
    ['measure code', 'ref', 'reference', 'id', 'measure ref', 'measure reference', 'toms ref', 'toms code', 'ref no'],
    10,
    'A short unique code that bids and contracts use, e.g. EMP-1.',
  ),
  column(
    'domain',
    'Domain',
    ['pillar', 'social value domain', 'wellbeing domain'],
    14,
    'Economic, social or environmental.',
  ),
  column('theme', 'Theme', ['themes'], 18, 'The theme the measure belongs to, e.g. Jobs.'),
  column('outcome', 'Outcome', ['outcomes'], 28, 'The change the measure stands for.'),
  column(
    'measure',
    'Measure',
    ['measures', 'measure description', 'description', 'what is counted', 'measure name'],
    34,
    'What is counted.',
  ),
  column(
    'unit',
    'Unit',
    ['units', 'unit of measure', 'unit of measurement'],
    16,
    'One unit of the measure, e.g. person-year or tonne CO2e.',
  ),
  column(
    'proxy',
    'Proxy value',
    [
      'proxy',
      'value',
      'financial proxy',
      'value per unit',
      'unit value',
      'proxy values',
      'proxy value per unit',
      'financial proxy value',
    ],
    14,
    'Money value of one unit, in the price year\u2019s prices.',
  ),
  column(
    'priceYear',
    'Price year',
    ['year', 'prices', 'price base', 'price base year', 'proxy year', 'base year'],
    10,
    'The year whose prices the proxy is in.',
  ),
  column('source', 'Source', ['proxy source', 'evidence'], 30, 'Where the value comes from, or Illustrative.'),
  column(
    'licence',
    'Licence',
    ['license', 'licence note', 'terms'],
    20,
    'Licence terms of the value, when they restrict use.',
  ),
  column('objective', 'Objective', ['local objective', 'our objective'], 24, 'Your own objective the measure serves.'),
  column('target', 'Target', ['local target'], 10, 'Your target quantity for the measure.'),
];

export type IndexField = 'year' | 'index';

/** A price index, one row per year. */
export const INDEX_COLUMNS: readonly ColumnSpec<IndexField>[] = [
  column('year', 'Year', ['financial year', 'calendar year'], 10, 'A year, e.g. 2024.'),
  column(
    'index',
    'Index',
    ['index value', 'deflator', 'gdp deflator', 'value'],
    12,
    'The index for the year; only ratios between years matter.',
  ),
];

export type BidField = 'bidder' | 'price' | 'quality' | 'socialValue' | 'socialValueScore';

/** One row per bid. */
export const BID_COLUMNS: readonly ColumnSpec<BidField>[] = [
  column(
    'bidder',
    'Bidder',
    ['supplier', 'bidder name', 'tenderer', 'organisation'],
    22,
    'The bidder\u2019s name, once per tender.',
  ),
  column(
    'price',
    'Price',
    [
      'bid price',
      'contract price',
      'total price',
      'cost',
      'total cost',
      'tender price',
      'total bid price',
      'bid amount',
      'price offered',
    ],
    14,
    'The bid price, above 0.',
  ),
  column(
    'quality',
    'Quality score',
    [
      'quality',
      'quality (0-100)',
      'technical score',
      'quality score out of 100',
      'quality mark',
      'technical quality score',
      'quality evaluation score',
    ],
    12,
    'The panel\u2019s quality score, 0 to 100.',
  ),
  column(
    'socialValue',
    'Social value offer',
    [
      'social value',
      'social value (money)',
      'sv offer',
      'monetised social value',
      'sv',
      'social value offered',
      'social value offer value',
      'toms value',
      'social value toms',
      'sv value',
    ],
    16,
    'The social value offered, in money. Leave empty when the bid commits to measures instead.',
  ),
  column(
    'socialValueScore',
    'Social value score',
    ['sv score', 'social value score (0-100)', 'social value panel score', 'qualitative social value'],
    12,
    'The panel\u2019s score of the social value offer, 0 to 100 (qualitative or both methods).',
  ),
];

export type CommitmentField = 'bidder' | 'code' | 'quantity';

/** One row per commitment: a bid's (in a tender) or the contract's (in monitoring, without Bidder). */
export const COMMITMENT_COLUMNS: readonly ColumnSpec<CommitmentField>[] = [
  column('bidder', 'Bidder', ['supplier', 'tenderer'], 22, 'The bidder making the commitment (tenders only).'),
  column('code', 'Measure code', ['code', 'measure'], 12, 'A code from the Measures sheet.'),
  column('quantity', 'Quantity', ['committed', 'committed quantity', 'amount'], 12, 'Units of the measure, 0 or more.'),
];

export type DeliveryField = 'period' | 'code' | 'quantity';

/** One row per measure delivered in a reporting period. */
export const DELIVERY_COLUMNS: readonly ColumnSpec<DeliveryField>[] = [
  column(
    'period',
    'Period',
    ['quarter', 'month', 'reporting period', 'reporting quarter', 'period ending', 'quarter ending', 'date'],
    12,
    'The reporting period, e.g. 2025 Q1.',
  ),
  column('code', 'Measure code', ['code', 'measure'], 12, 'A code from the Measures sheet.'),
  column(
    'quantity',
    'Quantity',
    ['delivered', 'delivered quantity', 'amount'],
    12,
    'Units delivered in the period, 0 or more.',
  ),
];

/**
 * The Tender sheet's labelled rows (label in column A, value in column B).
 * Aliases are other labels a reader accepts, compared after `normalizeHeader`.
 */
export const TENDER_ROWS = [
  { field: 'name', label: 'Tender', aliases: ['tender name', 'tender title', 'procurement'] },
  { field: 'currency', label: 'Currency', aliases: ['currency code'] },
  { field: 'priceWeight', label: 'Price weight (%)', aliases: ['price weighting', 'weight of price'] },
  {
    field: 'qualityWeight',
    label: 'Quality weight (%)',
    aliases: ['quality weighting', 'weight of quality', 'technical weight'],
  },
  {
    field: 'socialValueWeight',
    label: 'Social value weight (%)',
    aliases: ['social value weighting', 'weight of social value', 'sv weight'],
  },
  { field: 'priceMethod', label: 'Price method', aliases: ['price scoring', 'price scoring method'] },
  {
    field: 'socialValueMethod',
    label: 'Social value method',
    aliases: ['social value scoring', 'social value scoring method', 'sv method'],
  },
  {
    field: 'monetisedSplit',
    label: 'Monetised share of social value (%)',
    aliases: ['monetised share', 'monetised split', 'monetized share', 'monetized share of social value'],
  },
  {
    field: 'qualitativeSplit',
    label: 'Qualitative share of social value (%)',
    aliases: ['qualitative share', 'qualitative split'],
  },
  { field: 'priceYear', label: 'Price year', aliases: ['price base', 'price base year'] },
] as const;

/** The Contract sheet's labelled rows. */
export const CONTRACT_ROWS = [
  { field: 'name', label: 'Contract', aliases: ['contract name', 'contract title'] },
  { field: 'supplier', label: 'Supplier', aliases: ['supplier name', 'provider', 'contractor'] },
  { field: 'priceYear', label: 'Price year', aliases: ['price base', 'price base year'] },
] as const;

/** The Price Index sheet's labelled rows above its Year/Index table. */
export const INDEX_ROWS = [
  { field: 'name', label: 'Index', aliases: ['index name', 'price index', 'deflator'] },
  { field: 'source', label: 'Source', aliases: ['index source', 'published by'] },
] as const;

/** The Measures sheet's labelled rows above its table (all optional: the name defaults to the sheet's or file's). */
export const CATALOGUE_ROWS = [
  {
    field: 'name',
    label: 'Catalogue',
    aliases: ['framework', 'catalogue name', 'framework name', 'measures framework', 'social value framework'],
  },
  { field: 'currency', label: 'Currency', aliases: ['currency code'] },
  { field: 'licence', label: 'Licence', aliases: ['license', 'licence terms', 'terms of use'] },
] as const;

/** A labelled row: a label in one cell, its value in the next. */
export interface LabelledRow<Field extends string = string> {
  readonly field: Field;
  readonly label: string;
  readonly aliases: readonly string[];
}
