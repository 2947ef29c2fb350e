/**
 * What office-addin-mock needs of office-addin-manifest: only the `OfficeApp` enum. The real
 * package imports an ESM-only dependency that jest (CommonJS) cannot load; jest.config.js maps
 * `office-addin-manifest` here.
 */
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
