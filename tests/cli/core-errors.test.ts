import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '@sroi/cli';
import { rateOfYear, type Evaluation } from '@sroi/core';
import { run } from './run';

// evaluate validates a rates list before discounting, so no file reaches core's
// SroiEvaluationError today: the engine's evaluate is replaced by one that meets it
// (or meets a plain fault), to pin what the command line does when a future path does.
const fault = { next: undefined as 'too-few-rates' | 'fault' | undefined };
jest.mock('@sroi/core', () => {
  const actual = jest.requireActual('@sroi/core');
  return {
    ...actual,
    evaluate: (evaluation: Evaluation) => {
      if (fault.next === 'too-few-rates') actual.rateOfYear(evaluation.discount, 3);
      if (fault.next === 'fault') throw new RangeError('Invalid array length');
      return actual.evaluate(evaluation);
    },
  };
});

const directory = mkdtempSync(join(tmpdir(), 'sroi-cli-core-errors-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const file = join(directory, 'two-rates.json');
writeFileSync(
  file,
  JSON.stringify({
    name: 'Two rates',
    stakeholders: [{ id: 'people', name: 'Participants' }],
    inputs: [{ description: 'Grant', amount: 1000 }],
    outcomes: [
      { id: 'w', stakeholder: 'people', description: 'Wellbeing', quantity: 10, proxy: { value: 100 }, duration: 1 },
    ],
    discount: { rates: [0.035, 0.035] },
  }),
);

describe('sroi and the errors core throws', () => {
  afterEach(() => (fault.next = undefined));

  it('the stand-in evaluate meets core’s own error for a third year of a two-rate list', () => {
    expect(() => rateOfYear({ rates: [0.035, 0.035] }, 3)).toThrow('discount.rates has 2 rates; year 3 needs one');
  });

  it('reports too few discount rates as a problem with the evaluation (exit 1), with the same message as before', async () => {
    fault.next = 'too-few-rates';
    expect(await run('evaluate', file)).toEqual({
      code: EXIT.problems,
      out: '',
      err: 'sroi: the evaluation cannot be computed: discount.rates has 2 rates; year 3 needs one\n',
    });
  });

  it('lets a RangeError that core did not throw on purpose through to the unexpected-error path', async () => {
    fault.next = 'fault';
    await expect(run('evaluate', file)).rejects.toThrow(new RangeError('Invalid array length'));
  });

  it('still evaluates the file when nothing goes wrong', async () => {
    expect((await run('evaluate', file)).code).toBe(EXIT.ok);
  });
});
