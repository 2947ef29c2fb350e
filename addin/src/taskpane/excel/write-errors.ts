/**
 * Why the pane refuses to write a plan. Each is thrown before anything is written.
 */

/** A sheet the plan would replace no longer carries the add-in's mark (or is gone): it may be the user's. */
export class SheetNotOursError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(
      `The add-in did not make ${quoteList(sheets)} (or ${sheets.length === 1 ? 'it has' : 'they have'} been changed or removed since), so nothing was replaced. Run it again to write new sheets beside ${sheets.length === 1 ? 'it' : 'them'}.`,
    );
    this.name = 'SheetNotOursError';
  }
}

/** A sheet the plan would add already exists: someone added it since the pane looked. */
export class SheetNameTakenError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(
      `The workbook already has ${sheets.length === 1 ? 'a sheet' : 'sheets'} called ${quoteList(sheets)}, so nothing was written. Run it again to pick new names.`,
    );
    this.name = 'SheetNameTakenError';
  }
}

/** The plan puts something on a sheet it does not write: the pane never touches other sheets. */
export class OutsidePlanError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`The plan would change ${quoteList(sheets)}, which it does not write; nothing was written.`);
    this.name = 'OutsidePlanError';
  }
}

/** This Excel cannot write the sheets (see `excelAbilities`). */
export class CannotWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CannotWriteError';
  }
}

function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
