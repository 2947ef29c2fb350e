/*
 * An in-page stand-in of Excel's JavaScript API (the subset the task pane's adapters in
 * addin/src/taskpane/excel call), over an in-memory workbook, for browser tests without Excel.
 *
 * It keeps Office.js's batching: methods return proxies at once and queue their work; nothing
 * happens until `context.sync()`, which runs the queue in order, fails at the first error (with
 * the work before it done, as Excel does) and counts itself. A property read before it was loaded
 * and synced throws "PropertyNotLoaded". It refuses what Excel refuses: a sheet name already
 * used (case-insensitive) or invalid, deleting the last visible sheet, invalid or duplicate table
 * and defined names, overlapping tables, arrays whose shape differs from the range, a request or
 * response over 5 MB, a second comment on a cell, a chart series that does not exist.
 *
 * Formulas are stored, not calculated: a formula cell reads back as null in `values`.
 *
 * window.__excel:
 *   seed({ sheets: [{ name, cells: unknown[][], merges?: string[], names?: string[],
 *          hiddenRows?: number[] (0-based), tables?: [{ name, range }] }], selection: { sheet, address } })
 *     (an address of several areas, 'B2:C4,E2:E4', is a selection getSelectedRange refuses)
 *     (a cell { error: '#N/A' } is an error value; a table is the user's, headers in its first row)
 *   dump() -> { sheets: [{ name, formulas, values, numberFormats, columnWidths, boldRows, frozen,
 *              validations, comments, tables, names, charts }], active, selection }
 *   syncs (count), lastSyncBytes, largestSyncBytes
 */
