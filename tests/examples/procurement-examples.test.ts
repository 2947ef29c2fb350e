// The worked procurement example (examples/procurement/README.md): the engine must give the figures
// worked there by hand (and by independent-check.py), and the CSV catalogue must say what the JSON says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  applyCatalogue,
  compareSroi,
  evaluate,
  monitorDelivery,
  priceCatalogue,
  scoreTenders,
  validateCatalogue,
  type Catalogue,
  type Contract,
  type EvaluationWithMeasures,
  type PriceBase,
  type Tender,
} from '@sroi/core';

const DIR = path.join(__dirname, '../../examples/procurement');
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as T;

/** Rows of a CSV as Excel writes it: commas, fields with commas quoted, quotes doubled inside them. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  return rows;
}

const indexRows = csvRows(readFileSync(path.join(DIR, 'gdp-deflator.csv'), 'utf8'));
const tableStart = indexRows.findIndex((row) => row[0] === 'Year' && row[1] === 'Index');
const priceBase: PriceBase = {
  year: 2025,
  index: {
    name: indexRows[0]?.[1] ?? '',
    values: indexRows.slice(tableStart + 1).map(([year, index]) => ({ year: Number(year), index: index ?? '' })),
  },
};
const catalogue = validateCatalogue(read<Catalogue>('catalogue.json'));
const money = (value: { toFixed(places: number): string }) => value.toFixed(2);

describe('the worked procurement example', () => {
  it('keeps the same catalogue in catalogue.csv as in catalogue.json', () => {
    const rows = csvRows(readFileSync(path.join(DIR, 'catalogue.csv'), 'utf8'));
    expect(rows.slice(0, 3)).toEqual([
      ['Catalogue', catalogue.name],
      ['Currency', catalogue.currency],
      ['Licence', catalogue.licence],
    ]);
    const header = rows.findIndex((row) => row[0] === 'Code');
    const fields = [
      'code',
      'domain',
      'theme',
      'outcome',
      'measure',
      'unit',
      'proxy',
      'priceYear',
      'source',
      'licence',
      'objective',
      'target',
    ] as const;
    const fromCsv = rows.slice(header + 1);
    const fromJson = catalogue.measures.map((measure) =>
      fields.map((field) => (measure[field] === undefined ? '' : String(measure[field]))),
    );
    expect(fromCsv).toEqual(fromJson);
  });

  it('marks every value without a public source Illustrative and cites a web address for the rest', () => {
    for (const measure of catalogue.measures) {
      if (!measure.source.startsWith('Illustrative')) expect(measure.source).toMatch(/https:\/\/www\.gov\.uk\//);
    }
  });

  it('moves each proxy to 2025 prices as worked by hand (value x index(2025) / index(year))', () => {
    const proxies = Object.fromEntries(
      priceCatalogue(catalogue, priceBase).measures.map((m) => [m.measure.code, m.proxy.toString()]),
    );
    // 245 x 100/80, 42 x 100/96, 900 x 100/96, 0.24 x 100/96; the rest are in 2025 prices already.
    expect(proxies).toEqual({
      'ECO-1': '23809.5',
      'ECO-2': '226.5',
      'ECO-3': '0.25',
      'SOC-1': '12.21',
      'SOC-2': '43.75',
      'SOC-3': '937.5',
      'ENV-1': '306.25',
      'ENV-2': '126.15',
      'ENV-3': '0.25',
    });
  });

  it('scores the tender as worked by hand: Northgate 88.40, Riverside 85.42, Brightwell 75.21', () => {
    const result = scoreTenders(read<Tender>('tender.json'), {
      catalogue,
      priceBase,
    });
    expect(result.ranking).toEqual(['Northgate Care CIC', 'Riverside Partnership', 'Brightwell Services Ltd']);
    expect(
      result.bids.map((bid) => [
        bid.bidder,
        money(bid.socialValue!),
        money(bid.points.price),
        money(bid.points.quality),
        money(bid.points.socialValue),
        money(bid.points.total),
      ]),
    ).toEqual([
      ['Northgate Care CIC', '240690.30', '45.00', '23.40', '20.00', '88.40'],
      ['Brightwell Services Ltd', '50691.75', '50.00', '21.00', '4.21', '75.21'],
      ['Riverside Partnership', '166787.50', '46.96', '24.60', '13.86', '85.42'],
    ]);
    // 1,080,000 / 1,150,000 x 50 = 1,080/23 exactly.
    expect(
      result.bids[2]?.points.price
        .minus(1080 / 23)
        .abs()
        .lt(1e-12),
    ).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('monitors the contract as worked by hand: £210,511.50 of £240,690.30 delivered, £33,928.80 short', () => {
    const report = monitorDelivery(read<Contract>('contract.json'), {
      catalogue,
      priceBase,
    });
    expect(report.measures.map((m) => [m.code, money(m.deliveredValue), money(m.shortfallValue)])).toEqual([
      ['ECO-1', '119047.50', '23809.50'],
      ['ECO-2', '20611.50', '2944.50'],
      ['ECO-3', '41250.00', '0.00'],
      ['SOC-1', '5738.70', '1587.30'],
      ['SOC-3', '15000.00', '3750.00'],
      ['ENV-1', '7350.00', '1837.50'],
      ['ENV-2', '1513.80', '0.00'],
    ]);
    expect([
      money(report.totals.committedValue),
      money(report.totals.deliveredValue),
      money(report.totals.shortfallValue),
    ]).toEqual(['240690.30', '210511.50', '33928.80']);
    expect(report.domains.map((d) => [d.domain, money(d.shortfallValue)])).toEqual([
      ['economic', '26754.00'],
      ['social', '5337.30'],
      ['environmental', '1837.50'],
    ]);
    expect(report.periods.map((p) => [p.period, p.deliveredValue.toString()])).toEqual([
      ['2025-26 Q1', '37628.9'],
      ['2025-26 Q2', '53448.325'],
      ['2025-26 Q3', '56146.975'],
      ['2025-26 Q4', '63287.3'],
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual(['over-delivered']);
  });

  it('gives the forecast 1.23 : 1 and the evaluative SROI 1.04 : 1, as worked by hand', () => {
    const forecast = evaluate(applyCatalogue(read<EvaluationWithMeasures>('forecast.json'), catalogue, priceBase));
    const evaluative = evaluate(applyCatalogue(read<EvaluationWithMeasures>('evaluative.json'), catalogue, priceBase));
    expect(money(forecast.presentValue)).toBe('1475286.88');
    expect(money(evaluative.presentValue)).toBe('1245118.03');
    const comparison = compareSroi(forecast, evaluative);
    expect(comparison.ratio.difference?.toFixed(4)).toBe('-0.1918');
    expect(comparison.outcomes.map((o) => [o.id, money(o.presentValue.difference!)])).toEqual([
      ['falls', '-108212.56'],
      ['living-at-home', '-108330.18'],
      ['loneliness', '-3224.11'],
      ['local-jobs', '-8626.63'],
      ['carbon', '-1775.36'],
    ]);
    expect(comparison.notes).toEqual([]);
  });
});
