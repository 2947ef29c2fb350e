/**
 * Writes examples/value-map.xlsx: an SROI Network style value map as
 * practitioners fill it in (merged two-row headers, a funder row, a Total row
 * and the Stage 5 block), from the definition the tests read
 * (tests/fixtures/value-maps/maps.ts). Run from the repository's root:
 *
 *   npx tsx examples/make-value-map.ts
 */
import { writeFileSync } from 'node:fs';
import { layOut, xlsxBytes } from '../tests/fixtures/value-maps/build';
import { socialPrescribing } from '../tests/fixtures/value-maps/maps';

const file = 'examples/value-map.xlsx';
writeFileSync(file, await xlsxBytes(layOut(socialPrescribing).sheets));
console.log(`wrote ${file}`);
