/**
 * Monte Carlo: how many draws, Run, a progress bar with 'n of N draws' and
 * Cancel, then the histogram with P10, P50 and P90 and the chance of at least
 * 1 : 1. Runs in the pane, yielding between chunks so Excel stays responsive.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Input, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { monteCarloAsync, SroiCancelledError, type Evaluation, type MonteCarloResult } from '@sroi/core';
import { histogram, monteCarloSummary } from '../../model/sensitivity-view.js';
import { ButtonRow } from '../common/button-row.js';
import { ErrorBar } from '../common/error-bar.js';
import { HistogramChart } from './histogram-chart.js';
import { readIterations } from './iterations.js';

const useStyles = makeStyles({
  figures: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

const count = (n: number) => n.toLocaleString('en-GB');

/** The Monte Carlo controls, progress and result. */
export function MonteCarloPanel({ evaluation }: { readonly evaluation: Evaluation }) {
  const styles = useStyles();
  const [iterations, setIterations] = useState('10,000');
  const [tried, setTried] = useState(false);
  const [progress, setProgress] = useState<{ readonly done: number; readonly total: number } | null>(null);
  const [result, setResult] = useState<MonteCarloResult | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops a run: nothing would show its result.
  useEffect(() => () => controller.current?.abort(), []);

  const wanted = readIterations(iterations);
  const run = async () => {
    setTried(true);
    if (typeof wanted === 'string') return;
    const abort = new AbortController();
    controller.current = abort;
    setError(null);
    setResult(null);
    setStatus('');
    setProgress({ done: 0, total: wanted });
    try {
      const finished = await monteCarloAsync(evaluation, {
        iterations: wanted,
        keepDraws: true,
        onProgress: (reached) => setProgress({ done: reached.done, total: reached.total }),
        signal: abort.signal,
      });
      setResult(finished);
      setStatus(`Finished ${count(finished.iterations)} draws.`);
    } catch (caught) {
      if (caught instanceof SroiCancelledError) setStatus('Cancelled; nothing was changed.');
      else setError(caught);
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  return (
    <>
      <p>
        Draws every quantity, proxy and share at random around its value (quantities and proxies within 20%, shares
        within 10 points) and evaluates the map each time, to show how far the ratio could move.
      </p>
      <Field
        label="Iterations"
        hint="How many times to draw the whole map; 10,000 is usually enough."
        validationState={tried && typeof wanted === 'string' ? 'error' : 'none'}
        validationMessage={tried && typeof wanted === 'string' ? wanted : undefined}
      >
        <Input value={iterations} inputMode="numeric" onChange={(_, data) => setIterations(data.value)} />
      </Field>
      <ButtonRow>
        <Button appearance="primary" disabled={progress !== null} onClick={() => void run()}>
          Run
        </Button>
        {progress === null ? null : <Button onClick={() => controller.current?.abort()}>Cancel</Button>}
      </ButtonRow>
      {progress === null ? null : (
        <Field label="Progress">
          <ProgressBar value={progress.done} max={progress.total} />
        </Field>
      )}
      <p role="status" aria-live="polite">
        {progress === null ? status : `${count(progress.done)} of ${count(progress.total)} draws`}
      </p>
      <ErrorBar error={error} title="The Monte Carlo run stopped." />
      {result === null ? null : (
        <MonteCarloResultView result={result} currency={evaluation.currency ?? 'GBP'} className={styles.figures} />
      )}
    </>
  );
}

function MonteCarloResultView({
  result,
  currency,
  className,
}: {
  readonly result: MonteCarloResult;
  readonly currency: string;
  readonly className: string;
}) {
  const summary = useMemo(() => monteCarloSummary(result, currency), [result, currency]);
  const ratios = result.draws?.ratio ?? null;
  const bins = useMemo(
    () => histogram(ratios ?? result.draws?.presentValue ?? new Float64Array(0)),
    [ratios, result.draws],
  );
  return (
    <>
      <HistogramChart
        bins={bins}
        summary={summary}
        of={ratios === null ? 'present values' : 'SROI ratios'}
        markPercentiles={ratios !== null}
      />
      <ul className={className}>
        <li>{`P10: ${summary.p10}`}</li>
        <li>{`P50: ${summary.p50}`}</li>
        <li>{`P90: ${summary.p90}`}</li>
        <li>{`Probability of at least 1 : 1: ${summary.probabilityAtLeastTarget}`}</li>
        <li>{`Present value P10 ${summary.presentValue.p10}, P50 ${summary.presentValue.p50}, P90 ${summary.presentValue.p90}`}</li>
      </ul>
      <p>{summary.sentence}</p>
    </>
  );
}
