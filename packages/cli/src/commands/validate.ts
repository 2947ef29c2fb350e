import { jsonText, safeText } from '../report/safe-text.js';
import { evaluate } from '@sroi/core';
import { EXIT, type ExitCode } from '../errors.js';
import { loadEvaluation } from '../io/load.js';
import { mappingReport } from '../reading/mapping-report.js';
import { reportReadWarnings, type ReadingOptions } from './load-valid.js';
import { Progress } from '../progress.js';
import { pricingLine } from '../report/pricing-line.js';
import { reportProblems, type Output } from './output.js';

/**
 * `sroi validate <file>`: lists every problem (exit 1), or says the file is
 * valid (exit 0) with the engine's warnings about unusual values.
 */
export async function validateCommand(
  file: string,
  format: 'text' | 'json',
  output: Output,
  reading: ReadingOptions = {},
): Promise<ExitCode> {
  const progress = new Progress(output.err);
  try {
    const loaded = await loadEvaluation(file, (message) => progress.stage(message), reading);
    const warnings = [
      ...loaded.warnings,
      ...(loaded.evaluation === null
        ? []
        : evaluate(loaded.evaluation).warnings.map(
            (w) => `${w.path === undefined ? '' : `${loaded.where(w.path)}: `}${w.message}`,
          )),
    ];
    if (format === 'json') {
      output.out(
        jsonText({
          file,
          valid: loaded.evaluation !== null,
          problems: loaded.problems,
          warnings,
          mapping: loaded.mapping,
          ...(loaded.evaluation?.pricing === undefined ? {} : { pricing: loaded.evaluation.pricing }),
        }),
      );
      return loaded.evaluation === null ? EXIT.problems : EXIT.ok;
    }
    if (reading.showMapping === true && loaded.mapping.length > 0) output.out(`${mappingReport(loaded.mapping)}\n`);
    if (loaded.evaluation === null) {
      reportProblems(output, file, loaded.problems);
      reportReadWarnings(output, file, loaded.warnings);
    } else {
      const e = loaded.evaluation;
      output.out(
        `${safeText(file)}: no problems (${e.outcomes.length} outcomes, ${e.inputs.length} inputs, ${e.stakeholders.length} stakeholders)\n`,
      );
      if (e.pricing !== undefined) output.out(`${safeText(pricingLine(e.pricing))}\n`);
      if (warnings.length > 0)
        output.out(`Warnings (${warnings.length}):\n${warnings.map((w) => `  - ${safeText(w)}`).join('\n')}\n`);
    }
    return loaded.evaluation === null ? EXIT.problems : EXIT.ok;
  } finally {
    progress.done();
  }
}
