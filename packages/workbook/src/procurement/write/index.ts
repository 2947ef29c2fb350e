import type { Catalogue, Contract, MonitorOptions, PriceBase, Tender, TenderOptions } from '@sroi/core';
import type { WorkbookLayout } from '../../layout/sheet.js';

// Placeholders: the procurement writers are being written (issue 10).
export declare function tenderWorkbook(tender: Tender, options?: TenderOptions): WorkbookLayout;
export declare function monitoringWorkbook(contract: Contract, options: MonitorOptions): WorkbookLayout;
export declare function catalogueWorkbook(catalogue: Catalogue, priceBase?: PriceBase): WorkbookLayout;
