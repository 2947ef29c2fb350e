/**
 * A wide table in a region that scrolls sideways on its own, so the pane stays
 * usable at 320 px; focusable so keyboard users can scroll it too.
 */
import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  region: {
    overflowX: 'auto',
    maxWidth: '100%',
    marginBottom: tokens.spacingVerticalM,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** A horizontally scrollable, focusable, labelled region. */
export function ScrollRegion({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={useStyles().region}>
      {children}
    </div>
  );
}
