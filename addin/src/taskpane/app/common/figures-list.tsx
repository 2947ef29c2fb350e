/** The headline figures: each with its label, its value and what it means. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { HeadlineFigure } from '../../model/results-view.js';

const useStyles = makeStyles({
  list: { margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  value: { margin: 0, fontSize: tokens.fontSizeBase400 },
  meaning: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** A description list of figures (label, value, meaning). */
export function FiguresList({ figures }: { readonly figures: readonly HeadlineFigure[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {figures.map((figure) => (
        <div key={figure.key}>
          <dt className={styles.label}>{figure.label}</dt>
          <dd className={styles.value}>{figure.value}</dd>
          <dd className={styles.meaning}>{figure.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
