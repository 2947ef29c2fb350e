/**
 * A plain semantic table of formatted strings in a scrollable region: the
 * figures by stakeholder, domain and year, switching values, a tornado's numbers.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { ScrollRegion } from './scroll-region.js';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    // Words stay whole in tables: the region scrolls sideways instead.
    overflowWrap: 'normal',
    wordBreak: 'normal',
    minWidth: '6em',
  },
  wide: { minWidth: '16em' },
  caption: { textAlign: 'left', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
});

export interface SimpleTableProps {
  /** The table's caption, also the scroll region's label. */
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns (by index) holding numbers, right-aligned. */
  readonly numeric?: readonly number[];
  /** Columns (by index) holding sentences, given room to read. */
  readonly wide?: readonly number[];
  /** The column (by index) whose cell heads each row: the first unless said (a rank may come before the name). */
  readonly rowHeader?: number;
}

/** A captioned table in which one column (the first by default) heads each row. */
export function SimpleTable({ caption, headers, rows, numeric = [], wide = [], rowHeader = 0 }: SimpleTableProps) {
  const styles = useStyles();
  const classOf = (index: number) =>
    [styles.cell, numeric.includes(index) ? styles.number : '', wide.includes(index) ? styles.wide : ''].join(' ');
  return (
    <ScrollRegion label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className={classOf(index)}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) =>
                index === rowHeader ? (
                  <th key={index} scope="row" className={classOf(index)}>
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={classOf(index)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
