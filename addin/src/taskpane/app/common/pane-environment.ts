/** Where the pane runs, for any component that needs Excel: read once at mount, never changed. */
import { createContext, useContext } from 'react';
import type { ExcelAbilities } from '../../excel/abilities.js';

export interface PaneEnvironment {
  readonly inExcel: boolean;
  /** What this Excel can do; null outside Excel. */
  readonly abilities: ExcelAbilities | null;
}

export const PaneEnvironmentContext = createContext<PaneEnvironment>({ inExcel: false, abilities: null });

/** The pane's environment: whether it runs in Excel and what that Excel can do. */
export function usePaneEnvironment(): PaneEnvironment {
  return useContext(PaneEnvironmentContext);
}
