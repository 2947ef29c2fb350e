import type { EvaluationResult } from '@sroi/core';
import { describeSettings } from '../../describe-settings.js';
import { pricingLine } from '../../pricing-line.js';
import { escapeHtml } from '../escape.js';
import { paragraph, section } from './section.js';

const KIND: Readonly<Record<string, string>> = {
  forecast: 'A forecast SROI: the value the activity is expected to create, estimated before or during it.',
  evaluative: 'An evaluative SROI: the value the activity created, from outcomes measured after it.',
};

const TIMING: Readonly<Record<string, string>> = {
  'end-of-year': 'Each year is discounted as if its value arrived at the end of the year (as Excel’s NPV does).',
  'start-of-year':
    'Each year is discounted as if its value arrived at the start of the year, so year 1 is not discounted.',
  'mid-year': 'Each year is discounted as if its value arrived in the middle of the year.',
};

const REDUCTIONS: Readonly<Record<string, string>> = {
  multiplicative:
    'Impact = quantity × financial proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution), each share taken off what the one before left.',
  subtractive:
    'Impact = quantity × financial proxy × (1 − deadweight − displacement − attribution), every share taken off the whole value.',
};

/**
 * Section 2, how the figures were made: the kind of SROI, the settings in
 * the words every other report uses (describeSettings), where catalogue
 * proxies came from, and the calculation in three sentences with a pointer
 * to the method.
 */
export function methodSection(result: EvaluationResult): string {
  const { settings } = result;
  const counts =
    `${count(result.stakeholders.length, 'stakeholder')}, ${count(result.outcomes.length, 'outcome')}, ` +
    `valued over ${count(result.years.length, 'year')}.`;
  const lines = [
    paragraph(KIND[settings.kind] ?? settings.kind),
    `<dl class="settings">`,
    term('Settings', describeSettings(settings)),
    ...(settings.pricing === undefined ? [] : [term('Financial proxies', pricingLine(settings.pricing))]),
    term('Scope', counts),
    term('Impact', REDUCTIONS[settings.reductions] ?? settings.reductions),
    term(
      'Over the years',
      'From its second year an outcome’s value falls by its drop-off; it lasts for its duration, from its start year.',
    ),
    term('Discounting', TIMING[settings.timing] ?? settings.timing),
    term(
      'SROI ratio',
      'Present value of the outcomes over the present value of the inputs; the net ratio is net present value over the inputs.',
    ),
    `</dl>`,
    paragraph(
      'The method follows A Guide to Social Return on Investment (Cabinet Office, 2009) and the HM Treasury Green Book; ' +
        'sroi’s docs/METHOD.md gives every formula with its source.',
    ),
  ];
  return section('method', 'Method and settings', lines.join('\n'));
}

function term(name: string, description: string): string {
  return `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(description)}</dd>`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}
