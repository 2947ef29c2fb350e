import * as core from '@sroi/core';
import {
  evaluate,
  monteCarlo,
  monteCarloAsync,
  rateOfYear,
  SroiCancelledError,
  SroiError,
  SroiEvaluationError,
  SroiOptionsError,
  SroiValidationError,
} from '@sroi/core';
import { workedCheck } from './fixtures';

/** What `body` throws (or its promise rejects with); fails the test when it throws nothing. */
async function thrownBy(body: () => unknown): Promise<unknown> {
  try {
    await body();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('the errors core throws on purpose', () => {
  it('reports an invalid evaluation as a SroiError with the code "validation" and the same message', async () => {
    const error = await thrownBy(() =>
      evaluate({ ...workedCheck, outcomes: [{ ...workedCheck.outcomes[0]!, deadweight: 20 }] }),
    );
    expect(error).toBeInstanceOf(SroiError);
    expect(error).toBeInstanceOf(SroiValidationError);
    expect(error).toMatchObject({ name: 'SroiValidationError', code: 'validation' });
    expect((error as Error).message).toMatch(/^Invalid evaluation \(1 problem\):\n- outcomes\[0\]\.deadweight: /);
  });

  it('reports invalid options as a SroiError with the code "options" and the same message', async () => {
    const error = await thrownBy(() => monteCarlo(workedCheck, { iterations: 0 }));
    expect(error).toBeInstanceOf(SroiError);
    expect(error).toBeInstanceOf(SroiOptionsError);
    expect(error).toMatchObject({
      name: 'SroiOptionsError',
      code: 'options',
      message:
        'Invalid options (1 problem):\n- iterations: iterations must be a whole number from 1 to 10000000; got 0',
    });
  });

  it('reports a cancelled Monte Carlo run as a SroiError with the code "cancelled" and the same message', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await thrownBy(() => monteCarloAsync(workedCheck, { iterations: 10, signal: controller.signal }));
    expect(error).toBeInstanceOf(SroiError);
    expect(error).toBeInstanceOf(SroiCancelledError);
    expect(error).toMatchObject({
      name: 'SroiCancelledError',
      code: 'cancelled',
      message: 'Monte Carlo run cancelled after 0 of 10 iterations',
      done: 0,
      total: 10,
    });
  });

  it('reports too few discount rates as a SroiEvaluationError with the code "evaluation", no longer a RangeError', async () => {
    const error = await thrownBy(() => rateOfYear({ rates: [0.05, 0.04] }, 3));
    expect(error).toBeInstanceOf(SroiError);
    expect(error).toBeInstanceOf(SroiEvaluationError);
    expect(error).not.toBeInstanceOf(RangeError);
    expect(error).toMatchObject({
      name: 'SroiEvaluationError',
      code: 'evaluation',
      message: 'discount.rates has 2 rates; year 3 needs one',
    });
  });
});

describe('what @sroi/core exports', () => {
  it('exports the error classes a caller catches', () => {
    expect(Object.keys(core)).toEqual(
      expect.arrayContaining([
        'SroiError',
        'SroiEvaluationError',
        'SroiValidationError',
        'SroiOptionsError',
        'SroiCancelledError',
      ]),
    );
  });

  it('exports no internals that nothing outside core uses, and no zod schema', () => {
    const exported = Object.keys(core);
    for (const internal of ['UNUSUAL', 'applyChanges', 'DEFAULT_RATE', 'seededUniform', 'evaluationSchema'])
      expect(exported).not.toContain(internal);
  });
});
