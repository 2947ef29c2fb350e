import { MAX_ITERATIONS } from '@sroi/core';
import { PRICING_HELP, PROCUREMENT_HELP } from './help-procurement.js';

export const VERSION = '0.1.0';

export const HELP = `sroi ${VERSION}: Social Return on Investment from an impact map

Usage:
  sroi evaluate <file.xlsx|file.csv|file.json> [--format text|json|md] [--years] [--out report.xlsx [--force]]
  sroi validate <file> [--format text|json]
  sroi template <out.xlsx> [--force]
  sroi sensitivity <file> [--target 1] [--change 0.1] [--top 10] [--format text|json|md]
  sroi montecarlo <file> [--iterations 10000] [--seed 1] [--target 1] [--ranges FILE] [--format text|json|md]
  sroi report <file> --out report.html [--force] [--target 1] [--change 0.1] [--top 10]
              [--iterations 10000] [--seed 1] [--ranges FILE]
  sroi score <tender> [--catalogue FILE] [--weights 60,30,10] [--format text|json|md] [--out scores.xlsx]
  sroi monitor <contract> --catalogue FILE [--forecast MAP --evaluative MAP] [--out monitoring.xlsx]
  sroi uplift <catalogue> --price-year YEAR [--index FILE] [--out FILE]
  sroi uplift --value 1000 --from 2020 --to 2025 --index FILE

Reading an impact map from a workbook or CSV (evaluate, validate, sensitivity, montecarlo,
report, and monitor's --forecast and --evaluative):
  --columns "quantity=D,proxyValue=Value per person (£)"   say which column is which field,
               where the headers cannot tell (or --columns mapping.json); sheet=Name and
               headerRow=3 say where the map is
  --show-mapping   print which column was read as which field, and which were not read

${PRICING_HELP}

Commands:
  evaluate     print present value, inputs, NPV, the SROI ratio, net ratio, paybacks,
               and value by outcome, stakeholder and domain (--years: and by year);
               --out writes the evaluation as a workbook with live formulas, a Results
               sheet and (up to 1,000 outcomes) a Sensitivity sheet, set up to print
  validate     list every problem with its sheet and cell (exit code 1 if any)
  template     write a blank impact-map workbook with an example row and a Ranges
               sheet holding the default Monte Carlo ranges, ready to edit
  sensitivity  the estimates closest to tipping the ratio below 1 : 1, with how far each
               must move (switching values), and the tornado (each estimate moved down
               and up by 10%)
  montecarlo   ranges of the ratio and present value from a seeded Monte Carlo run:
               percentiles, mean, and the probability that the ratio is at least 1 : 1;
               ranges from the map's Ranges sheet or --ranges FILE
  report       one self-contained HTML page for a board or panel: headline figures,
               tables by outcome, stakeholder, domain and year, charts, sensitivity and
               Monte Carlo; prints to PDF from a browser
  score        score and rank a tender's bids on price, quality and social value, with
               the working for every figure
  monitor      a contract's social value committed against delivered, by measure,
               domain and period; with --forecast and --evaluative, the SROIs compared
  uplift       move a catalogue's proxies, or one value, into one year's prices

Examples:
  sroi evaluate examples/social-prescribing.xlsx
  sroi sensitivity examples/social-prescribing.xlsx --format md > sensitivity.md
  sroi montecarlo examples/social-prescribing.xlsx --iterations 100000 --seed 42
  sroi report examples/social-prescribing.xlsx --out social-prescribing.html
  sroi score tender.json --catalogue measures.csv --index deflator.csv --price-year 2025

Run "sroi <command> --help" for a command's options.

Exit codes:
  0    done (also when a reader stops early, as in "sroi evaluate map.xlsx | head")
  1    a file has problems (the evaluation, tender, contract or catalogue), or the --out
       workbook would be larger than Excel holds or sroi writes (the figures are printed)
  2    wrong command line, including an --out file of the wrong kind or one being read
  3    no such file
  4    file cannot be read (not a workbook, damaged, password-protected, too large)
  5    the --out file (or template) cannot be written: no such folder, no permission,
       a full disk; a file it would replace is left as it was
  70   an unexpected error: please report it with the message, the command you ran and
       sroi --version
  130  cancelled with Ctrl-C (143: stopped by SIGTERM); no file is left half-written

Method: docs/METHOD.md (A Guide to SROI, Cabinet Office 2009; HM Treasury Green Book).
`;

const FILES = 'The file is an impact map in .xlsx, .csv or .json, as for "sroi evaluate".';

