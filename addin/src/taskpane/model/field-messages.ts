/**
 * Where a message belongs in the wizard: a field id (`outcomes.2.deadweight`)
 * and the step that shows the field. Core's paths (`outcomes[2].proxy.value`)
 * are mapped to the draft's field ids here, in one place.
 */

/** The wizard's steps, in order. */
export type WizardStep = 'scope' | 'stakeholders' | 'inputs' | 'outcomes' | 'impact' | 'review';

/** A problem or a warning about one field of a draft. */
export interface FieldMessage {
  readonly step: WizardStep;
  /**
   * `scope.<key>`, `stakeholders.<i>.<key>`, `inputs.<i>.<key>`, `outcomes.<i>.<key>`
   * (key: the draft's property name); `stakeholders`, `inputs` or `outcomes` for the
   * list as a whole; `''` for the evaluation as a whole.
   */
  readonly field: string;
  readonly message: string;
}

/** The impact step's fields: the reductions and the drop-off. */
const IMPACT_FIELDS = new Set(['deadweight', 'displacement', 'attribution', 'dropOff']);

/**
 * The step that shows a field.
 *
 * @example
 * ```ts
 * stepOf('outcomes.2.deadweight'); //=> 'impact'
 * stepOf('outcomes.2.quantity');   //=> 'outcomes'
 * ```
 */
export function stepOf(field: string): WizardStep {
  const [part, , key] = field.split('.');
  if (part === 'scope' || part === 'stakeholders' || part === 'inputs') return part;
  if (part === 'outcomes') return key !== undefined && IMPACT_FIELDS.has(key) ? 'impact' : 'outcomes';
  return 'review';
}

/** How a row is named in a message: "Outcome 3". */
export function rowName(field: string): string | null {
  const match = /^(stakeholders|inputs|outcomes)\.(\d+)/.exec(field);
  if (match === null) return null;
  const noun = { stakeholders: 'Stakeholder', inputs: 'Input', outcomes: 'Outcome' }[match[1] as string];
  return `${noun} ${Number(match[2]) + 1}`;
}

/** A message for a field, starting with the row it is on ("Outcome 3: ..."). */
export function fieldMessage(field: string, message: string): FieldMessage {
  const row = rowName(field);
  return { step: stepOf(field), field, message: row === null ? capitalise(message) : `${row}: ${message}` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PROXY_FIELDS: Readonly<Record<string, string>> = {
  value: 'proxyValue',
  description: 'proxyDescription',
  source: 'proxySource',
  unit: 'proxyDescription',
  year: 'priceYear',
};

/**
 * The draft field of a core path.
 *
 * @example
 * ```ts
 * fieldOfPath('outcomes[2].proxy.value'); //=> 'outcomes.2.proxyValue'
 * fieldOfPath('discount.rate');           //=> 'scope.rate'
 * fieldOfPath('outcomes[1]');             //=> 'outcomes.1.deadweight' (the subtractive sum of the reductions)
 * ```
 */
export function fieldOfPath(path: string): string {
  const row = /^(stakeholders|inputs|outcomes)\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(path);
  if (row !== null) {
    const [, rows, index, key, sub] = row as unknown as [string, string, string, string?, string?];
    const at = (name: string) => `${rows}.${index}.${name}`;
    if (rows === 'stakeholders') return at('name');
    if (rows === 'inputs') return at(key === 'stakeholder' || key === 'description' ? key : 'amount');
    if (key === undefined) return at('deadweight');
    if (key === 'proxy') return at(PROXY_FIELDS[sub ?? 'value'] ?? 'proxyValue');
    if (key === 'id') return at('description');
    if (key === 'quantityByYear') return at('quantity');
    return at(key);
  }
  if (path === 'stakeholders' || path === 'inputs' || path === 'outcomes') return path;
  if (path.startsWith('discount.rate')) return 'scope.rate';
  const top = /^(\w+)/.exec(path)?.[1];
  if (top === 'discount' || top === 'name' || top === 'currency' || top === 'kind' || top === 'timing')
    return `scope.${top}`;
  if (top === 'reductions') return 'scope.reductions';
  return '';
}
