/** Help for the procurement commands: scoring tenders, monitoring delivery, uplifting values. */

const PRICING_OPTIONS = `  --catalogue    the catalogue of measures (.json, .csv or .xlsx with a Measures sheet)
  --index        a price index (.json; .csv with Year and Index columns, named after
                 the file; or .xlsx with a Price Index sheet), to move proxies from
                 their own price years into --price-year's prices
  --price-year   the year to state values in (default: a tender's or contract's own
                 Price year row, else the catalogue's latest price year)`;

/** The lines `sroi --help` shows for pricing from a catalogue. */
export const PRICING_HELP = `Pricing from a catalogue of measures (evaluate, validate, sensitivity, montecarlo, score, monitor):
${PRICING_OPTIONS}
  An impact map's outcome may name a measure instead of a proxy value (proxy.measure in
  JSON, a Measure code column in a sheet); its proxy then comes from the catalogue.`;

/** Each procurement command's own help. */
export const PROCUREMENT_HELP: Readonly<Record<string, string>> = {
  score: `Usage: sroi score <tender.json|tender.xlsx|bids.csv> [--catalogue FILE [--index FILE] [--price-year YEAR]]
                  [--weights 60,30,10] [--format text|json|md] [--out scores.xlsx [--force]]

Scores and ranks the bids on price, quality and social value, weighted:
  price         lowest price / bid price x price weight (or linear, if the tender says so)
  quality       score / 100 x quality weight
  social value  offer / highest offer x social value weight (money offers), or the
                panel's score / 100 x weight (qualitative), or both, split
Prints the ranked table (rank, bidder, price, points, total, social value per £1),
any ties, the working for every figure (to publish with the award), and warnings.

A tender is a JSON file (weights, bids), a workbook with Tender and Bids sheets (and a
Commitments sheet for bids that commit to measures), or a CSV of bids (Bidder, Price,
Quality score, Social value offer) with --weights. Bids that commit to catalogue
measures need --catalogue, which prices each commitment.

Options:
${PRICING_OPTIONS}
  --weights      for bids in a CSV or a workbook without weight rows: price, quality
                 and social value weights in percent, summing to 100 (not for JSON)
  --format, -f   text (default), json (core's result, decimals as exact strings) or md
  --out, -o      also write the tender and its scores as a workbook with live formulas
  --force        replace the --out file if it exists

Examples:
  sroi score tender.json
  sroi score bids.csv --weights 60,30,10
  sroi score tender.xlsx --catalogue measures.csv --index deflator.csv --price-year 2025 --out scores.xlsx
`,
  monitor: `Usage: sroi monitor <contract.json|contract.xlsx|contract.csv> --catalogue FILE [--index FILE] [--price-year YEAR]
                    [--forecast MAP --evaluative MAP] [--format text|json|md] [--out monitoring.xlsx [--force]]

Compares what a supplier committed to with what it reported delivered, priced from the
catalogue: by measure (committed, delivered, % delivered, shortfall, and their values),
by domain, by period (delivered value and cumulative), the totals, and warnings
(nothing delivered, over-delivery, a measure delivered but not committed to). Over-
delivery on one measure never makes up for a shortfall on another.

A contract is a JSON file (name, supplier, commitments, deliveries), a workbook with
Contract, Commitments and Deliveries sheets, or a CSV holding the three one below another.

Options:
${PRICING_OPTIONS}
  --forecast     the forecast SROI (an impact map, read as "sroi evaluate" reads it) ...
  --evaluative   ... and the evaluative SROI of what was delivered: both together print
                 the two compared (present value, inputs, ratio, and each outcome)
  --columns, --show-mapping   how to read the two maps (see "sroi --help")
  --format, -f   text (default), json (core's result, decimals as exact strings) or md
  --out, -o      also write the contract and its monitoring as a workbook
  --force        replace the --out file if it exists

Examples:
  sroi monitor contract.json --catalogue measures.json
  sroi monitor contract.xlsx --catalogue measures.csv --index deflator.csv --price-year 2025
  sroi monitor contract.json --catalogue measures.json --forecast forecast.xlsx --evaluative evaluative.xlsx
`,
  uplift: `Usage: sroi uplift <catalogue> --price-year YEAR [--index FILE] [--format text|json|md] [--out FILE [--force]]
       sroi uplift --value AMOUNT --from YEAR --to YEAR --index FILE [--format text|json]

Moves values from one year's prices to another's with a price index (such as the GDP
deflator): value x index(to) / index(from), exact.

With a catalogue: prints each measure's proxy as given, its price year, the factor
(with the two index values) and the proxy in --price-year's prices. --out writes the
catalogue so restated: .json or .csv (every proxy in that year's prices, its source
saying how it was moved; use it with --catalogue and no index), or .xlsx (the catalogue
as given, the index, and the restated proxies as formulas).

With --value: moves one amount, and shows the factor and the index values used.

Options:
  --price-year   the year to state the catalogue in
  --index        the price index (.json, .csv with Year and Index columns, or .xlsx)
  --value        an amount (negative for a disbenefit), with --from and --to years
  --format, -f   text (default), json (decimals as exact strings) or md
  --out, -o      write the restated catalogue (.json, .csv or .xlsx)
  --force        replace the --out file if it exists

Examples:
  sroi uplift measures.csv --index deflator.csv --price-year 2025
  sroi uplift measures.json --index deflator.json --price-year 2025 --out measures-2025.json
  sroi uplift --value 1000 --from 2020 --to 2025 --index deflator.csv
`,
};
