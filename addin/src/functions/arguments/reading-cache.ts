/**
 * Results kept by the exact cells of the arguments they were computed from,
 * newest first, within a bound on both how many are kept and how many cells
 * they hold together, so that memory stays bounded however large the ranges
 * a workbook passes.
 *
 * @example
 * ```ts
 * const cache = new CellsCache<string>(8, 500_000);
 * cache.set(['SROI.RESULTS', [[1, 2]]], 'reading');
 * cache.get(['SROI.RESULTS', [[1, 2]]]); //=> 'reading' (the same cells, even in other arrays)
 * ```
 */
export class CellsCache<T> {
  private readonly entries: { readonly key: readonly unknown[]; readonly cells: number; readonly value: T }[] = [];

  /**
   * @param maxEntries - how many results are kept
   * @param maxCells - how many cells the kept keys may hold together; a key larger than this alone is not kept
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxCells: number,
  ) {}

  /** The result kept for arguments holding the same cells, if any. */
  get(key: readonly unknown[]): T | undefined {
    return this.entries.find((entry) => sameCells(entry.key, key))?.value;
  }

  /** Keeps a result (with its own copy of the cells), dropping the oldest beyond the bounds. */
  set(key: readonly unknown[], value: T): void {
    const cells = cellCount(key);
    if (cells > this.maxCells) return;
    this.entries.unshift({ key: copyOf(key) as unknown[], cells, value });
    let total = 0;
    for (let index = 0; index < this.entries.length; index += 1) {
      total += (this.entries[index] as { cells: number }).cells;
      if (index >= this.maxEntries || total > this.maxCells) {
        this.entries.length = index;
        return;
      }
    }
  }

  /** How many cells the kept results' arguments hold together. */
  get cells(): number {
    return this.entries.reduce((total, entry) => total + entry.cells, 0);
  }
}

// Module constants, not global look-ups, in the loops below: some hosts (Node's vm, used by the tests and
// benchmarks) resolve globals slowly, and a map of thousands of cells is compared on every call.
const isArray = Array.isArray;
const same = Object.is;

/** How many cells a value holds: 1 for a single value, each cell of nested arrays. */
function cellCount(value: unknown): number {
  if (!isArray(value)) return 1;
  let count = 0;
  for (const item of value) count += cellCount(item);
  return count;
}

/**
 * True when two arguments hold the same cells: the same shape and, cell by
 * cell, the same value (Object.is, so -0 and 0, NaN, null and undefined are
 * told apart). Comparing costs far less than reading a map, and builds nothing.
 */
function sameCells(a: unknown, b: unknown): boolean {
  if (!isArray(a) || !isArray(b)) return same(a, b);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!sameCells(a[i], b[i])) return false;
  return true;
}

/** A copy of the cells, so that a caller changing its arrays cannot change what is kept. */
function copyOf(value: unknown): unknown {
  return isArray(value) ? value.map(copyOf) : value;
}
