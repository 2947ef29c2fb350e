import { templateWorkbook } from '@sroi/workbook';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import { exists } from '../io/exists.js';
import { writeXlsx } from '../io/write-xlsx.js';
import type { Output } from './output.js';

/** `sroi template <out.xlsx>`: a blank impact-map workbook with an example row. */
export async function templateCommand(file: string, force: boolean, output: Output): Promise<ExitCode> {
  if (!file.toLowerCase().endsWith('.xlsx'))
    throw new CliError(`${file}: the template is an .xlsx workbook; give a name ending in .xlsx`, EXIT.usage);
  if (!force && (await exists(file))) {
    throw new CliError(`${file} already exists; use --force to replace it`, EXIT.usage);
  }
  await writeXlsx(templateWorkbook(), file);
  output.out(`sroi: wrote ${file}: replace the example row on the Impact Map sheet, then run: sroi evaluate ${file}\n`);
  return EXIT.ok;
}
