import type { DomainResult } from '@sroi/core';

/** The Social Value Act's domains as a page names them (the terminal prints them as the map writes them). */
const DOMAIN_NAMES: Readonly<Record<DomainResult['domain'], string>> = {
  economic: 'Economic',
  social: 'Social',
  environmental: 'Environmental',
  unassigned: 'No domain',
};

/**
 * A domain in words, for the HTML report's tables and charts: one name for
 * outcomes given no domain on the whole page.
 *
 * @example
 * ```ts
 * domainName('unassigned'); //=> 'No domain'
 * ```
 */
export const domainName = (domain: DomainResult['domain']): string => DOMAIN_NAMES[domain];
