// The demo until the command line lands: evaluates METHOD.md's worked check
// with the built @sroi/core and prints its summary.
import { evaluate, formatMoney, formatMonths, formatRatio } from '@sroi/core';

const result = evaluate({
  name: 'Worked check (METHOD.md)',
  stakeholders: [{ id: 'people', name: 'Participants' }],
  inputs: [{ description: 'Grant', amount: 50000 }],
  outcomes: [
    {
      id: 'wellbeing',
      stakeholder: 'people',
      description: 'Improved wellbeing',
      quantity: 100,
      proxy: { value: 1000 },
      deadweight: 0.2,
      displacement: 0.1,
      attribution: 0.25,
      dropOff: 0.5,
      duration: 3,
    },
  ],
});
console.log(`${result.name}
  Present value   ${formatMoney(result.presentValue)}
  Inputs          ${formatMoney(result.inputsPresentValue)}
  Net value       ${formatMoney(result.netPresentValue)}
  SROI ratio      ${formatRatio(result.ratio)}
  Payback         ${formatMonths(result.paybackMonths)}`);
