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
    ['measure code', 'ref', 'reference', 'id'],
    10,
    'A short unique code that bids and contracts use, e.g. EMP-1.',
  ),
  column('domain', 'Domain', ['pillar'], 14, 'Economic, social or environmental.'),
  column('theme', 'Theme', [], 18, 'The theme the measure belongs to, e.g. Jobs.'),
  column('outcome', 'Outcome', ['outcomes'], 28, 'The change the measure stands for.'),
  column('measure', 'Measure', ['measure description', 'description', 'what is counted'], 34, 'What is counted.'),
  column('unit', 'Unit', ['units', 'unit of measure'], 16, 'One unit of the measure, e.g. person-year or tonne CO2e.'),
  column(
    'proxy',
    'Proxy value',
    ['proxy', 'value', 'financial proxy', 'value per unit', 'unit value'],
    14,
    'Money value of one unit, in the price year\u2019s prices.',
  ),
  column('priceYear', 'Price year', ['year', 'prices', 'price base'], 10, 'The year whose prices the proxy is in.'),
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
  column('price', 'Price', ['bid price', 'contract price', 'total price', 'cost'], 14, 'The bid price, above 0.'),
  column(
    'quality',
    'Quality score',
    ['quality', 'quality (0-100)', 'technical score'],
    12,
    'The panel\u2019s quality score, 0 to 100.',
  ),
  column(
    'socialValue',
    'Social value offer',
    ['social value', 'social value (money)', 'sv offer', 'monetised social value'],
    16,
    'The social value offered, in money. Leave empty when the bid commits to measures instead.',
  ),
  column(
    'socialValueScore',
    'Social value score',
    ['sv score', 'social value (0-100)', 'qualitative social value'],
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
  column('period', 'Period', ['quarter', 'month', 'reporting period'], 12, 'The reporting period, e.g. 2025 Q1.'),
  column('code', 'Measure code', ['code', 'measure'], 12, 'A code from the Measures sheet.'),
  column(
    'quantity',
    'Quantity',
    ['delivered', 'delivered quantity', 'amount'],
    12,
    'Units delivered in the period, 0 or more.',
  ),
];

/** The Tender sheet's labelled rows (label in column A, value in column B). */
export const TENDER_ROWS = [
  { field: 'name', label: 'Tender' },
  { field: 'currency', label: 'Currency' },
  { field: 'priceWeight', label: 'Price weight (%)' },
  { field: 'qualityWeight', label: 'Quality weight (%)' },
  { field: 'socialValueWeight', label: 'Social value weight (%)' },
  { field: 'priceMethod', label: 'Price method' },
  { field: 'socialValueMethod', label: 'Social value method' },
  { field: 'monetisedSplit', label: 'Monetised share of social value (%)' },
  { field: 'qualitativeSplit', label: 'Qualitative share of social value (%)' },
  { field: 'priceYear', label: 'Price year' },
] as const;

/** The Contract sheet's labelled rows. */
export const CONTRACT_ROWS = [
  { field: 'name', label: 'Contract' },
  { field: 'supplier', label: 'Supplier' },
  { field: 'priceYear', label: 'Price year' },
] as const;

/** The Price Index sheet's labelled rows above its Year/Index table. */
export const INDEX_ROWS = [
  { field: 'name', label: 'Index' },
  { field: 'source', label: 'Source' },
] as const;
