/**
 * Problems and warnings at cells, each led by a link such as `Sheet1!F7` that
 * selects the cell in Excel, so the commissioner can go and fix it.
 */
import { useState } from 'react';
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { sheetReference } from '@sroi/workbook';
import { withExcel } from '../../excel/run.js';
import { selectCell } from '../../excel/select-cell.js';
import { ErrorBar } from './error-bar.js';
import { usePaneEnvironment } from './pane-environment.js';

const useStyles = makeStyles({
  list: { paddingLeft: tokens.spacingHorizontalL, margin: 0 },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

/** One message, at a cell when there is one. */
export interface CellMessage {
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}

/** A list of messages; those at a cell start with a link that selects it. */
export function CellLinkList({ items, label }: { readonly items: readonly CellMessage[]; readonly label: string }) {
  const styles = useStyles();
  const { inExcel } = usePaneEnvironment();
  const [error, setError] = useState<unknown>(null);
  const select = (sheet: string, cell: string) => {
    setError(null);
    withExcel((context) => selectCell(context, sheet, cell)).catch(setError);
  };
  return (
    <>
      <ErrorBar error={error} title="Could not select the cell." />
      <ul className={styles.list} aria-label={label}>
        {items.map((item, index) => (
          <li key={index} className={styles.item}>
            {item.sheet !== null && item.cell !== null ? (
              <>
                <Link as="button" disabled={!inExcel} onClick={() => select(item.sheet ?? '', item.cell ?? '')}>
                  {`${sheetReference(item.sheet)}!${item.cell}`}
                </Link>
                {': '}
              </>
            ) : null}
            {item.message}
          </li>
        ))}
      </ul>
    </>
  );
}
