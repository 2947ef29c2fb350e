/** The bids in rank order with their points, in a table that scrolls sideways on its own in a narrow pane. */
import type { TenderView } from '../../model/tender-view.js';
import { SimpleTable } from '../common/simple-table.js';

/** Rank, bidder (heading its row), points for price, quality and social value, total, social value per £. */
export function RankedTable({ view }: { readonly view: TenderView }) {
  return (
    <SimpleTable
      caption="Bids ranked by total points"
      headers={[
        'Rank',
        'Bidder',
        'Price points',
        'Quality points',
        'Social value points',
        'Total',
        view.perPoundHeading,
      ]}
      rows={view.ranked.map((bid) => [
        bid.rank,
        bid.bidder,
        bid.pricePoints,
        bid.qualityPoints,
        bid.socialValuePoints,
        bid.total,
        bid.socialValuePerPound,
      ])}
      numeric={[0, 2, 3, 4, 5, 6]}
      rowHeader={1}
    />
  );
}
