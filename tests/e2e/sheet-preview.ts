/**
 * A picture of a sheet the pane wrote, for the README: no Excel runs here, so
 * the cells are shown as the browser tests' Excel stand-in holds them (with the
 * figures LibreOffice recalculated, where given) and each native chart is drawn
 * from the definition the pane gave Excel: its type, its data block, its title,
 * axis titles and which series are lines. A caption says so on the picture.
 */
import type { Page } from 'playwright-core';

import type { DumpedChart, DumpedSheet } from './workbook-from-dump';

const COLOURS = ['#0f6cbd', '#c50f1f', '#107c10', '#8764b8', '#ca5010'];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n - 1;
}

function rect(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const [from, to = from] = address.replace(/\$/g, '').split(':') as [string, string?];
  const at = (cell: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (match === null) throw new Error(`not a cell: ${cell}`);
    return { row: Number(match[2]) - 1, column: columnNumber(match[1] as string) };
  };
  const a = at(from);
  const b = at(to);
  return { r0: a.row, c0: a.column, r1: b.row, c1: b.column };
}

/** A cell as Excel would show it, roughly: enough to read the picture, not a number-format engine. */
function shown(value: unknown, format: string | undefined): string {
  if (typeof value !== 'number') return value === null || value === undefined ? '' : String(value);
  const f = format ?? 'General';
  const fixed = (places: number) =>
    value.toLocaleString('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places });
  if (f.includes('%')) return `${(value * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
  if (f.includes(': 1')) return `${fixed(2)} : 1`;
  if (f.includes('£'))
    return `${value < 0 ? '-' : ''}£${Math.abs(value).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (f.includes('0.0')) return fixed(1);
  return value.toLocaleString('en-GB', { maximumFractionDigits: 4 });
}

function cellValue(sheet: DumpedSheet, recalculated: readonly (readonly string[])[] | null, r: number, c: number) {
  const value = sheet.values[r]?.[c];
  if (value !== null && value !== undefined) return value;
  const text = recalculated?.[r]?.[c];
  if (text === undefined || text === '') return sheet.formulas[r]?.[c] ?? '';
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

function chartSvg(chart: DumpedChart, value: (r: number, c: number) => unknown): string {
  const { r0, c0, r1, c1 } = rect(chart.data);
  const categories: string[] = [];
  for (let r = r0 + 1; r <= r1; r += 1) categories.push(String(value(r, c0) ?? ''));
  const series = [];
  for (let c = c0 + 1; c <= c1; c += 1) {
    const points: number[] = [];
    for (let r = r0 + 1; r <= r1; r += 1) {
      const v = value(r, c);
      points.push(typeof v === 'number' ? v : 0);
    }
    const kind = chart.series[c - c0 - 1]?.chartType ?? chart.type;
    series.push({ name: String(value(r0, c) ?? ''), points, line: /line/i.test(kind) });
  }
  const all = series.flatMap((s) => s.points);
  const low = Math.min(0, ...all);
  const high = Math.max(0, ...all) || 1;
  const width = 520;
  const height = 260;
  const left = /^bar/i.test(chart.type) ? 170 : 60;
  const top = 34;
  const plotW = width - left - 16;
  const plotH = height - top - 50;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#fff" stroke="#d1d1d1"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-weight="600">${escapeHtml(chart.title)}</text>`,
  ];
  const horizontal = /^bar/i.test(chart.type);
  const n = categories.length || 1;
  if (horizontal) {
    // Tornado: bars from a common base, overlapping (overlap 100), one band per category.
    const scale = (v: number) => left + ((v - low) / (high - low)) * plotW;
    const band = plotH / n;
    series.forEach((s, i) =>
      s.points.forEach((v, k) => {
        const x = Math.min(scale(0), scale(v));
        parts.push(
          `<rect x="${x}" y="${top + k * band + band * 0.2}" width="${Math.abs(scale(v) - scale(0))}" height="${band * 0.6}" fill="${COLOURS[i % COLOURS.length]}" opacity="0.75"/>`,
        );
      }),
    );
    categories.forEach((label, k) =>
      parts.push(
        `<text x="${left - 4}" y="${top + (k + 0.6) * band}" text-anchor="end" font-size="10">${escapeHtml(label.length > 28 ? `${label.slice(0, 27)}…` : label)}</text>`,
      ),
    );
  } else {
    const scale = (v: number) => top + plotH - ((v - low) / (high - low)) * plotH;
    const band = plotW / n;
    const bars = series.filter((s) => !s.line);
    series.forEach((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      if (s.line) {
        const path = s.points.map((v, k) => `${k === 0 ? 'M' : 'L'}${left + (k + 0.5) * band},${scale(v)}`).join(' ');
        parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
      } else {
        const b = bars.indexOf(s);
        const w = (band * 0.7) / bars.length;
        s.points.forEach((v, k) =>
          parts.push(
            `<rect x="${left + k * band + band * 0.15 + b * w}" y="${Math.min(scale(v), scale(0))}" width="${w}" height="${Math.abs(scale(0) - scale(v))}" fill="${colour}"/>`,
          ),
        );
      }
    });
    categories.forEach((label, k) =>
      parts.push(
        `<text x="${left + (k + 0.5) * band}" y="${top + plotH + 14}" text-anchor="middle" font-size="10">${escapeHtml(label.slice(0, 14))}</text>`,
      ),
    );
  }
  parts.push(
    `<text x="${left + plotW / 2}" y="${height - 22}" text-anchor="middle" font-size="10" fill="#616161">${escapeHtml(horizontal ? chart.valueAxis : chart.categoryAxis)}</text>`,
  );
  series.forEach((s, i) =>
    parts.push(
      `<text x="${left + i * 120}" y="${height - 6}" font-size="10" fill="${COLOURS[i % COLOURS.length]}">■ ${escapeHtml(s.name.slice(0, 20))}</text>`,
    ),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Segoe UI, sans-serif" font-size="11">${parts.join('')}</svg>`;
}

/**
 * Renders a written sheet and its charts on `page` and returns the page, ready for a screenshot.
 *
 * @param recalculated - the sheet as LibreOffice recalculated it (CSV cells), for formula cells
 */
export async function previewSheet(
  page: Page,
  sheet: DumpedSheet,
  recalculated: readonly (readonly string[])[] | null = null,
): Promise<void> {
  const value = (r: number, c: number) => cellValue(sheet, recalculated, r, c);
  const chartColumns = sheet.charts.map((chart) => rect(chart.data));
  const lastRow = Math.min(sheet.formulas.length, 40);
  const lastColumn = Math.min(Math.max(...sheet.formulas.map((row) => row.length), 1), 5);
  const rows: string[] = [];
  for (let r = 0; r < lastRow; r += 1) {
    const cells: string[] = [`<th>${r + 1}</th>`];
    for (let c = 0; c < lastColumn; c += 1) {
      const v = value(r, c);
      const inChartData = chartColumns.some((x) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1);
      cells.push(
        `<td class="${typeof v === 'number' ? 'n' : ''}${inChartData ? ' d' : ''}">${escapeHtml(shown(v, sheet.numberFormats[r]?.[c]))}</td>`,
      );
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  const letters = Array.from({ length: lastColumn }, (_, c) => `<th>${String.fromCharCode(65 + c)}</th>`).join('');
  const charts = sheet.charts.map((chart) => chartSvg(chart, value)).join('');
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(sheet.name)}</title>
    <style>
      body { font: 12px 'Segoe UI', system-ui, sans-serif; margin: 12px; color: #242424; }
      .tab { display: inline-block; padding: 4px 12px; border: 1px solid #d1d1d1; border-bottom: 3px solid #107c10; font-weight: 600; }
      .wrap { display: flex; gap: 16px; align-items: flex-start; }
      table { border-collapse: collapse; }
      th { background: #f3f3f3; color: #616161; font-weight: 400; border: 1px solid #e0e0e0; padding: 1px 6px; }
      td { border: 1px solid #e0e0e0; padding: 1px 6px; max-width: 260px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      td.n { text-align: right; } td.d { background: #f5f9ff; }
      .charts { display: flex; flex-direction: column; gap: 10px; }
      p.caption { color: #616161; margin: 8px 0 0; }
    </style></head><body>
    <div class="tab">${escapeHtml(sheet.name)}</div>
    <div class="wrap"><table><tr><th></th>${letters}</tr>${rows.join('')}</table><div class="charts">${charts}</div></div>
    <p class="caption">The sheet as the add-in wrote it in the browser tests: cells as written${recalculated === null ? '' : ' (formulas as LibreOffice recalculated them)'}; each chart drawn from the native chart the add-in asked Excel for (type, data, titles, line series). Excel draws the real charts.</p>
    </body></html>`);
}
