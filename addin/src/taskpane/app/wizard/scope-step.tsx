/** Step 1: the evaluation's name and settings. */
import { DraftChoice } from './draft-choice.js';
import { DraftInput } from './draft-input.js';
import type { StepProps } from './step-props.js';

/** Name, kind, currency, first year, timing, discounting and how reductions combine. */
export function ScopeStep({ draft, shown, dispatch }: StepProps) {
  const scope = draft.scope;
  const common = { dispatch };
  return (
    <>
      <DraftInput
        {...common}
        field="scope.name"
        label="Evaluation name"
        value={scope.name}
        shown={shown['scope.name']}
        guidance="name"
        required
      />
      <DraftChoice
        {...common}
        field="scope.kind"
        label="Kind"
        value={scope.kind}
        choices={['forecast', 'evaluative']}
        shown={shown['scope.kind']}
        guidance="kind"
      />
      <DraftInput
        {...common}
        field="scope.currency"
        label="Currency"
        value={scope.currency}
        shown={shown['scope.currency']}
        guidance="currency"
      />
      <DraftInput
        {...common}
        field="scope.period"
        label="First year"
        value={scope.period}
        shown={shown['scope.period']}
        guidance="period"
      />
      <DraftChoice
        {...common}
        field="scope.timing"
        label="Timing"
        value={scope.timing}
        choices={['end-of-year', 'start-of-year', 'mid-year']}
        shown={shown['scope.timing']}
        guidance="timing"
      />
      <DraftChoice
        {...common}
        field="scope.discount"
        label="Discounting"
        value={scope.discount}
        choices={['constant', 'green-book', 'green-book-health']}
        shown={shown['scope.discount']}
        guidance="discount"
      />
      {scope.discount === 'constant' ? (
        <DraftInput
          {...common}
          field="scope.rate"
          label="Discount rate"
          value={scope.rate}
          shown={shown['scope.rate']}
          guidance="rate"
          inputMode="decimal"
        />
      ) : null}
      <DraftChoice
        {...common}
        field="scope.reductions"
        label="Reductions"
        value={scope.reductions}
        choices={['multiplicative', 'subtractive']}
        shown={shown['scope.reductions']}
        guidance="reductions"
      />
    </>
  );
}
