import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CliError, EXIT } from '../errors.js';
import { exists } from '../io/exists.js';

/** What a file of each extension holds, in words. */
const HOLDS: Readonly<Record<string, string>> = {
  '.xlsx': 'a workbook (.xlsx)',
  '.html': 'an HTML page (.html)',
  '.htm': 'an HTML page (.html)',
  '.csv': 'a CSV file (.csv)',
  '.json': 'JSON (.json)',
};

/**
 * Checks an `--out` file before any work: its extension must be one the
 * command writes, it must not be a file being read (however it is named: a
 * link to it, a path through a linked folder, another hard link, `./x.xlsx`
 * for `x.xlsx`), and an existing file is kept unless `--force` is given.
 * Every problem is reported at once.
 *
 * @param out - the --out file, when given
 * @param reads - the files the command reads
 * @param force - whether --force was given
 * @param doing - what the command does with its own file (the first of `reads`): "evaluated", "scored"
 * @param extensions - the extensions the command writes, lower case with the dot (`['.xlsx']`); the first is the usual one
 * @throws CliError (exit 2) naming each clash and what would be valid
 * @example
 * ```ts
 * await checkOut('report.md', ['map.xlsx'], false, 'evaluated', ['.xlsx']);
 * //=> CliError: --out report.md would hold a workbook (.xlsx); to save the Markdown summary use --format md > report.md
 * ```
 */
export async function checkOut(
  out: string | undefined,
  reads: readonly (string | undefined)[],
  force: boolean,
  doing = 'evaluated',
  extensions: readonly string[] = ['.xlsx'],
): Promise<void> {
  if (out === undefined) return;
  const problems: string[] = [];
  const extension = extname(out).toLowerCase();
  if (!extensions.includes(extension)) problems.push(wrongExtension(out, extension, extensions));
  const read = await findSame(out, reads);
  if (read !== undefined)
    problems.push(
      `--out ${out} is the file being ${read.index === 0 ? doing : 'read'}${read.file === out ? '' : ` (${read.file}, by another name)`}; choose another name so it is not overwritten`,
    );
  if (problems.length === 0 && !force && (await exists(out)))
    problems.push(`${out} already exists; use --force to replace it`);
  if (problems.length > 0) throw new CliError(problems.join('\nsroi: '), EXIT.usage);
}

/** "--out report.md would hold a workbook (.xlsx); to save the Markdown summary use --format md > report.md". */
function wrongExtension(out: string, extension: string, extensions: readonly string[]): string {
  const usual = extensions[0] ?? '.xlsx';
  const holds = extensions.map((each) => HOLDS[each] ?? each).filter((each, i, all) => all.indexOf(each) === i);
  const what = holds.length === 1 ? holds[0] : `${holds.slice(0, -1).join(', ')} or ${holds.at(-1)}`;
  const stem = extension === '' ? out : join(dirname(out), basename(out, extname(out)));
  const rename = `name it ${stem}${usual}`;
  const writesHtml = extensions.includes('.html');
  const hint: Record<string, string> = {
    '.md': writesHtml
      ? `for a Markdown summary use sroi evaluate <file> --format md > ${out}`
      : `to save the Markdown summary use --format md > ${out}`,
    '.markdown': `to save the Markdown summary use --format md > ${out}`,
    '.txt': `to save the printed summary use > ${out}`,
    '.json': `to save the figures as JSON use --format json > ${out}`,
    '.html': `for an HTML page use sroi report <file> --out ${out}`,
    '.htm': `for an HTML page use sroi report <file> --out ${out}`,
    '.xls': `sroi writes .xlsx workbooks (Excel 2007 and later): ${rename}`,
    '.xlsx': writesHtml ? `for a workbook use sroi evaluate <file> --out ${out}` : rename,
  };
  return `--out ${out} would hold ${what}; ${hint[extension] ?? rename}`;
}

/** The file of `reads` that `out` is, however either is named; undefined when it is none of them. */
async function findSame(
  out: string,
  reads: readonly (string | undefined)[],
): Promise<{ file: string; index: number } | undefined> {
  const outPath = await canonical(out);
  const outId = await identity(out);
  for (const [index, file] of reads.entries()) {
    if (file === undefined) continue;
    if ((await canonical(file)) === outPath) return { file, index };
    const id = await identity(file);
    // The same device and inode: a hard link, or a name the paths above do not reduce (case on macOS).
    if (outId !== undefined && id !== undefined && id === outId) return { file, index };
  }
  return undefined;
}

/**
 * A file's path with every link resolved; for a file not yet there, its
 * folder's (so `linked-folder/map.xlsx` and `./map.xlsx` meet the real path).
 */
async function canonical(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    try {
      return join(await realpath(dirname(resolve(file))), basename(file));
    } catch {
      return resolve(file);
    }
  }
}

/** "device:inode" of the file a name leads to, or undefined when there is none. */
async function identity(file: string): Promise<string | undefined> {
  try {
    const { dev, ino } = await stat(file);
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}
