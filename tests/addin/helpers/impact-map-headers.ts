/** The header row of an impact map as SROI.RESULTS reads it: the columns these tests fill in. */
export const MAP_HEADERS = [
  'Stakeholder',
  'Outcome',
  'Quantity',
  'Financial proxy',
  'Deadweight',
  'Displacement',
  'Attribution',
  'Drop-off',
  'Duration',
];

/** The same with a Start year column last. */
export const MAP_HEADERS_WITH_START_YEAR = [...MAP_HEADERS, 'Start year'];
