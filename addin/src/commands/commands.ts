/// <reference types="office-js" />
/**
 * Ribbon commands. The only button opens the task pane (a `ShowTaskpane`
 * action in manifest.xml), which needs no code; this entry exists so that
 * later commands run in the same shared runtime, as in Microsoft's template.
 */
Office.onReady(() => {
  // Nothing to register yet.
});
