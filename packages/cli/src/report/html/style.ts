import { cssString } from './escape.js';

/**
 * The page's only style, inline (the page loads nothing): system fonts,
 * dark text on white (contrast above 12 : 1), tables that scroll in their own
 * box on a narrow screen, and for print A4 with 15 mm margins, each section
 * on a new page, rows never split, and the evaluation's name and the page
 * number on every page.
 *
 * @param title - the running title printed at the head of every page
 */
export function reportStyle(title: string): string {
  return `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --rule: #b8b8b8; --accent: #0b4f8a; --band: #f2f4f7; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.report { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; padding-bottom: 0.5rem; }
header.report h1 { font-size: 1.8rem; line-height: 1.2; margin: 0.2rem 0; overflow-wrap: anywhere; }
.kicker { color: var(--accent); font-weight: 600; letter-spacing: 0.02em; margin: 0; }
.subtitle { color: var(--muted); margin: 0; }
section { margin: 0 0 2.5rem; }
h2 { color: var(--accent); font-size: 1.4rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; }
p, li, dd, figcaption, caption { overflow-wrap: anywhere; }
.ratio { margin: 0.5rem 0; }
.ratio-label { display: block; color: var(--muted); font-weight: 600; }
.ratio strong { font-size: 3.2rem; line-height: 1.1; color: var(--accent); }
.ratio-words { font-size: 1.15rem; margin-top: 0; }
.scroll { overflow-x: auto; margin: 1rem 0; }
.scroll:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; min-width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { background: var(--band); border-bottom: 2px solid var(--ink); white-space: normal; }
tbody th { font-weight: normal; }
.figure { text-align: right; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
dl.settings { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: 0.3rem 1rem; }
dl.settings dt { font-weight: 600; }
dl.settings dd { margin: 0; }
figure { margin: 1rem 0 2rem; }
.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.95rem; margin-top: 0.4rem; }
pre { background: var(--band); padding: 0.6rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
.place { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; }
footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.9rem; padding-top: 0.5rem; }
footer p { margin: 0.2rem 0; }
@media (max-width: 30rem) {
  body { padding: 0.6rem; font-size: 15px; }
  .ratio strong { font-size: 2.4rem; }
  dl.settings { grid-template-columns: 1fr; }
  dl.settings dd { margin-bottom: 0.4rem; }
}
@page {
  size: A4;
  margin: 15mm;
  @top-center { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #4a4a4a; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #4a4a4a; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  main > section + section { break-before: page; }
  h2, caption { break-after: avoid; }
  tr, figure, .ratio, dl.settings > * { break-inside: avoid; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  table { width: 100%; }
  .chart svg { width: 100%; max-height: 200mm; }
  a { color: inherit; }
}
`;
}
