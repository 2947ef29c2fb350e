// The procurement writers (issue 10): workbooks with live formulas, one file per sheet.
export { tenderWorkbook } from './tender-workbook.js';
export { monitoringWorkbook } from './monitoring-workbook.js';
export { catalogueWorkbook } from './catalogue-workbook.js';
