import type { EvaluationResult } from '@sroi/core';
import { escapeHtml } from '../escape.js';
import { paragraph, section } from './section.js';

/**
 * Section 8, what deserves a second look: the engine's warnings, each with
 * its cell as the text summary shows it (`where`), and what reading the file
 * found (already placed). An empty list is said, not left blank.
 */
export function warningsSection(
  result: EvaluationResult,
  where: (path: string) => string,
  readingWarnings: readonly string[],
): string {
  const item = (place: string | undefined, message: string) =>
    `<li>${place === undefined ? '' : `<span class="place">${escapeHtml(place)}</span>: `}${escapeHtml(message)}</li>`;
  const parts: string[] = [];
  if (result.warnings.length === 0 && readingWarnings.length === 0)
    parts.push(paragraph('No warnings: every value is within the usual ranges, and the file read cleanly.'));
  if (result.warnings.length > 0)
    parts.push(
      paragraph(`From the evaluation (${result.warnings.length}):`),
      `<ul class="warnings">\n${result.warnings
        .map((w) => item(w.path === undefined ? undefined : where(w.path), w.message))
        .join('\n')}\n</ul>`,
    );
  if (readingWarnings.length > 0)
    parts.push(
      paragraph(`From reading the file (${readingWarnings.length}):`),
      `<ul class="warnings">\n${readingWarnings.map((w) => item(undefined, w)).join('\n')}\n</ul>`,
    );
  return section('warnings', 'Warnings', parts.join('\n'));
}
