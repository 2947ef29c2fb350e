import * as z from 'zod/mini';
import { evaluationSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of an evaluation, generated from the same
 * zod definition that validates it. The package also ships it as
 * `@sroi/core/evaluation.schema.json` for editors and other languages.
 * Cross-field rules (known stakeholders, unique ids, ranges of decimal
 * strings) are checked by `validateEvaluation` only.
 *
 * @example
 * ```ts
 * evaluationJsonSchema().required; //=> ['name', 'stakeholders', 'inputs', 'outcomes']
 * ```
 */
export function evaluationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(evaluationSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
