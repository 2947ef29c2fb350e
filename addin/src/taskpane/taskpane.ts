/// <reference types="office-js" />
/**
 * The task pane page. In the shared runtime this page also hosts the custom
 * functions (its bundle is loaded here too), so it must stay loaded; the
 * wizard comes in a later issue.
 */
import { statusText } from './status.js';

Office.onReady((info) => {
  const status = document.getElementById('status');
  if (status !== null) status.textContent = statusText(info.host === Office.HostType.Excel);
});
