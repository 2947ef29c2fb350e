// Writes dist/evaluation.schema.json from the built package, so the shipped
// schema is generated from the same zod definition that validates.
import { writeFileSync } from 'node:fs';
import { evaluationJsonSchema } from '../dist/index.js';

const target = new URL('../dist/evaluation.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(evaluationJsonSchema(), null, 2)}\n`);
