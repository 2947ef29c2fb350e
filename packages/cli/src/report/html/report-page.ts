import { escapeHtml } from './escape.js';
import type { ReportContent } from './content.js';
import { headlineSection } from './sections/headline.js';
import { methodSection } from './sections/method.js';
import { monteCarloSection } from './sections/monte-carlo.js';
import { outcomesSection } from './sections/outcomes.js';
import { sensitivitySection } from './sections/sensitivity.js';
import { valueBySection } from './sections/value-by.js';
import { warningsSection } from './sections/warnings.js';
import { yearsSection } from './sections/years.js';
import { reportStyle } from './style.js';

/**
 * The policy that makes the page's promise hold even if a bug slipped
 * through: nothing may be fetched (no script, font, frame or connection),
 * styles only from the page itself, images only from inside it.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The whole report as one self-contained HTML page: no script, nothing loaded
 * from elsewhere, every text from the user escaped. Sections in the order a
 * board reads them, each built by its own function.
 *
 * @example
 * ```ts
 * const html = reportPage(content); // '<!DOCTYPE html>\n<html lang="en-GB">…'
 * ```
 */
export function reportPage(content: ReportContent): string {
  const { result, charts } = content;
  const kind = result.settings.kind === 'forecast' ? 'Forecast' : 'Evaluative';
  const sections = [
    headlineSection(result),
    methodSection(result),
    valueBySection(result, charts),
    outcomesSection(result),
    yearsSection(result, charts.payback),
    sensitivitySection(content, charts.tornado),
    monteCarloSection(result, content, charts.histogram),
    warningsSection(result, content.where, content.readingWarnings),
  ];
  const title = `${result.name}: SROI report`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sroi ${escapeHtml(content.version)}">
<title>${escapeHtml(title)}</title>
<style>${reportStyle(title)}</style>
</head>
<body>
<header class="report">
<p class="kicker">Social Return on Investment report</p>
<h1>${escapeHtml(result.name)}</h1>
<p class="subtitle">${escapeHtml(`${kind} SROI, ${result.settings.currency}`)}</p>
</header>
<main>
${sections.join('\n')}
</main>
${footer(content)}
</body>
</html>
`;
}

function footer(content: ReportContent): string {
  const date = content.written.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    `<footer>\n<p>From ${escapeHtml(content.file)}, written on ${escapeHtml(date)} by sroi ${escapeHtml(content.version)}.</p>\n` +
    `<p>Figures are exact to the penny before rounding for display; Monte Carlo figures are from a seeded run and repeat exactly with the same seed.</p>\n</footer>`
  );
}
