/** One row of a list in the wizard (a stakeholder, an input, an outcome) as a fieldset named by its legend. */
import type { ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: `0 0 ${tokens.spacingVerticalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
  },
});

export interface RowFieldsetProps {
  /** The row's name, e.g. `Outcome 2: Improved wellbeing`. */
  readonly legend: string;
  /** Removes the row; absent where rows cannot be removed here (the impact step). */
  readonly onRemove?: () => void;
  /** The name of the remove button, e.g. `Remove outcome 2`. */
  readonly removeLabel?: string;
  readonly children: ReactNode;
}

/** A fieldset with a legend and, optionally, a button that removes the row. */
export function RowFieldset({ legend, onRemove, removeLabel, children }: RowFieldsetProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
      {onRemove === undefined ? null : (
        <div>
          <Button onClick={onRemove}>{removeLabel ?? `Remove ${legend}`}</Button>
        </div>
      )}
    </fieldset>
  );
}
