import type { DecimalRule } from '../model/rules.js';

/** What is valid for each number in tenders, catalogues, indices and contracts. */
export const PROCUREMENT_RULES = {
  weight: { label: 'weight', min: 0, max: 100, expected: 'a percentage from 0 to 100, e.g. 60 for 60%' },
  split: { label: 'split', min: 0, max: 100, expected: 'a percentage from 0 to 100, e.g. 50 for half' },
  price: { label: 'price', min: 0, expected: 'an amount above 0, e.g. 250000' },
  quality: { label: 'quality score', min: 0, max: 100, expected: 'a score from 0 to 100' },
  socialValue: { label: 'social value offer', min: 0, expected: 'an amount, 0 or more' },
  socialValueScore: { label: 'social value score', min: 0, max: 100, expected: 'a score from 0 to 100' },
  quantity: { label: 'quantity', min: 0, expected: 'a number, 0 or more' },
  proxy: { label: 'proxy value', expected: 'an amount per unit (negative for a disbenefit)' },
  target: { label: 'target', min: 0, expected: 'a number, 0 or more' },
  index: { label: 'index value', min: 0, expected: 'a number above 0, e.g. 102.5' },
} satisfies Record<string, DecimalRule>;
