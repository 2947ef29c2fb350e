/** The pane's theme: Fluent's web light theme, or the high-contrast one when Windows forces colours. */
import { useEffect, useState } from 'react';
import { teamsHighContrastTheme, webLightTheme, type Theme } from '@fluentui/react-components';

const FORCED_COLORS = '(forced-colors: active)';

/** The theme to use now, following a change of the system's forced-colours setting. */
export function usePaneTheme(): Theme {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(FORCED_COLORS) : null;
  const [forced, setForced] = useState(query?.matches === true);
  useEffect(() => {
    if (query === null) return;
    const changed = (event: MediaQueryListEvent) => setForced(event.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, [query]);
  return forced ? teamsHighContrastTheme : webLightTheme;
}
