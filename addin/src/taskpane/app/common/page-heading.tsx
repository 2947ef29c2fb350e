/**
 * A page's (or wizard step's) heading, which takes focus when the user arrives
 * on it, so a screen reader announces the new page and Tab starts from its top.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`, lineHeight: 1.25 },
  h1: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface PageHeadingProps {
  readonly level: 1 | 2 | 3;
  /** Move focus here when shown (false on first load, so the pane never takes focus from Excel). */
  readonly focus: boolean;
  readonly children: ReactNode;
}

/** A heading that takes focus when it appears and `focus` is true. */
export function PageHeading({ level, focus, children }: PageHeadingProps) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const className = `${styles.heading} ${styles[`h${level}`]}`;
  if (level === 1)
    return (
      <h1 ref={ref} tabIndex={-1} className={className}>
        {children}
      </h1>
    );
  if (level === 2)
    return (
      <h2 ref={ref} tabIndex={-1} className={className}>
        {children}
      </h2>
    );
  return (
    <h3 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h3>
  );
}
