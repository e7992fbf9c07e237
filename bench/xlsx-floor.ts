import ExcelJS from "exceljs";

/**
 * The command line's floor: reading the same .xlsx with the same library
 * and doing nothing else. Imports nothing but ExcelJS, so that its start-up
 * is no heavier than the command's. `stream` iterates every row of every
 * sheet with ExcelJS's streaming reader (what `postloan check` reads with);
 * `memory` loads the workbook whole, as XlsxWorkbook does.
 */
async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (file === undefined) throw new Error("usage: xlsx-floor stream|memory FILE");
  let rows = 0;
  if (mode === "stream") {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
    for await (const sheet of reader) {
      for await (const row of sheet) if (row !== undefined) rows++;
    }
  } else {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    for (const ws of book.worksheets) rows += ws.actualRowCount;
  }
  process.stdout.write(`rows ${rows}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
