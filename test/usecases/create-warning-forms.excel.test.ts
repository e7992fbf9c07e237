import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { formCell } from "../../src/core/warning/form-layout";
import { createWarningForms } from "../../src/usecases/create-warning-forms";
import { listWarningForms, updateWarningStatus } from "../../src/usecases/update-warning-status";
import { REGISTER_SHEET } from "../../src/usecases/warning-workbook";
import { standInFromSeed } from "../adapters/excel/excel-under-test";
import { day } from "../support/ledger-builder";
import { warningLedgerSeed } from "../support/warning-ledger";

/**
 * The same forms through the Office.js adapter, on the Excel stand-in that
 * enforces load-before-read and the payload limit and counts round trips:
 * what creating, changing a status and listing cost in Excel.
 */
const TODAY = day("2026-03-06");

describe("risk-warning forms through the Office.js adapter", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("creates, voids and lists with text kept as text, within a bounded number of round trips", async () => {
    const excel = standInFromSeed(warningLedgerSeed());
    restore = excel.install();
    const port = new ExcelWorkbook({ sleep: () => Promise.resolve() });

    const created = await createWarningForms(port, { from: { kind: "signals" }, today: TODAY });
    expect(created.ok && created.forms.map((f) => f.sheet)).toEqual(["预警2026-001", "预警2026-002", "预警2026-003"]);
    const afterCreate = excel.stats.syncs;

    const form = excel.sheet("预警2026-002");
    const [row] = await port.readValues("预警2026-002", 8, 1, 2);
    expect(row?.[1]).toBe('=HYPERLINK("http://x","点我")');
    expect(form).toBeDefined();
    expect(excel.sheetNames()).toContain(REGISTER_SHEET);

    const voided = await updateWarningStatus(port, {
      number: "〔2026〕第001号",
      change: { to: "作废", reason: "重复", on: TODAY },
      today: TODAY,
    });
    expect(voided.ok).toBe(true);
    const [status] = await port.readValues("预警2026-001", 2, 1, 4);
    expect(status?.[3]).toBe("作废");
    const afterVoid = excel.stats.syncs;

    const list = await listWarningForms(port, { today: TODAY });
    expect(list.open.map((r) => r.number.seq)).toEqual([2, 3]);
    const afterList = excel.stats.syncs;

    // Reported, not asserted as times: round trips per step for 3 forms.
    console.info(
      `warning forms in Excel (stand-in): create 3 = ${afterCreate} syncs, void 1 = ${afterVoid - afterCreate}, list = ${afterList - afterVoid}; max request ${excel.stats.maxRequestBytes} bytes`,
    );
    expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(formCell("customer")).toBe("B8");
  });
});
