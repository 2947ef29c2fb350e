/**
 * Which impact-map column a header names. Practitioners' templates word their
 * headers differently ("DW", "Deadweight %", "Attribution (%)", "Drop off"),
 * so headers are compared after {@link normalHeader} against these aliases.
 */
export type ImpactMapField =
  | 'stakeholder'
  | 'outcome'
  | 'quantity'
  | 'proxy'
  | 'deadweight'
  | 'displacement'
  | 'attribution'
  | 'dropOff'
  | 'duration'
  | 'startYear';

/** Aliases of each field, already in normal form. The first is the name shown in messages. */
export const HEADER_ALIASES: Readonly<Record<ImpactMapField, readonly string[]>> = {
  stakeholder: ['stakeholder', 'stakeholders', 'stakeholder group', 'who'],
  outcome: ['outcome', 'outcomes', 'outcome description', 'description', 'change', 'well defined outcome'],
  quantity: ['quantity', 'qty', 'units', 'amount of change', 'how much change'],
  proxy: [
    'financial proxy',
    'proxy',
    'proxy value',
    'value of proxy',
    'financial proxy value',
    'value per unit',
    'unit value',
    'value',
  ],
  deadweight: ['deadweight', 'dead weight', 'dw'],
  displacement: ['displacement', 'disp'],
  attribution: ['attribution', 'attr'],
  dropOff: ['drop off', 'dropoff', 'drop off rate', 'do'],
  duration: ['duration', 'duration years', 'years', 'duration of outcome', 'benefit period', 'how long does it last'],
  startYear: ['start year', 'start', 'starts in year', 'first year', 'year starts'],
};

/**
 * A header in normal form: lower case, without anything in brackets, % or
 * currency signs, punctuation read as spaces.
 *
 * @example
 * ```ts
 * normalHeader('Attribution (%)'); //=> 'attribution'
 * normalHeader(' Drop-off % ');    //=> 'drop off'
 * normalHeader('Financial proxy (£)'); //=> 'financial proxy'
 * ```
 */
export function normalHeader(header: unknown): string {
  if (typeof header !== 'string') return '';
  return header
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The field a header names, or undefined for a column the calculation does not
 * use (indicator, source, notes...).
 *
 * @example
 * ```ts
 * fieldOfHeader('Deadweight %'); //=> 'deadweight'
 * fieldOfHeader('DW');           //=> 'deadweight'
 * fieldOfHeader('Indicator');    //=> undefined
 * ```
 */
export function fieldOfHeader(header: unknown): ImpactMapField | undefined {
  const normal = normalHeader(header);
  if (normal === '') return undefined;
  const fields = Object.keys(HEADER_ALIASES) as ImpactMapField[];
  return fields.find((field) => HEADER_ALIASES[field].includes(normal));
}