const FILE = '2 wrong command line, 3 no such file, 4 file cannot be read';
const READS = `1 problems in the file, ${FILE}`;
const WRITES = '5 --out cannot be written';
const ENDS = '70 unexpected error (please report it), 130 cancelled (Ctrl-C), 143 stopped (SIGTERM)';

/** Each command's exit codes, at the end of its help; "sroi --help" says more. */
const EXIT_CODES: Readonly<Record<string, string>> = {
  evaluate: `0 done, 1 problems in the file or an --out workbook too large to write, ${FILE}, ${WRITES}, ${ENDS}`,
  validate: `0 no problems, ${READS}, ${ENDS}`,
  template: `0 done, 2 not an .xlsx name or the file exists without --force, 5 cannot be written, ${ENDS}`,
  sensitivity: `0 done, ${READS}, ${ENDS}`,
  montecarlo: `0 done, ${READS}, ${ENDS}: no results are printed`,
  report: `0 done, ${READS}, ${WRITES}, ${ENDS}`,
  score: `0 done, ${READS}, ${WRITES}, ${ENDS}`,
  monitor: `0 done, ${READS}, ${WRITES}, ${ENDS}`,
  uplift: `0 done, ${READS}, ${WRITES}, ${ENDS}`,
};

/** A list wrapped to the help's width between its items ("3 no such file" stays on one line), lines after the first indented. */
function wrap(text: string, width = 84): string {
  const lines = [''];
  for (const item of text.split(/(?<=,) /)) {
    const last = lines.length - 1;
    if (lines[last] !== '' && `${lines[last]} ${item}`.length > width) lines.push(`  ${item}`);
    else lines[last] = lines[last] === '' ? item : `${lines[last]} ${item}`;
  }
  return lines.join('\n');
}

/** A command's help with its exit codes. */
const withExitCodes = (help: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(help).map(([command, text]) => [
      command,
      EXIT_CODES[command] === undefined ? text : `${text}\n${wrap(`Exit codes: ${EXIT_CODES[command]}.`)}\n`,
    ]),
  );

