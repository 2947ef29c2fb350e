// BENCH score-tenders and monitor-delivery: the exact procurement engine
// against plain float64 loops doing the same arithmetic, in the same run.
// A large tender (200 bids, each committing to 20 of 100 measures priced
// with an index) and a contract with 10,000 reported deliveries.
// The tender goal is wider than monitoring's because scoreTenders also checks
// every field and writes each bid's published working (4,000 priced lines
// here), which the float loop does not; a real tender of 3 to 20 bids scores
// in well under a millisecond either way.
import { monitorDelivery, scoreTenders, type Catalogue, type Contract, type Tender } from '@sroi/core';
import { fixed, median, medianMs, seededRandom } from './measure.js';

const random = seededRandom(10);
const DOMAINS = ['economic', 'social', 'environmental'] as const;
const index = {
  name: 'Synthetic deflator',
  values: Array.from({ length: 11 }, (_, i) => ({ year: 2015 + i, index: Math.round((80 + i * 2.1) * 100) / 100 })),
};
const catalogue: Catalogue = {
  name: 'Synthetic framework',
  measures: Array.from({ length: 100 }, (_, i) => ({
    code: `M${i}`,
    domain: DOMAINS[i % 3] ?? 'social',
    theme: 'Theme',
    outcome: 'Outcome',
    measure: `Measure ${i}`,
    unit: 'unit',
    proxy: Math.round(random() * 100_000) / 100,
    priceYear: 2015 + (i % 10),
    source: 'Illustrative',
  })),
};
const priceBase = { year: 2025, index };
const tender: Tender = {
  weights: { price: 50, quality: 30, socialValue: 20 },
  bids: Array.from({ length: 200 }, (_, b) => ({
    bidder: `Bidder ${b}`,
    price: 100_000 + Math.round(random() * 900_000),
    quality: Math.round(random() * 100),
    commitments: Array.from({ length: 20 }, () => ({
      code: `M${Math.floor(random() * 100)}`,
      quantity: Math.round(random() * 50),
    })),
  })),
};
const contract: Contract = {
  name: 'Synthetic contract',
  commitments: catalogue.measures.map((m) => ({ code: m.code, quantity: 100 })),
  deliveries: Array.from({ length: 10_000 }, (_, i) => ({
    period: `Period ${i % 12}`,
    code: `M${Math.floor(random() * 100)}`,
    quantity: Math.round(random() * 5),
  })),
};

const indexOf = new Map(index.values.map((v) => [v.year, v.index]));
const proxies = new Map(
  catalogue.measures.map((m) => [
    m.code,
    (Number(m.proxy) * (indexOf.get(2025) ?? 1)) / (indexOf.get(m.priceYear) ?? 1),
  ]),
);

/** Tender scoring in float64: offers from commitments, lowest-price, quality, monetised social value. */
function floatScore() {
  const offers = tender.bids.map((bid) =>
    (bid.commitments ?? []).reduce((sum, c) => sum + Number(c.quantity) * (proxies.get(c.code) ?? 0), 0),
  );
  const lowest = Math.min(...tender.bids.map((bid) => Number(bid.price)));
  const highest = Math.max(...offers);
  const totals = tender.bids.map(
    (bid, i) =>
      (lowest / Number(bid.price)) * 50 + (Number(bid.quality) / 100) * 30 + ((offers[i] ?? 0) / highest) * 20,
  );
  return totals.map((total) => 1 + totals.filter((other) => other > total).length);
}

/** Delivery monitoring in float64: delivered value by measure and period. */
function floatMonitor() {
  const delivered = new Map<string, number>();
  const periods = new Map<string, number>();
  for (const d of contract.deliveries) {
    const value = Number(d.quantity) * (proxies.get(d.code) ?? 0);
    delivered.set(d.code, (delivered.get(d.code) ?? 0) + value);
    periods.set(d.period, (periods.get(d.period) ?? 0) + value);
  }
  return [delivered, periods];
}

// The two must agree before their speeds are worth comparing.
const exactRanks = scoreTenders(tender, { catalogue, priceBase }).bids.map((bid) => bid.rank);
if (exactRanks.join() !== floatScore().join()) throw new Error('exact and float tender ranks disagree');
const exactDelivered = monitorDelivery(contract, { catalogue, priceBase }).totals.deliveredValue.toNumber();
const floatDelivered = [...(floatMonitor()[0]?.values() ?? [])].reduce((a, b) => a + b, 0);
if (Math.abs(exactDelivered - floatDelivered) > 0.01)
  throw new Error(`monitoring disagrees by ${exactDelivered - floatDelivered}`);

for (const [name, exact, float, goal] of [
  ['score-tenders-200x20', () => scoreTenders(tender, { catalogue, priceBase }), floatScore, 200],
  ['monitor-delivery-10k', () => monitorDelivery(contract, { catalogue, priceBase }), floatMonitor, 50],
] as const) {
  const rounds = Array.from({ length: 7 }, () => {
    const exactMs = medianMs(exact, 3, 1);
    const floatMs = medianMs(float, 9, 2);
    return { exactMs, floatMs, ratio: exactMs / floatMs };
  });
  console.log(
    `BENCH ${name} ratio=${fixed(median(rounds.map((r) => r.ratio)))} goal<=${goal} exact_ms=${fixed(median(rounds.map((r) => r.exactMs)))} float64_ms=${fixed(median(rounds.map((r) => r.floatMs)))}`,
  );
}
