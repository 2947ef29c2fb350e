/**
 * How the reader read each column of a table: its letter, its header and the
 * field it fed. For the impact map each column has a select to correct it.
 */
import { Select, makeStyles, tokens } from '@fluentui/react-components';
import { IMPACT_COLUMNS, fieldName, type TableMapping } from '@sroi/workbook';
import { ScrollRegion } from '../common/scroll-region.js';

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
  },
  header: { minWidth: '8em' },
  select: { minWidth: '10em' },
  why: { display: 'block', color: tokens.colorNeutralForeground3 },
});

/** The fields a column of the impact map can be read as: the value map's, and its Inputs columns. */
const FIELDS: readonly string[] = [...IMPACT_COLUMNS.map((column) => column.field), 'inputDescription', 'inputAmount'];

const TABLE_NAMES: Readonly<Record<TableMapping['table'], string>> = {
  impactMap: 'Impact map',
  inputs: 'Inputs',
  stakeholders: 'Stakeholders',
  quantityByYear: 'Quantity by year',
};

export interface MappingTableProps {
  readonly table: TableMapping;
  /** Called when the user says column `letter` holds `field` (null: not used); absent: read only. */
  readonly onCorrect?: (letter: string, field: string | null) => void;
}

/** One row per column: letter, header as written, and what it was read as. */
export function MappingTable({ table, onCorrect }: MappingTableProps) {
  const styles = useStyles();
  const caption = `${TABLE_NAMES[table.table]} on ${table.sheet}, headers ${table.headers}${table.rows === null ? '' : `, rows ${table.rows}`}`;
  return (
    <ScrollRegion label={caption}>
      <table className={styles.table}>
        <caption className={styles.cell}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              Column
            </th>
            <th scope="col" className={styles.cell}>
              Header
            </th>
            <th scope="col" className={styles.cell}>
              Read as
            </th>
          </tr>
        </thead>
        <tbody>
          {table.columns.map((column) => (
            <tr key={column.column}>
              <th scope="row" className={styles.cell}>
                {column.column}
              </th>
              <td className={`${styles.cell} ${styles.header}`}>
                {column.header === '' ? '(no header)' : column.header}
                {column.why === undefined ? null : <span className={styles.why}>{column.why}</span>}
              </td>
              <td className={styles.cell}>
                {onCorrect === undefined ? (
                  column.field === null ? (
                    'Not used'
                  ) : (
                    fieldName(column.field, table.table)
                  )
                ) : (
                  <Select
                    className={styles.select}
                    aria-label={`Column ${column.column} is read as`}
                    value={column.field ?? ''}
                    onChange={(_, data) => onCorrect(column.column, data.value === '' ? null : data.value)}
                  >
                    <option value="">Not used</option>
                    {FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {fieldName(field)}
                      </option>
                    ))}
                  </Select>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