/** Each command's own help: `sroi <command> --help` or `sroi help <command>`. */
export const COMMAND_HELP: Readonly<Record<string, string>> = withExitCodes({
  evaluate: `Usage: sroi evaluate <file.xlsx|file.csv|file.json> [--format text|json|md] [--years] [--out report.xlsx]

Prints the present value, inputs, NPV, the SROI ratio, net ratio, paybacks, and
value by outcome, by stakeholder and by domain.

Options:
  --format, -f   text (default), json (every figure an exact decimal string) or md
  --years        also print the table by year: value, discount factor, present value,
                 cumulative present value, inputs (a year 0 row for inputs before year 1)
                 and the year the inputs are paid back (text and md; json always has it)
  --out, -o      also write the evaluation as a workbook with live formulas
  --force        replace the --out file if it exists (otherwise it is kept)
  --columns      field=column pairs, or a .json mapping file (see "sroi --help")
  --show-mapping print which column was read as which field (json output always has it)
  --catalogue, --index, --price-year   take proxies from a catalogue (see "sroi --help")

Warnings from reading the file (a reduction column not found, the sheet's own figures
disagreeing with the engine) go to stderr, each with its cell.

Examples:
  sroi evaluate examples/social-prescribing.xlsx --out report.xlsx
  sroi evaluate examples/value-map.xlsx --show-mapping
`,
  validate: `Usage: sroi validate <file> [--format text|json] [--columns …] [--show-mapping]

Lists every problem with its sheet and cell (exit code 1 if any), or confirms the
file with its counts, what to look at from reading it (a reduction column not found,
the sheet's own Impact or totals disagreeing with the engine, a setting written twice)
and the engine's warnings about unusual values.

Options:
  --format, -f     text (default) or json (with the mapping of columns to fields)
  --columns        field=column pairs, or a .json mapping file (see "sroi --help")
  --show-mapping   print which column was read as which field
  --catalogue, --index, --price-year   take proxies from a catalogue (see "sroi --help")

Examples:
  sroi validate examples/befriending-with-problems.csv
  sroi validate my-map.xlsx --show-mapping
  sroi validate costs.xlsx --columns "sheet=Costs,quantity=D,proxyValue=Unit value"
`,
  template: `Usage: sroi template <out.xlsx> [--force]

Writes a blank impact-map workbook with one example row, and a Ranges sheet with the
default Monte Carlo ranges as rows to edit (montecarlo and report read it); --force
replaces an existing file.

Example:
  sroi template my-evaluation.xlsx
`,
  sensitivity: `Usage: sroi sensitivity <file> [--target 1] [--change 0.1] [--top 10] [--format text|json|md]

Switching values: of every estimate of each outcome (quantity, financial proxy,
deadweight, displacement, attribution, drop-off, duration) and of all outcomes
together, the --top closest to tipping the ratio to the target, ranked by how far
each must move towards the edge of what it can be; those that cannot tip it
whatever their value are summed up in one line (json lists every one, with the
reason). Then the tornado: each estimate moved down and up with everything else
at its base, the --top largest swings first.

Changes are shown as multiples of the base (x0.56), percentage points (+35.3 pts)
or whole years (+2 years). In json a share's change is a fraction of one, like the
share itself ("unit": "share", "change": "0.3533..." is +35.33 points). ${FILES}

Options:
  --target       the ratio to reach, above 0 (default 1, for 1 : 1)
  --change       how far the tornado moves each estimate, above 0 and at most 1
                 (default 0.1): quantities and proxies by 10%, shares by 0.1
                 (10 percentage points), durations by 10% (at least one year); 10% also works
  --top          how many estimates to list, closest to tipping first (default 10)
  --format, -f   text (default), json (core's results, decimals as exact strings) or md
  --catalogue, --index, --price-year   take proxies from a catalogue (see "sroi --help")

Examples:
  sroi sensitivity examples/social-prescribing.xlsx
  sroi sensitivity examples/social-prescribing.xlsx --target 2 --change 0.2
  sroi sensitivity examples/social-prescribing.json --format json > sensitivity.json

Method: docs/sensitivity.md.
`,
  montecarlo: `Usage: sroi montecarlo <file> [--iterations 10000] [--seed 1] [--target 1] [--ranges FILE] [--format text|json|md]

Draws every estimate of every outcome independently (triangular -20%..+20% on
quantities and proxies, -10..+10 percentage points on deadweight, displacement,
attribution and drop-off; duration fixed), evaluates the impact map, and repeats.
Prints the 5th, 25th, 50th, 75th and 95th percentiles and the mean of the SROI
ratio and the present value, the probability that the ratio is at least 1 : 1,
and the seed and iterations, so that the run can be reproduced: the same seed
gives the same numbers on every machine. ${FILES}

A run longer than a second shows a progress bar on stderr. Ctrl-C cancels it:
exit code 130, and no results, since an unfinished run's would look finished.

Options:
  --iterations   a whole number from 1 to ${MAX_ITERATIONS} (default 10000)
  --seed         any number (default 1)
  --target       the ratio whose probability is reported, above 0 (default 1)
  --ranges       the ranges to draw from: a CSV, JSON or workbook with a Ranges sheet
                 (by default the map workbook's own Ranges sheet, if it has one)
  --workers      threads to run on, 1 to 64 (default: as many as the cores, at most 4;
                 a small run stays on one); any number gives the same results
  --format, -f   text (default), json (core's result) or md
  --catalogue, --index, --price-year   take proxies from a catalogue (see "sroi --help")

Examples:
  sroi montecarlo examples/social-prescribing.xlsx
  sroi montecarlo examples/social-prescribing.xlsx --iterations 100000 --seed 42
  sroi montecarlo examples/social-prescribing.json --format json > montecarlo.json

Method: docs/sensitivity.md.
`,
  report: `Usage: sroi report <file> --out report.html [--force] [--target 1] [--change 0.1] [--top 10]
                   [--iterations 10000] [--seed 1] [--ranges FILE]

Writes one self-contained HTML page to take to a board or a tender panel: the
headline figures, the method and settings used, tables by outcome, stakeholder,
domain and year, the warnings, and charts (value by stakeholder and by domain,
present value by year against the inputs, the tornado and the Monte Carlo
histogram). Nothing in the page loads from the internet; open it in a browser
and print it to PDF (A4, one section per page). ${FILES}

Options:
  --out, -o      the .html file to write (required)
  --force        replace the --out file if it exists (otherwise it is kept)
  --target       the ratio to compare against, above 0 (default 1)
  --change       how far the tornado moves each estimate (default 0.1; see sensitivity)
  --top          how many estimates the sensitivity section lists (default 10)
  --iterations   Monte Carlo iterations, 1 to ${MAX_ITERATIONS} (default 10000)
  --seed         Monte Carlo seed, any number (default 1)
  --ranges       Monte Carlo ranges from a CSV, JSON or workbook (see montecarlo)
  --workers      Monte Carlo threads, 1 to 64 (see montecarlo)
  --columns, --show-mapping, --catalogue, --index, --price-year   as for evaluate

Example:
  sroi report examples/social-prescribing.xlsx --out social-prescribing.html

Method: docs/METHOD.md and docs/sensitivity.md.
`,
  ...PROCUREMENT_HELP,
});
