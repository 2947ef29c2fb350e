/**
 * The task pane's React UI, loaded on demand by `taskpane.ts` once Office is
 * ready (a separate chunk, so the custom functions never wait for it).
 */
import { createRoot } from 'react-dom/client';
import type { ExcelAbilities } from '../excel/abilities.js';
import { Pane } from './pane.js';

/**
 * Renders the pane into `root`, replacing what the page showed while loading.
 *
 * @param root - the element the pane fills
 * @param options - `inExcel`: whether the page runs in Excel; `abilities`: what this Excel can do (null outside Excel)
 *
 * @example
 * ```ts
 * mountPane(document.getElementById('pane')!, { inExcel: true, abilities });
 * ```
 */
export function mountPane(
  root: HTMLElement,
  options: { readonly inExcel: boolean; readonly abilities: ExcelAbilities | null },
): void {
  root.replaceChildren();
  createRoot(root).render(<Pane environment={{ inExcel: options.inExcel, abilities: options.abilities }} />);
}
