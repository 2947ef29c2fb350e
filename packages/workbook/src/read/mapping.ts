/**
 * An explicit column mapping, and the mapping a read actually used (for
 * `--show-mapping`, the JSON result and the task pane).
 */

/**
 * Says which column holds which field, where headers cannot tell. Columns are
 * named by letter (`"D"`) or by their header text as written (`"Value per person (£)"`).
 *
 * @example
 * ```ts
 * fromWorkbook(sheets, { columns: { sheet: 'Costs', columns: { quantity: 'D', proxyValue: 'Unit cost' } } });
 * ```
 */
export interface ColumnMapping {
  /** The sheet holding the impact map (default: the one found by its headers, or the first). */
  readonly sheet?: string;
  /** The impact map's (last) header row, 1 being the sheet's first row (default: found). */
  readonly headerRow?: number;
  /** Impact-map field → column letter or header text. Fields are those of {@link IMPACT_COLUMNS}. */
  readonly columns: Readonly<Record<string, string>>;
}

/** One column as read: the field it fed and where its header is. */
export interface ColumnRead {
  /** The field, as in {@link IMPACT_COLUMNS} (`quantity`, `proxyValue`, `inputAmount`…), or null when not read. */
  readonly field: string | null;
  /** The column's letter, e.g. `F`. */
  readonly column: string;
  /** The header as written (both rows of a two-row header joined with " / "). */
  readonly header: string;
  /** How the field was decided: by the header, by the explicit mapping, or not read (with why). */
  readonly how: 'header' | 'mapping' | 'ignored';
  /** For an ignored column: why it is not read (computed, not a known field, a second copy…). */
  readonly why?: string;
}

/** How one table was read. */
export interface TableMapping {
  readonly table: 'impactMap' | 'inputs' | 'stakeholders' | 'quantityByYear';
  readonly sheet: string;
  /** The header rows, e.g. `A3:S4`. */
  readonly headers: string;
  /** Data rows read, e.g. `5:23` (1-based, inclusive), or null when none. */
  readonly rows: string | null;
  readonly columns: readonly ColumnRead[];
}