(function () {
  'use strict';

  const REQUEST_LIMIT = 5 * 1024 * 1024;
  const MAX_ROWS = 1048576;
  const MAX_COLUMNS = 16384;

  function excelError(code, message) {
    const error = new Error(message || code);
    error.name = 'RichApi.Error';
    error.code = code;
    return error;
  }

  // ---------- addresses ----------

  function letters(column) {
    let text = '';
    for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
      text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
    }
    return text;
  }
  function columnOf(text) {
    let index = 0;
    for (const letter of text.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
    return index - 1;
  }
  /** 'B3:K20', 'C:C', '3:5', 'A1' -> { r0, c0, r1, c1 } (0-based, inclusive). */
  function parseAddress(address) {
    const local = String(address).split('!').pop().replace(/\$/g, '').toUpperCase();
    const parts = local.split(':');
    if (parts.length > 2) throw excelError('InvalidArgument', `Bad address ${address}`);
    const one = (text, end) => {
      let match = /^([A-Z]{1,3})(\d+)$/.exec(text);
      if (match) return { r: Number(match[2]) - 1, c: columnOf(match[1]) };
      match = /^([A-Z]{1,3})$/.exec(text);
      if (match) return { r: end ? MAX_ROWS - 1 : 0, c: columnOf(match[1]) };
      match = /^(\d+)$/.exec(text);
      if (match) return { r: Number(match[1]) - 1, c: end ? MAX_COLUMNS - 1 : 0 };
      throw excelError('InvalidArgument', `Bad address ${address}`);
    };
    const from = one(parts[0], false);
    const to = one(parts[1] || parts[0], true);
    if (parts.length === 1 && !/\d/.test(parts[0])) throw excelError('InvalidArgument', `Bad address ${address}`);
    const rect = {
      r0: Math.min(from.r, to.r),
      c0: Math.min(from.c, to.c),
      r1: Math.max(from.r, to.r),
      c1: Math.max(from.c, to.c),
    };
    if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) {
      throw excelError('InvalidArgument', `Bad address ${address}`);
    }
    return rect;
  }
  function rectAddress(rect) {
    const entireColumns = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
    const entireRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
    if (entireColumns && !entireRows) return `${letters(rect.c0)}:${letters(rect.c1)}`;
    if (entireRows && !entireColumns) return `${rect.r0 + 1}:${rect.r1 + 1}`;
    const first = `${letters(rect.c0)}${rect.r0 + 1}`;
    const last = `${letters(rect.c1)}${rect.r1 + 1}`;
    return first === last ? first : `${first}:${last}`;
  }
  function sheetPrefix(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
      ? name
      : `'${name.replace(/'/g, "''")}'`;
  }
  function cellCount(rect) {
    return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
  }
  function intersect(a, b) {
    const rect = {
      r0: Math.max(a.r0, b.r0),
      c0: Math.max(a.c0, b.c0),
      r1: Math.min(a.r1, b.r1),
      c1: Math.min(a.c1, b.c1),
    };
    return rect.r0 > rect.r1 || rect.c0 > rect.c1 ? null : rect;
  }
  function overlaps(a, b) {
    return intersect(a, b) !== null;
  }

  // ---------- names Excel accepts ----------

  function sameName(a, b) {
    return String(a).toUpperCase() === String(b).toUpperCase();
  }
  function checkSheetName(name) {
    if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
      throw excelError('InvalidArgument', `Bad sheet name ${name}`);
    }
    if (name.startsWith("'") || name.endsWith("'") || sameName(name, 'History')) {
      throw excelError('InvalidArgument', `Bad sheet name ${name}`);
    }
  }
  /** Defined names and table names: a letter, _ or \ first, then letters, digits, _ and .; not a cell. */
  function validDefinedName(name) {
    if (typeof name !== 'string' || name.length === 0 || name.length > 255) return false;
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) return false;
    if (/^[A-Za-z]{1,3}\d+$/.test(name) && columnOf(name.replace(/\d+$/, '')) < MAX_COLUMNS) return false;
    if (/^[Rr](\d*)([Cc](\d*))?$/.test(name) || /^[Cc]\d*$/.test(name)) return false;
    return true;
  }

  // ---------- the workbook ----------

  const state = {
    book: null,
    syncs: 0,
    lastSyncBytes: 0,
    largestSyncBytes: 0,
  };
  let nextId = 1;

  function newSheet(name) {
    return {
      id: nextId++,
      name,
      visible: true,
      cells: new Map(),
      columnWidths: {},
      boldRows: new Set(),
      frozen: { rows: 0, columns: 0 },
      validations: [],
      comments: [],
      names: [],
      charts: [],
      merges: [],
      hiddenRows: new Set(),
    };
  }
  function emptyBook() {
    const sheet = newSheet('Sheet1');
    return {
      sheets: [sheet],
      active: sheet,
      selection: { sheet, rect: parseAddress('A1') },
      tables: [],
      calculationHeld: false,
    };
  }
  function key(row, column) {
    return `${row},${column}`;
  }
  function cellOf(sheet, row, column) {
    return sheet.cells.get(key(row, column));
  }
  function editCell(sheet, row, column) {
    let cell = sheet.cells.get(key(row, column));
    if (cell === undefined) {
      cell = { value: null, formula: null, format: 'General' };
      sheet.cells.set(key(row, column), cell);
    }
    return cell;
  }
  function isFilled(cell) {
    return cell !== undefined && (cell.formula !== null || (cell.value !== null && cell.value !== ''));
  }
  function findSheet(book, name) {
    return book.sheets.find((sheet) => sameName(sheet.name, name));
  }
  function liveSheet(book, sheet) {
    if (!book.sheets.includes(sheet)) throw excelError('ItemNotFound', 'The sheet was deleted');
    return sheet;
  }
  function usedRect(sheet, valuesOnly) {
    let rect = null;
    for (const [where, cell] of sheet.cells) {
      if (valuesOnly ? !isFilled(cell) : !isFilled(cell) && cell.format === 'General') continue;
      const [row, column] = where.split(',').map(Number);
      rect = rect
        ? {
            r0: Math.min(rect.r0, row),
            c0: Math.min(rect.c0, column),
            r1: Math.max(rect.r1, row),
            c1: Math.max(rect.c1, column),
          }
        : { r0: row, c0: column, r1: row, c1: column };
    }
    return rect;
  }
  function valueType(cell) {
    if (!isFilled(cell)) return 'Empty';
    if (cell.formula !== null) return 'Double';
    if (typeof cell.value === 'number') return 'Double';
    if (typeof cell.value === 'boolean') return 'Boolean';
    if (cell.error) return 'Error';
    return 'String';
  }
  function grid(sheet, rect, read) {
    if (cellCount(rect) * 3 > REQUEST_LIMIT) throw excelError('ResponsePayloadSizeLimitExceeded', 'Response over 5 MB');
    const rows = [];
    for (let row = rect.r0; row <= rect.r1; row += 1) {
      const line = [];
      for (let column = rect.c0; column <= rect.c1; column += 1) line.push(read(cellOf(sheet, row, column)));
      rows.push(line);
    }
    return rows;
  }
  function shapeOf(rect, array) {
    if (!Array.isArray(array) || array.some((row) => !Array.isArray(row))) {
      throw excelError('InvalidArgument', 'Expected a 2-D array');
    }
    const rows = rect.r1 - rect.r0 + 1;
    const columns = rect.c1 - rect.c0 + 1;
    if (array.length !== rows || array.some((row) => row.length !== columns)) {
      throw excelError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${columns})`,
      );
    }
  }
  function eachCell(rect, array, apply) {
    for (let r = 0; r <= rect.r1 - rect.r0; r += 1) {
      for (let c = 0; c <= rect.c1 - rect.c0; c += 1) apply(rect.r0 + r, rect.c0 + c, array[r][c]);
    }
  }
  function surroundingRegion(sheet, rect) {
    const region = { ...rect };
    const filledIn = (r0, c0, r1, c1) => {
      for (let row = Math.max(r0, 0); row <= Math.min(r1, MAX_ROWS - 1); row += 1) {
        for (let column = Math.max(c0, 0); column <= Math.min(c1, MAX_COLUMNS - 1); column += 1) {
          if (isFilled(cellOf(sheet, row, column))) return true;
        }
      }
      return false;
    };
    for (let changed = true; changed;) {
      changed = false;
      if (region.r0 > 0 && filledIn(region.r0 - 1, region.c0 - 1, region.r0 - 1, region.c1 + 1)) {
        region.r0 -= 1;
        changed = true;
      }
      if (region.r1 < MAX_ROWS - 1 && filledIn(region.r1 + 1, region.c0 - 1, region.r1 + 1, region.c1 + 1)) {
        region.r1 += 1;
        changed = true;
      }
      if (region.c0 > 0 && filledIn(region.r0 - 1, region.c0 - 1, region.r1 + 1, region.c0 - 1)) {
        region.c0 -= 1;
        changed = true;
      }
      if (region.c1 < MAX_COLUMNS - 1 && filledIn(region.r0 - 1, region.c1 + 1, region.r1 + 1, region.c1 + 1)) {
        region.c1 += 1;
        changed = true;
      }
    }
    return region;
  }

  // ---------- proxies and the queue ----------

  /** Every proxy: bound to a model object when its queued lookup runs. */
  class ClientObject {
    constructor(context, resolve, options) {
      this.context = context;
      this._resolve = resolve;
      this._values = {};
      this._synced = false;
      this._isNull = false;
      this._orNull = Boolean(options && options.orNull);
      this._parent = options && options.parent;
      if (options && options.eager) {
        context._queue(0, () => this._model());
      }
      context._objects.push(this);
    }
    _model() {
      if (this._bound === undefined) {
        if (this._parent && this._parent._isNull) {
          this._isNull = true;
          this._bound = null;
          return null;
        }
        try {
          this._bound = this._resolve();
        } catch (error) {
          if (!this._orNull || error.code !== 'ItemNotFound') throw error;
          this._bound = null;
        }
        this._isNull = this._bound === null;
      }
      return this._bound;
    }
    _live() {
      const model = this._model();
      if (model === null) throw excelError('ItemNotFound', 'The object does not exist');
      return model;
    }
    get isNullObject() {
      if (!this._synced) throw excelError('PropertyNotLoaded', 'isNullObject before sync');
      return this._isNull;
    }
    load(properties) {
      const names =
        properties === undefined
          ? Object.keys(this.constructor.readable || {})
          : (Array.isArray(properties) ? properties : String(properties).split(','))
              .map((name) => name.trim())
              .filter((name) => name !== '');
      this.context._queue(0, () => {
        const model = this._model();
        for (const name of names) this._loadOne(model, name);
      });
      return this;
    }
    _loadOne(model, path) {
      const [head, ...rest] = path.split('/');
      const readable = this.constructor.readable || {};
      if (!(head in readable)) throw excelError('InvalidArgument', `Cannot load ${head}`);
      this._values[head] = model === null ? null : readable[head].call(this, model, rest.join('/'));
    }
    _set(name, value, apply) {
      this.context._queue(bytesOf(value), () => apply(this._live(), value));
    }
    toJSON() {
      return { ...this._values };
    }
  }
  function readable(Class, names) {
    for (const name of names) {
      Object.defineProperty(Class.prototype, name, {
        configurable: true,
        get() {
          if (!(name in this._values)) {
            throw excelError(
              'PropertyNotLoaded',
              `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
            );
          }
          return this._values[name];
        },
        set(value) {
          const setter = Class.writable && Class.writable[name];
          if (!setter) throw excelError('InvalidOperation', `${name} is read-only`);
          this._set(name, value, (model) => setter.call(this, model, value));
        },
      });
    }
  }
  function writableOnly(Class, names) {
    for (const name of names) {
      Object.defineProperty(Class.prototype, name, {
        configurable: true,
        get() {
          throw excelError('PropertyNotLoaded', `The property '${name}' is not available in this stand-in.`);
        },
        set(value) {
          this._set(name, value, (model) => Class.writable[name].call(this, model, value));
        },
      });
    }
  }
  /** An object whose properties can only be set, each queueing its work (`format.font.bold = true`). */
  function setters(writers, children) {
    const object = { ...(children || {}) };
    for (const [name, write] of Object.entries(writers)) {
      Object.defineProperty(object, name, {
        get() {
          throw excelError('PropertyNotLoaded', `The property '${name}' is not available in this stand-in.`);
        },
        set: write,
      });
    }
    return object;
  }
  function bytesOf(value) {
    try {
      return new window.TextEncoder().encode(JSON.stringify(value === undefined ? null : value)).length;
    } catch {
      return 0;
    }
  }

  class RequestContext {
    constructor() {
      this._actions = [];
      this._bytes = 0;
      this._objects = [];
      this.workbook = new Workbook(this);
      this.application = {
        suspendApiCalculationUntilNextSync: () => {
          this._queue(0, () => {
            state.book.calculationHeld = true;
          });
        },
      };
    }
    _queue(bytes, action) {
      this._bytes += bytes + 40;
      this._actions.push(action);
    }
    async sync() {
      const actions = this._actions;
      const bytes = this._bytes;
      this._actions = [];
      this._bytes = 0;
      state.syncs += 1;
      state.lastSyncBytes = bytes;
      state.largestSyncBytes = Math.max(state.largestSyncBytes, bytes);
      await Promise.resolve();
      if (bytes > REQUEST_LIMIT) {
        throw excelError('RequestPayloadSizeLimitExceeded', `The request carries ${bytes} bytes, over 5 MB`);
      }
      try {
        for (const action of actions) action();
      } finally {
        // Objects made before this sync may now say whether they exist.
        for (const object of this._objects) object._synced = true;
        state.book.calculationHeld = false;
      }
    }
  }

  class Workbook {
    constructor(context) {
      this.context = context;
      this.worksheets = new WorksheetCollection(context);
      this.tables = new WorkbookTables(context, () => state.book);
    }
    getSelectedRange() {
      return new Range(
        this.context,
        () => {
          // Excel gives one range only: several separate areas selected are refused.
          if (state.book.selection.areas > 1) {
            throw excelError('InvalidSelection', 'The current selection is invalid for this operation.');
          }
          return { sheet: state.book.selection.sheet, rect: state.book.selection.rect };
        },
        { eager: true },
      );
    }
  }

  class WorksheetCollection extends ClientObject {
    constructor(context) {
      super(context, () => state.book);
    }
    add(name) {
      const sheet = new Worksheet(this.context, () => {
        const book = state.book;
        const wanted = name === undefined ? `Sheet${book.sheets.length + 1}` : name;
        checkSheetName(wanted);
        if (findSheet(book, wanted)) throw excelError('ItemAlreadyExists', `A sheet called ${wanted} exists`);
        const created = newSheet(wanted);
        book.sheets.push(created);
        return created;
      });
      this.context._queue(bytesOf(name), () => sheet._model());
      return sheet;
    }
    getItem(name) {
      return new Worksheet(
        this.context,
        () => {
          const sheet = findSheet(state.book, name);
          if (!sheet) throw excelError('ItemNotFound', `No sheet called ${name}`);
          return sheet;
        },
        { eager: true },
      );
    }
    getItemOrNullObject(name) {
      return new Worksheet(this.context, () => findSheet(state.book, name) || null, { eager: true, orNull: true });
    }
    getActiveWorksheet() {
      return new Worksheet(this.context, () => state.book.active, { eager: true });
    }
  }
  WorksheetCollection.readable = {
    items(book, path) {
      return book.sheets.map((model) => {
        const item = new Worksheet(this.context, () => model);
        item._model();
        item._synced = true;
        if (path) for (const name of path.split(',')) item._loadOne(model, name);
        return item;
      });
    },
  };
  readable(WorksheetCollection, ['items']);

  class Worksheet extends ClientObject {
    get names() {
      return new NamedItemCollection(this.context, () => this._live(), { parent: this });
    }
    get tables() {
      return new TableCollection(this.context, () => this._live());
    }
    get charts() {
      return new ChartCollection(this.context, () => this._live());
    }
    get comments() {
      return new CommentCollection(this.context, () => this._live());
    }
    get freezePanes() {
      const at = (rows, columns) => this.context._queue(8, () => (this._live().frozen = { rows, columns }));
      return {
        freezeRows: (rows) => at(rows === undefined ? 1 : rows, 0),
        freezeColumns: (columns) => at(0, columns === undefined ? 1 : columns),
        freezeAt: (range) =>
          this.context._queue(8, () => {
            const { rect } = range._live();
            this._live().frozen = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
          }),
      };
    }
    getRange(address) {
      return new Range(
        this.context,
        () => ({ sheet: liveSheet(state.book, this._live()), rect: parseAddress(address || 'A1') }),
        {
          eager: true,
        },
      );
    }
    getUsedRange(valuesOnly) {
      return new Range(
        this.context,
        () => {
          const sheet = this._live();
          return { sheet, rect: usedRect(sheet, Boolean(valuesOnly)) || parseAddress('A1') };
        },
        { eager: true },
      );
    }
    getUsedRangeOrNullObject(valuesOnly) {
      return new Range(
        this.context,
        () => {
          const sheet = this._live();
          const rect = usedRect(sheet, Boolean(valuesOnly));
          return rect ? { sheet, rect } : null;
        },
        { eager: true, orNull: true },
      );
    }
    activate() {
      this.context._queue(0, () => {
        const sheet = liveSheet(state.book, this._live());
        state.book.active = sheet;
      });
    }
    delete() {
      this.context._queue(0, () => {
        const book = state.book;
        const sheet = liveSheet(book, this._live());
        if (book.sheets.filter((other) => other.visible && other !== sheet).length === 0) {
          throw excelError('InvalidOperation', 'A workbook must contain at least one visible worksheet');
        }
        book.sheets = book.sheets.filter((other) => other !== sheet);
        book.tables = book.tables.filter((table) => table.sheet !== sheet);
        if (book.active === sheet) book.active = book.sheets[0];
        if (book.selection.sheet === sheet) book.selection = { sheet: book.active, rect: parseAddress('A1') };
      });
    }
  }
  Worksheet.readable = {
    name: (sheet) => sheet.name,
    visibility: (sheet) => (sheet.visible ? 'Visible' : 'Hidden'),
  };
  Worksheet.writable = {
    name(sheet, value) {
      checkSheetName(value);
      const other = findSheet(state.book, value);
      if (other && other !== sheet) throw excelError('ItemAlreadyExists', `A sheet called ${value} exists`);
      sheet.name = value;
    },
  };
  readable(Worksheet, ['name', 'visibility']);

  class Range extends ClientObject {
    get worksheet() {
      return new Worksheet(this.context, () => this._live().sheet);
    }
    get format() {
      const columnWidth = (points) =>
        this._set('columnWidth', points, ({ sheet, rect }) => {
          for (let column = rect.c0; column <= rect.c1; column += 1) sheet.columnWidths[column] = points;
        });
      const bold = (value) =>
        this._set('bold', value, ({ sheet, rect }) => {
          for (let row = rect.r0; row <= rect.r1; row += 1) {
            if (value) sheet.boldRows.add(row);
            else sheet.boldRows.delete(row);
          }
        });
      return setters({ columnWidth }, { font: setters({ bold }) });
    }
    get dataValidation() {
      const pending = {};
      const record = ({ sheet, rect }) => {
        let entry = sheet.validations.find((validation) => validation.address === rectAddress(rect));
        if (!entry) {
          if (sheet.validations.some((validation) => overlaps(parseAddress(validation.address), rect))) {
            throw excelError('InvalidOperation', 'Data validation overlaps another rule');
          }
          entry = { address: rectAddress(rect) };
          sheet.validations.push(entry);
        }
        Object.assign(entry, pending);
      };
      const rule = (value) =>
        this._set('rule', value, (model) => {
          const kinds = Object.keys(value || {});
          if (kinds.length !== 1) throw excelError('InvalidArgument', 'A rule has one kind');
          if (kinds[0] === 'list' && String(value.list.source).length > 255) {
            throw excelError('InvalidArgument', 'A list source holds at most 255 characters');
          }
          pending.rule = JSON.parse(JSON.stringify(value));
          record(model);
        });
      const errorAlert = (alert) =>
        this._set('errorAlert', alert, (model) => {
          if (String(alert.message || '').length > 255 || String(alert.title || '').length > 32) {
            throw excelError('InvalidArgument', 'Alert text too long');
          }
          pending.errorAlert = { ...alert };
          record(model);
        });
      return setters({ rule, errorAlert });
    }
    getIntersectionOrNullObject(other) {
      return new Range(
        this.context,
        () => {
          const mine = this._live();
          const theirs = other._live();
          if (mine.sheet !== theirs.sheet) throw excelError('InvalidArgument', 'Ranges on different sheets');
          const rect = intersect(mine.rect, theirs.rect);
          return rect ? { sheet: mine.sheet, rect } : null;
        },
        { eager: true, orNull: true },
      );
    }
    getIntersection(other) {
      return new Range(
        this.context,
        () => {
          const mine = this._live();
          const rect = intersect(mine.rect, other._live().rect);
          if (!rect) throw excelError('ItemNotFound', 'The ranges do not meet');
          return { sheet: mine.sheet, rect };
        },
        { eager: true },
      );
    }
    getCell(row, column) {
      return new Range(
        this.context,
        () => {
          const { sheet, rect } = this._live();
          const cell = { r0: rect.r0 + row, c0: rect.c0 + column, r1: rect.r0 + row, c1: rect.c0 + column };
          if (cell.r0 >= MAX_ROWS || cell.c0 >= MAX_COLUMNS) throw excelError('InvalidArgument', 'Outside the sheet');
          return { sheet, rect: cell };
        },
        { eager: true },
      );
    }
    getRow(row) {
      return new Range(
        this.context,
        () => {
          const { sheet, rect } = this._live();
          if (row < 0 || rect.r0 + row > rect.r1) throw excelError('InvalidArgument', 'Outside the range');
          return { sheet, rect: { r0: rect.r0 + row, c0: rect.c0, r1: rect.r0 + row, c1: rect.c1 } };
        },
        { eager: true },
      );
    }
    getSurroundingRegion() {
      return new Range(
        this.context,
        () => {
          const { sheet, rect } = this._live();
          return { sheet, rect: surroundingRegion(sheet, rect) };
        },
        { eager: true },
      );
    }
    getMergedAreasOrNullObject() {
      return new RangeAreas(
        this.context,
        () => {
          const { sheet, rect } = this._live();
          const areas = sheet.merges
            .map(parseAddress)
            .filter(
              (merge) => merge.r0 >= rect.r0 && merge.r0 <= rect.r1 && merge.c0 >= rect.c0 && merge.c0 <= rect.c1,
            );
          return areas.length === 0 ? null : { sheet, areas };
        },
        { eager: true, orNull: true },
      );
    }
    select() {
      this.context._queue(0, () => {
        const { sheet, rect } = this._live();
        state.book.active = liveSheet(state.book, sheet);
        state.book.selection = { sheet, rect };
      });
    }
  }
  Range.readable = {
    address: ({ sheet, rect }) => `${sheetPrefix(sheet.name)}!${rectAddress(rect)}`,
    cellCount: ({ rect }) => cellCount(rect),
    rowCount: ({ rect }) => rect.r1 - rect.r0 + 1,
    columnCount: ({ rect }) => rect.c1 - rect.c0 + 1,
    rowIndex: ({ rect }) => rect.r0,
    columnIndex: ({ rect }) => rect.c0,
    isEntireRow: ({ rect }) => rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1,
    isEntireColumn: ({ rect }) => rect.r0 === 0 && rect.r1 === MAX_ROWS - 1,
    // True when every row is hidden, false when none is, null when some are (as Excel says).
    rowHidden: ({ sheet, rect }) => {
      let hidden = 0;
      for (const row of sheet.hiddenRows) if (row >= rect.r0 && row <= rect.r1) hidden += 1;
      return hidden === 0 ? false : hidden === rect.r1 - rect.r0 + 1 ? true : null;
    },
    values: ({ sheet, rect }) =>
      grid(sheet, rect, (cell) =>
        cell === undefined || cell.formula !== null ? (cell ? null : '') : cell.value === null ? '' : cell.value,
      ),
    valueTypes: ({ sheet, rect }) => grid(sheet, rect, valueType),
    formulas: ({ sheet, rect }) =>
      grid(sheet, rect, (cell) =>
        cell === undefined ? '' : cell.formula !== null ? cell.formula : cell.value === null ? '' : cell.value,
      ),
    numberFormat: ({ sheet, rect }) => grid(sheet, rect, (cell) => (cell === undefined ? 'General' : cell.format)),
  };
  Range.writable = {
    values({ sheet, rect }, array) {
      shapeOf(rect, array);
      eachCell(rect, array, (row, column, value) => storeValue(editCell(sheet, row, column), typed(value)));
    },
    formulas({ sheet, rect }, array) {
      shapeOf(rect, array);
      eachCell(rect, array, (row, column, value) => storeValue(editCell(sheet, row, column), typed(value)));
    },
    numberFormat({ sheet, rect }, array) {
      shapeOf(rect, array);
      eachCell(rect, array, (row, column, format) => {
        if (typeof format !== 'string') throw excelError('InvalidArgument', 'A number format is text');
        editCell(sheet, row, column).format = format;
      });
    },
  };
  readable(Range, Object.keys(Range.readable));
  /** Text typed into a cell with the Text format stays text; otherwise `=...` is a formula. */
  // Excel takes a leading apostrophe written through the API as its "text" prefix and does not
  // show it (office-js issue 6687), as when typed: "'Q1" shows Q1 and "''Q1" shows 'Q1.
  function typed(value) {
    return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
  }

  function storeValue(cell, value) {
    if (value !== null && typeof value === 'object') throw excelError('InvalidArgument', 'A cell holds a scalar');
    const text = typeof value === 'string';
    cell.error = false;
    if (text && value.startsWith('=') && cell.format !== '@') {
      cell.formula = value;
      cell.value = null;
    } else if (text && cell.format !== '@' && /^-?\d+(\.\d+)?$/.test(value)) {
      // Excel reads digits typed into a General cell as a number.
      cell.formula = null;
      cell.value = Number(value);
    } else {
      cell.formula = null;
      cell.value = value === '' ? null : value;
    }
  }

  class RangeAreas extends ClientObject {}
  RangeAreas.readable = {
    address: ({ sheet, areas }) => areas.map((rect) => `${sheetPrefix(sheet.name)}!${rectAddress(rect)}`).join(','),
  };
  readable(RangeAreas, ['address']);

  class NamedItem extends ClientObject {}
  NamedItem.readable = {
    name: (item) => item.name,
    formula: (item) => item.formula,
    comment: (item) => item.comment,
  };
  readable(NamedItem, ['name', 'formula', 'comment']);

  class NamedItemCollection extends ClientObject {
    add(name, reference, comment) {
      const item = new NamedItem(this.context, () => {
        const sheet = this._live();
        if (!validDefinedName(name)) throw excelError('InvalidArgument', `The name ${name} is not valid`);
        if (sheet.names.some((other) => sameName(other.name, name))) {
          throw excelError('ItemAlreadyExists', `The name ${name} exists on ${sheet.name}`);
        }
        let formula;
        if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
        else {
          const target = reference._live();
          formula = `=${sheetPrefix(target.sheet.name)}!${rectAddress(target.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
        }
        const created = { name, formula, comment: comment || '' };
        sheet.names.push(created);
        return created;
      });
      this.context._queue(bytesOf([name, comment]), () => item._model());
      return item;
    }
    getItemOrNullObject(name) {
      return new NamedItem(
        this.context,
        () => {
          const sheet = this._model();
          if (sheet === null) return null;
          return sheet.names.find((item) => sameName(item.name, name)) || null;
        },
        { eager: true, orNull: true, parent: this._parent },
      );
    }
  }

  class Table extends ClientObject {}
  Table.readable = {
    name: (table) => table.name,
    worksheet(table, path) {
      const sheet = new Worksheet(this.context, () => table.sheet);
      sheet._model();
      sheet._synced = true;
      if (path) for (const name of path.split(',')) sheet._loadOne(table.sheet, name);
      return sheet;
    },
  };
  Table.writable = {
    name(table, name) {
      if (!validDefinedName(name)) {
        throw excelError('InvalidArgument', `The table name ${name} is not valid`);
      }
      const book = state.book;
      if (book.tables.some((other) => other !== table && sameName(other.name, name))) {
        throw excelError('InvalidArgument', `A table called ${name} exists`);
      }
      table.name = name;
    },
  };
  readable(Table, ['name', 'worksheet']);

  class TableCollection extends ClientObject {
    add(address, hasHeaders) {
      const table = new Table(this.context, () => {
        const sheet = this._live();
        const rect = typeof address === 'string' ? parseAddress(address) : address._live().rect;
        const book = state.book;
        if (book.tables.some((other) => other.sheet === sheet && overlaps(other.rect, rect))) {
          throw excelError('InvalidOperation', 'A table cannot overlap another table');
        }
        let number = book.tables.length + 1;
        while (book.tables.some((other) => sameName(other.name, `Table${number}`))) number += 1;
        const created = { sheet, rect, hasHeaders: Boolean(hasHeaders), name: `Table${number}` };
        book.tables.push(created);
        return created;
      });
      this.context._queue(bytesOf(address), () => table._model());
      return table;
    }
  }

  class ChartSeries extends ClientObject {}
  ChartSeries.writable = {
    chartType: (series, type) => (series.chartType = type),
    overlap(series, overlap) {
      if (overlap < -100 || overlap > 100) throw excelError('InvalidArgument', 'Overlap runs from -100 to 100');
      series.overlap = overlap;
    },
    gapWidth(series, gap) {
      if (gap < 0 || gap > 500) throw excelError('InvalidArgument', 'Gap width runs from 0 to 500');
      series.gapWidth = gap;
    },
  };
  writableOnly(ChartSeries, ['chartType', 'overlap', 'gapWidth']);

  class Chart extends ClientObject {
    get title() {
      return this._textHolder((chart) => chart.title);
    }
    get axes() {
      return {
        valueAxis: { title: this._textHolder((chart) => chart.axes.value) },
        categoryAxis: { title: this._textHolder((chart) => chart.axes.category) },
      };
    }
    get series() {
      return {
        getItemAt: (index) =>
          new ChartSeries(
            this.context,
            () => {
              const series = this._live().series[index];
              if (!series) throw excelError('InvalidArgument', `The chart has no series ${index}`);
              return series;
            },
            { eager: true },
          ),
      };
    }
    _textHolder(pick) {
      return setters({ text: (text) => this._set('text', text, (model) => (pick(model).text = text)) });
    }
    setPosition(start, end) {
      this.context._queue(bytesOf([start, end]), () => {
        const chart = this._live();
        const from = parseAddress(typeof start === 'string' ? start : rectAddress(start._live().rect));
        chart.position =
          rectAddress(from) + (end ? `:${typeof end === 'string' ? end : rectAddress(end._live().rect)}` : '');
      });
    }
  }
  Chart.writable = {
    width: (chart, width) => (chart.width = width),
    height: (chart, height) => (chart.height = height),
  };
  writableOnly(Chart, ['width', 'height']);

  class ChartCollection extends ClientObject {
    add(type, source, seriesBy) {
      const chart = new Chart(this.context, () => {
        const sheet = this._live();
        const data = source._live();
        if (data.sheet !== sheet) throw excelError('InvalidArgument', 'Chart data on another sheet');
        const { rect } = data;
        const byColumns = seriesBy === undefined || seriesBy === 'Auto' || seriesBy === 'Columns';
        const count = byColumns ? rect.c1 - rect.c0 : rect.r1 - rect.r0;
        if (count < 1) throw excelError('InvalidArgument', 'Chart data needs a series');
        const created = {
          type,
          data: rectAddress(rect),
          seriesBy: byColumns ? 'Columns' : 'Rows',
          title: { text: '' },
          axes: { value: { text: '' }, category: { text: '' } },
          series: Array.from({ length: count }, () => ({ chartType: type })),
          position: null,
          width: 360,
          height: 216,
        };
        sheet.charts.push(created);
        return created;
      });
      this.context._queue(bytesOf(type), () => chart._model());
      return chart;
    }
  }

  class CommentCollection extends ClientObject {
    add(cell, content) {
      this.context._queue(bytesOf(content), () => {
        const sheet = this._live();
        const target = typeof cell === 'string' ? { sheet, rect: parseAddress(cell) } : cell._live();
        if (cellCount(target.rect) !== 1) throw excelError('InvalidArgument', 'A comment sits on one cell');
        const address = rectAddress(target.rect);
        if (target.sheet.comments.some((comment) => comment.address === address)) {
          throw excelError('InvalidOperation', `The cell ${address} already has a comment`);
        }
        target.sheet.comments.push({ address, content: String(content) });
      });
    }
  }

  /** Every table in the workbook (`workbook.tables`), loadable as `items/name, items/worksheet/name`. */
  class WorkbookTables extends ClientObject {}
  WorkbookTables.readable = {
    items(book, path) {
      // `load('items/name, items/worksheet/name')` loads both into the same items.
      const loaded = this._values.items;
      return book.tables.map((model, index) => {
        const item = (loaded && loaded[index]) || new Table(this.context, () => model);
        item._model();
        item._synced = true;
        if (path) for (const name of path.split(',')) item._loadOne(model, name);
        return item;
      });
    },
  };
  readable(WorkbookTables, ['items']);

  // ---------- the test's handle ----------

  function seed(workbook) {
    nextId = 1;
    const book = { sheets: [], active: null, selection: null, tables: [], calculationHeld: false };
    for (const given of (workbook && workbook.sheets) || []) {
      checkSheetName(given.name);
      if (findSheet(book, given.name)) throw excelError('ItemAlreadyExists', given.name);
      const sheet = newSheet(given.name);
      (given.cells || []).forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === undefined || value === '') return;
          const cell = editCell(sheet, r, c);
          if (typeof value === 'object' && typeof value.error === 'string') {
            cell.value = value.error;
            cell.error = true;
          } else storeValue(cell, value);
        }),
      );
      sheet.merges = [...(given.merges || [])];
      for (const name of given.names || []) sheet.names.push({ name, formula: '=TRUE', comment: '' });
      sheet.hiddenRows = new Set(given.hiddenRows || []);
      for (const table of given.tables || []) {
        if (!validDefinedName(table.name) || book.tables.some((other) => sameName(other.name, table.name))) {
          throw excelError('InvalidArgument', `The table name ${table.name} is not valid or is taken`);
        }
        book.tables.push({ sheet, rect: parseAddress(table.range), hasHeaders: true, name: table.name });
      }
      book.sheets.push(sheet);
    }
    if (book.sheets.length === 0) book.sheets.push(newSheet('Sheet1'));
    const chosen = (workbook && workbook.selection) || { sheet: book.sheets[0].name, address: 'A1' };
    const sheet = findSheet(book, chosen.sheet) || book.sheets[0];
    book.active = sheet;
    // Several separate areas ('B2:C4,E2:E4') select the first, and getSelectedRange refuses them.
    const areas = String(chosen.address).split(',');
    book.selection = { sheet, rect: parseAddress(areas[0]), areas: areas.length };
    state.book = book;
    state.syncs = 0;
    state.lastSyncBytes = 0;
    state.largestSyncBytes = 0;
  }

  function dump() {
    const book = state.book;
    return {
      active: book.active.name,
      selection: { sheet: book.selection.sheet.name, address: rectAddress(book.selection.rect) },
      sheets: book.sheets.map((sheet) => {
        const rect = usedRect(sheet, false);
        const read = (pick) => (rect ? grid(sheet, { r0: 0, c0: 0, r1: rect.r1, c1: rect.c1 }, pick) : []);
        return {
          name: sheet.name,
          formulas: read((cell) =>
            cell === undefined ? '' : cell.formula !== null ? cell.formula : cell.value === null ? '' : cell.value,
          ),
          values: read((cell) => (cell === undefined || cell.formula !== null ? null : cell.value)),
          numberFormats: read((cell) => (cell === undefined ? 'General' : cell.format)),
          columnWidths: { ...sheet.columnWidths },
          boldRows: [...sheet.boldRows].sort((a, b) => a - b),
          frozen: { ...sheet.frozen },
          validations: sheet.validations.map((validation) => JSON.parse(JSON.stringify(validation))),
          comments: sheet.comments.map((comment) => ({ ...comment })),
          tables: book.tables
            .filter((table) => table.sheet === sheet)
            .map((table) => ({ name: table.name, range: rectAddress(table.rect), hasHeaders: table.hasHeaders })),
          names: sheet.names.map((item) => ({ ...item })),
          charts: sheet.charts.map((chart) => ({
            type: chart.type,
            data: chart.data,
            title: chart.title.text,
            valueAxis: chart.axes.value.text,
            categoryAxis: chart.axes.category.text,
            position: chart.position,
            width: chart.width,
            height: chart.height,
            series: chart.series.map((series) => ({ ...series })),
          })),
        };
      }),
    };
  }

  state.book = emptyBook();

  window.Excel = {
    RequestContext,
    async run(batch) {
      const context = new RequestContext();
      const result = await batch(context);
      if (context._actions.length > 0) await context.sync();
      return result;
    },
  };
  window.__excel = {
    seed,
    dump,
    get syncs() {
      return state.syncs;
    },
    get lastSyncBytes() {
      return state.lastSyncBytes;
    },
    get largestSyncBytes() {
      return state.largestSyncBytes;
    },
  };
})();
