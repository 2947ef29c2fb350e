// The plan for "Write scores sheet": the tender's sheets under names no user's sheet has, formulas following them.
import type { Tender } from '@sroi/core';
import { isFormula } from '@sroi/workbook';
import { planTender, renameSheetsInFormula } from '../../../addin/src/taskpane/plan/tender-plan';

const WORKED: Tender = {
  name: 'Community falls service',
  weights: { price: 60, quality: 30, socialValue: 10 },
  bids: [
    { bidder: 'A', price: 10000, quality: 80, socialValue: 50000 },
    { bidder: 'B', price: 8000, quality: 70, socialValue: 20000 },
  ],
};

const formulasOf = (plan: ReturnType<typeof planTender>) =>
  plan.sheets.flatMap((sheet) =>
    sheet.cells
      .flat()
      .filter(isFormula)
      .map((cell) => cell.formula),
  );

describe('planTender', () => {
  it('writes Tender, Bids and Scores in an empty workbook, shows Scores, and replaces nothing', () => {
    const plan = planTender(WORKED, [], { replaceOurs: false });
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(['Tender', 'Bids', 'Scores']);
    expect(plan.activate).toBe('Scores');
    expect(plan.replaces).toEqual([]);
    expect(plan.tables.map((table) => table.sheet)).toEqual(['Bids', 'Scores']);
    expect(plan.names.map((name) => name.name)).toContain('PriceWeight');
  });

  it('gives a sheet a new name where the user has one, and every formula reads the renamed sheet', () => {
    const existing = [
      { name: 'bids', ours: false, tables: ['Bids'] },
      { name: 'Tender', ours: false },
    ];
    const plan = planTender(WORKED, existing, { replaceOurs: true });
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(['Tender (2)', 'Bids (2)', 'Scores']);
    expect(plan.replaces).toEqual([]);
    const formulas = formulasOf(plan);
    expect(formulas.some((formula) => formula.includes("'Bids (2)'!"))).toBe(true);
    expect(formulas.some((formula) => formula.includes("'Tender (2)'!"))).toBe(true);
    expect(formulas.filter((formula) => /(^|[^'\w])(Bids|Tender)!/.test(formula))).toEqual([]);
    // A table takes no name a table of the user's has.
    expect(plan.tables.map((table) => table.name)).toEqual(['Bids_2', 'Scores']);
    expect(plan.names.every((name) => name.sheet !== 'Tender')).toBe(true);
  });

  it('replaces the add-in’s own earlier sheets only when the commissioner has said so', () => {
    const existing = [
      { name: 'Tender', ours: true },
      { name: 'Bids', ours: true },
      { name: 'Scores', ours: true },
    ];
    expect(planTender(WORKED, existing, { replaceOurs: true }).replaces).toEqual(['Tender', 'Bids', 'Scores']);
    const kept = planTender(WORKED, existing, { replaceOurs: false });
    expect(kept.replaces).toEqual([]);
    expect(kept.activate).toBe('Scores (2)');
  });

  it('carries the engine’s totals as the cached results of the Scores formulas: A 82, B 85', () => {
    const scores = planTender(WORKED, [], { replaceOurs: false }).sheets.find((sheet) => sheet.name === 'Scores');
    const header = scores?.cells.findIndex((row) => row.includes('Total')) ?? -1;
    const column = scores?.cells[header]?.indexOf('Total') ?? -1;
    const totals = scores?.cells.slice(header + 1, header + 3).map((row) => row[column]);
    expect(totals?.map((cell) => (isFormula(cell) ? cell.result : cell))).toEqual([82, 85]);
  });
});

describe('renameSheetsInFormula', () => {
  const renames = [
    ['Bids', 'Bids (2)'],
    ["O'Brien", 'Tender 2'],
  ] as const;

  it('points plain and quoted references at the new name, ignoring case as Excel does', () => {
    expect(renameSheetsInFormula('MIN(Bids!$B$3:$B$4)/bids!B3', renames)).toBe(
      "MIN('Bids (2)'!$B$3:$B$4)/'Bids (2)'!B3",
    );
    expect(renameSheetsInFormula("'Bids'!A1+'O''Brien'!B2", renames)).toBe("'Bids (2)'!A1+'Tender 2'!B2");
  });

  it('leaves text in quotes, other sheets and names that only end like a renamed one alone', () => {
    const formula = 'IF(MyBids!A1="Bids!A1",Bids2!A1,Scores!B3)';
    expect(renameSheetsInFormula(formula, renames)).toBe(formula);
    expect(renameSheetsInFormula('"say ""Bids!"""&Bids!A1', renames)).toBe('"say ""Bids!"""&\'Bids (2)\'!A1');
  });
});
