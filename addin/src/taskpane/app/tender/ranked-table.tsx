/** The bids in rank order with their points, in a table that scrolls sideways on its own in a narrow pane. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { TenderView } from '../../model/tender-view.js';
import { ScrollRegion } from '../common/scroll-region.js';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    overflowWrap: 'normal',
    wordBreak: 'normal',
  },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  caption: { textAlign: 'left', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
});

const CAPTION = 'Bids ranked by total points';

/** Rank, bidder (heading its row), points for price, quality and social value, total, social value per £. */
export function RankedTable({ view }: { readonly view: TenderView }) {
  const styles = useStyles();
  const number = `${styles.cell} ${styles.number}`;
  const headings = [
    'Rank',
    'Bidder',
    'Price points',
    'Quality points',
    'Social value points',
    'Total',
    view.perPoundHeading,
  ];
  return (
    <ScrollRegion label={CAPTION}>
      <table className={styles.table}>
        <caption className={styles.caption}>{CAPTION}</caption>
        <thead>
          <tr>
            {headings.map((heading, index) => (
              <th key={heading} scope="col" className={index === 1 ? styles.cell : number}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.ranked.map((bid) => (
            <tr key={bid.bidder}>
              <td className={number}>{bid.rank}</td>
              <th scope="row" className={styles.cell}>
                {bid.bidder}
              </th>
              <td className={number}>{bid.pricePoints}</td>
              <td className={number}>{bid.qualityPoints}</td>
              <td className={number}>{bid.socialValuePoints}</td>
              <td className={number}>{bid.total}</td>
              <td className={number}>{bid.socialValuePerPound}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
