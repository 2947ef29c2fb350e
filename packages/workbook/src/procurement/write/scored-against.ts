import { type Decimal, toDecimal } from '@sroi/core';
import { absoluteAddress, cellAddress } from '../../cells/address.js';
import { formula, type FormulaCell } from '../../cells/cell.js';
import type { NamedCell } from '../../layout/sheet.js';
import type { SheetBuilder } from '../../write/sheet-builder.js';
import { bidsRange, type TenderPlan } from './tender-plan.js';
import { tenderCell } from './tender-sheet.js';

/** Points as a commissioner reads them: two decimals. */
export const POINTS_FORMAT = '0.00';

/** The cells (absolute, on the Scores sheet) of the figures every bid is scored against. */
export interface ScoredAgainst {
  readonly lowestPrice: string;
  readonly highestPrice: string;
  readonly highestOffer: string;
  /** The part of the social value weight scored on money offers. */
  readonly moneyWeight: string;
  /** The part scored on the panel's score. */
  readonly scoreWeight: string;
  readonly namedCells: readonly NamedCell[];
  /** The row after the block. */
  readonly nextRow: number;
}

/**
 * Writes the figures every bid is scored against from `start`, each a live
 * formula with a name (`LowestPrice`, `SocialValueMonetisedWeight`): the
 * lowest and highest prices, the highest money offer (0 when none, as the
 * engine compares offers from 0), and how the Tender sheet's social value
 * method splits its weight (all on money offers, all on the panel's score,
 * or split by the monetised share).
 */
export function writeScoredAgainst(plan: TenderPlan, sheet: SheetBuilder, start: number, money: string): ScoredAgainst {
  const { result } = plan;
  const at = (offset: number) => absoluteAddress(start + 1 + offset, 1);
  const prices = bidsRange(plan, 'price');
  const method = tenderCell('socialValueMethod');
  const weight = tenderCell('socialValueWeight');
  const moneyShare = monetisedWeight(plan);
  const number = (pick: (bid: TenderPlan['result']['bids'][number]) => number) => result.bids.map(pick);
  const figures: [string, FormulaCell, string, string][] = [
    ['Lowest price', formula(`MIN(${prices})`, Math.min(...number((b) => b.price.toNumber()))), money, 'LowestPrice'],
    ['Highest price', formula(`MAX(${prices})`, Math.max(...number((b) => b.price.toNumber()))), money, 'HighestPrice'],
    [
      'Highest social value offer',
      // MAX of blank cells is 0, as the engine's highest offer starts from 0.
      formula(`MAX(${bidsRange(plan, 'socialValue')})`, Math.max(0, ...number((b) => b.socialValue?.toNumber() ?? 0))),
      money,
      'HighestSocialValueOffer',
    ],
    [
      'Social value weight on money offers',
      formula(
        `IF(${method}="qualitative",0,IF(${method}="both",${weight}*${tenderCell('monetisedSplit')}/100,${weight}))`,
        moneyShare.toNumber(),
      ),
      POINTS_FORMAT,
      'SocialValueMonetisedWeight',
    ],
    [
      'Social value weight on panel scores',
      formula(`${weight}-${at(3)}`, result.weights.socialValue.minus(moneyShare).toNumber()),
      POINTS_FORMAT,
      'SocialValueQualitativeWeight',
    ],
  ];
  sheet.set(start, 0, 'Scored against').set(start, 1, 'Value').boldRow(start);
  const namedCells = figures.map(([label, cell, format, name], offset): NamedCell => {
    sheet.set(start + 1 + offset, 0, label).set(start + 1 + offset, 1, cell, format);
    return { name, cell: cellAddress(start + 1 + offset, 1), comment: label };
  });
  return {
    lowestPrice: at(0),
    highestPrice: at(1),
    highestOffer: at(2),
    moneyWeight: at(3),
    scoreWeight: at(4),
    namedCells,
    nextRow: start + 1 + figures.length,
  };
}

/** The part of the social value weight scored on money offers, as the engine splits it (score-tenders.ts). */
function monetisedWeight(plan: TenderPlan): Decimal {
  const { socialValueMethod, socialValueSplit, weights } = plan.result;
  if (socialValueMethod === 'monetised') return weights.socialValue;
  if (socialValueMethod === 'qualitative' || socialValueSplit === null) return toDecimal(0);
  return weights.socialValue.times(socialValueSplit.monetised).div(100);
}
