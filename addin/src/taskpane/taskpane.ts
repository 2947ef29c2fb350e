/// <reference types="office-js" />
/**
 * The task pane page. In the shared runtime this page also hosts the custom
 * functions (their bundle is loaded by the same page), so this entry stays
 * tiny: it says the functions are ready, then loads the pane's React UI as a
 * separate chunk, so that registering the functions never waits for it.
 */
import { excelAbilities } from './excel/abilities.js';
import { statusText } from './status.js';

Office.onReady(async (info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const status = document.getElementById('status');
  if (status !== null) status.textContent = statusText(inExcel);
  const root = document.getElementById('pane');
  if (root === null) return;
  // Older Excel builds lack some APIs: the pane asks once and explains what is unavailable.
  const requirements = inExcel ? Office.context?.requirements : undefined;
  const abilities =
    requirements === undefined ? null : excelAbilities((set, version) => requirements.isSetSupported(set, version));
  try {
    const { mountPane } = await import(/* webpackChunkName: "pane" */ './app/mount.js');
    mountPane(root, { inExcel, abilities });
  } catch (error) {
    // A pane that cannot load must still say so, in words, not a blank page.
    root.textContent = 'The SROI task pane could not load. Close it and open it again; the =SROI functions still work.';
    console.error(error);
  }
});
