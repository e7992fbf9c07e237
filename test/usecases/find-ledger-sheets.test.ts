import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { findLedgerSheets } from "../../src/usecases/find-ledger-sheets";
import { writeOwnedSheet } from "../../src/usecases/owned-sheets";
import { HEADER_ROW, LEDGER, ledgerValues, recordingPort } from "./support/ledger-workbook";

const small = [
  ["客户名称", "借据号", "贷款余额"],
  ["张三", "JJ1", 10],
];

describe("findLedgerSheets", () => {
  it("lists the sheets that look like ledgers, most recognised columns first", async () => {
    const book = MemoryWorkbook.from({
      sheets: [
        { name: "小台账", values: small },
        { name: "说明", values: [["本表为示例"]] },
        { name: LEDGER, values: ledgerValues() },
        { name: "空表", values: [] },
      ],
    });
    expect(await findLedgerSheets(book)).toEqual([
      { name: LEDGER, headerRow: HEADER_ROW, matched: 23 },
      { name: "小台账", headerRow: 1, matched: 3 },
    ]);
  });

  it("leaves out hidden sheets and the sheets the add-in wrote", async () => {
    const book = MemoryWorkbook.from({
      sheets: [
        { name: "隐藏台账", values: small, hidden: true },
        { name: LEDGER, values: ledgerValues() },
      ],
    });
    // A sheet the add-in writes that has a ledger-like header of its own.
    await writeOwnedSheet(book, { name: "检查结果", rows: small });
    expect((await findLedgerSheets(book)).map((c) => c.name)).toEqual([LEDGER]);
  });

  it("reads only the top 30 rows of each sheet", async () => {
    const { port, calls } = recordingPort(
      MemoryWorkbook.from({ sheets: [{ name: LEDGER, values: ledgerValues({ extraLoans: 200 }) }] }),
    );
    await findLedgerSheets(port);
    const reads = calls.filter((c) => c.method === "readValues" && c.args[0] === LEDGER);
    expect(reads.map((c) => [c.args[1], c.args[2]])).toEqual([[1, 30]]);
  });
});
