/**
 * What each field of the wizard means, in a commissioner's words, with the
 * typical published value where one exists (docs/METHOD.md: a meta-analysis
 * of 383 published SROI reports, and the HM Treasury Green Book). A typical
 * value is a point of comparison, not a default to copy.
 */

export interface Guidance {
  /** The field's name on screen. */
  readonly label: string;
  /** One line: what to enter and why it matters. */
  readonly help: string;
  /** The typical published value, or a sentence saying there is none. */
  readonly typical?: string;
}

const NO_TYPICAL = 'No published typical value: it depends on your service and your evidence.';

/**
 * Guidance by draft property name (`deadweight`, `rate`...), and by choice
 * for the settings that offer choices (`green-book`, `mid-year`...).
 *
 * @example
 * ```ts
 * GUIDANCE['deadweight']?.typical; //=> 'Median 20% in 383 published SROI reports.'
 * ```
 */
export const GUIDANCE: Readonly<Record<string, Guidance>> = {
  // Scope
  name: { label: 'Name', help: 'What the evaluation is called in the workbook and its results.' },
  kind: {
    label: 'Kind',
    help: 'A forecast estimates the value before the service runs; an evaluative SROI uses outcomes measured after it.',
  },
  forecast: { label: 'Forecast', help: 'Before the activity: quantities and values are expected, not measured.' },
  evaluative: { label: 'Evaluative', help: 'After the activity: quantities come from what was measured.' },
  currency: { label: 'Currency', help: 'The three-letter code of the money used, such as GBP, EUR or USD.' },
  period: {
    label: 'First year',
    help: 'What year 1 is called, such as 2024/25 or 2024, so the results can name the years. Optional.',
  },
  timing: {
    label: 'Timing',
    help: 'When in each year the value arises: it sets how much each year is discounted.',
  },
  'end-of-year': {
    label: 'End of year',
    help: "Values arise at the end of each year, so year 1 is discounted once (as Excel's NPV and the value map do).",
  },
  'start-of-year': {
    label: 'Start of year',
    help: 'Values arise at the start of each year, so year 1 is not discounted.',
  },
  'mid-year': { label: 'Mid-year', help: 'Values arise through the year: each year is discounted half a year less.' },
  discount: {
    label: 'Discounting',
    help: 'How future value is weighed against value today: one constant rate, or the Green Book schedule that falls after 30 years.',
  },
  constant: {
    label: 'Constant rate',
    help: 'One rate for every year.',
    typical: 'HM Treasury Green Book rate 3.5%; the median in 383 published SROI reports is also 3.5%.',
  },
  'green-book': {
    label: 'Green Book schedule',
    help: 'The HM Treasury Green Book declining rates: 3.5% for years 1 to 30, 3.0% for 31 to 75, 2.5% for 76 to 125, 2.0% for 126 to 200, 1.5% for 201 to 300, 1.0% beyond.',
  },
  'green-book-health': {
    label: 'Green Book health schedule',
    help: 'The Green Book rates for health effects: 1.5% for years 1 to 30, then 1.29%, 1.07%, 0.86%, 0.64% and 0.43% over the same bands.',
  },
  rate: {
    label: 'Discount rate',
    help: 'The yearly rate for a constant discount, as a percentage such as 3.5%.',
    typical: 'HM Treasury Green Book rate 3.5% (1.5% for health effects); median 3.5% in 383 published SROI reports.',
  },
  reductions: {
    label: 'Reductions',
    help: 'How deadweight, displacement and attribution come off the value: one after another (multiplicative), or all together from the full value (subtractive).',
  },
  multiplicative: {
    label: 'One after another',
    help: 'Value x (1 - deadweight) x (1 - displacement) x (1 - attribution): the usual reading of the value map.',
  },
  subtractive: {
    label: 'All from the full value',
    help: 'Value x (1 - deadweight - displacement - attribution), as some templates do; the three together must stay at or below 100%.',
  },

  // Stakeholders and inputs
  stakeholder: { label: 'Stakeholder', help: 'Who experiences the change, or who invests.' },
  description: { label: 'Description', help: 'In a few words, what this is, as the people involved would say it.' },
  amount: {
    label: 'Amount',
    help: 'What is invested, valued in money: grants, contract value, staff time and in-kind support too.',
  },

  // Outcomes
  indicator: {
    label: 'Indicator',
    help: 'How you will know the change happened, such as a change in a wellbeing score.',
  },
  source: {
    label: 'Source',
    help: 'Where the evidence for the quantity comes from, such as entry and exit questionnaires.',
  },
  domain: {
    label: 'Domain',
    help: "Economic, social or environmental: the Social Value Act's three kinds of wellbeing.",
  },
  quantity: {
    label: 'Quantity',
    help: 'How many units of change: people, tonnes, hours.',
    typical: NO_TYPICAL,
  },
  duration: {
    label: 'Duration',
    help: 'How many years the outcome lasts, a whole number, at least 1.',
    typical: 'No published typical value; durations over 10 years need strong evidence.',
  },
  startYear: {
    label: 'Start year',
    help: '1 if the change starts in the year of the activity, 2 if the year after, and so on.',
  },
  proxyValue: {
    label: 'Financial proxy',
    help: 'The money value of one unit of change, such as the value of improved wellbeing per person per year; negative for a harm.',
    typical: NO_TYPICAL,
  },
  proxyDescription: { label: 'Proxy description', help: 'What the value stands for.' },
  proxySource: {
    label: 'Proxy source',
    help: 'Where the value comes from: a report, a value bank, your own calculation.',
  },
  priceYear: { label: 'Price year', help: 'The year whose prices the value is in, such as 2024.' },
  deadweight: {
    label: 'Deadweight',
    help: 'The share of the change that would have happened anyway, without the service.',
    typical: 'Median 20% in 383 published SROI reports.',
  },
  displacement: {
    label: 'Displacement',
    help: 'The share of the change that only moved a problem or a benefit elsewhere.',
    typical: NO_TYPICAL,
  },
  attribution: {
    label: 'Attribution',
    help: "The share of the change due to other people's or organisations' work; it is taken off.",
    typical: 'Median 25.5% in 383 published SROI reports.',
  },
  dropOff: {
    label: 'Drop-off',
    help: 'The share of the change lost each year after the first, as its effect fades.',
    typical: 'Median 21.5% a year in 383 published SROI reports.',
  },
};
