/** A heading inside a page (h3), styled like the pane's other headings. */
import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
});

/** An h3 naming a section of a page. */
export function SectionHeading({ children, id }: { readonly children: ReactNode; readonly id?: string }) {
  return (
    <h3 className={useStyles().heading} id={id}>
      {children}
    </h3>
  );
}
