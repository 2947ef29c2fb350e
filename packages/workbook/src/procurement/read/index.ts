// The procurement readers (issue 10): spreadsheet grids (workbook sheets or a CSV) to the core's models,
// the same for the command line and the Excel add-in.
export type { ProcurementRead, PricedRead } from './types.js';
export { catalogueFromSheets } from './read-catalogue.js';
export { priceIndexFromSheets } from './read-price-index.js';
export { tenderFromSheets } from './read-tender.js';
export { contractFromSheets, type ContractReadOptions } from './read-contract.js';
