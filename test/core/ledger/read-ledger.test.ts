import fc from "fast-check";
import { parseMergeArea } from "../../../src/core/ledger/data-merges";
import type { Ledger } from "../../../src/core/ledger/ledger-types";
import { readLedger, type ReadLedgerOptions } from "../../../src/core/ledger/read-ledger";
import { excelError, type CellValue } from "../../../src/core/values/cell-value";
import { dayFromYmd, dayToExcelSerial } from "../../../src/core/values/day";

const n = null;
const HEADER: CellValue[] = ["客户名称", "借据号", "贷款余额", "五级分类", "发放日"];

function read(values: CellValue[][], options: Partial<ReadLedgerOptions> = {}): Ledger {
  const result = readLedger(values, { sheet: "台账", ...options });
  if (!result.ok) throw new Error(result.message);
  return result.ledger;
}

describe("readLedger", () => {
  describe("when the sheet is not a ledger", () => {
    it("says an empty sheet is empty, in zh-CN by default", () => {
      expect(readLedger([], { sheet: "台账" })).toEqual({
        ok: false,
        reason: "empty",
        message: "工作表“台账”是空的",
        hint: expect.stringContaining("贷后管理台账"),
      });
    });

    it("names the sheet and the columns it looked for when there is no header", () => {
      const result = readLedger([["张三", 100]], { sheet: "Sheet1" });
      expect(result).toEqual({
        ok: false,
        reason: "no-header",
        message: "工作表“Sheet1”中没有找到台账表头（至少应有 客户名称、借据号 等列）",
        hint: expect.stringContaining("前 30 行"),
      });
    });

    it("speaks English when asked", () => {
      const result = readLedger([["张三", 100]], { sheet: "Sheet1", locale: "en-US" });
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining("No ledger header found in sheet") });
      expect(result).toMatchObject({ hint: expect.stringContaining("first 30 rows") });
    });

    it("finds no header in a row the user points at outside the sheet", () => {
      expect(readLedger([HEADER], { sheet: "台账", headerRow: 5 })).toMatchObject({ ok: false, reason: "no-header" });
    });
  });

  it("numbers rows from firstRow when the values do not start at row 1", () => {
    const ledger = read([[n], HEADER, ["张三", "JJ1", 100, "正常", n]], { firstRow: 10 });
    expect(ledger.layout.headerRow).toBe(11);
    expect(ledger.rows.map((r) => r.sheetRow)).toEqual([12]);
  });

  it("uses the header row the user points at, without searching", () => {
    const values: CellValue[][] = [HEADER, ["借款人", "借据编号", "余额"], ["张三", "JJ1", 100]];
    const ledger = read(values, { headerRow: 2 });
    expect(ledger.layout.headerRow).toBe(2);
    expect(ledger.layout.columns.map((b) => b.header)).toEqual(["借款人", "借据编号", "余额"]);
    expect(ledger.rows).toHaveLength(1);
  });

  it("reads serials in the 1904 date system when the workbook uses it", () => {
    const day = dayFromYmd(2026, 3, 5) ?? 0;
    const ledger = read([HEADER, ["张三", "JJ1", 1, "正常", dayToExcelSerial(day, true)]], { date1904: true });
    expect(ledger.rows[0]?.fields.disbursed?.parsed).toEqual({ ok: true, value: day });
  });

  it("drops empty rows after the last row with content, keeps empty rows between loans", () => {
    const values: CellValue[][] = [HEADER, ["张三", "JJ1"], [], ["李四", "JJ2"], [n, n, n], [], ["", " "]];
    expect(read(values).rows.map((r) => r.kind)).toEqual(["data", "blank", "data"]);
  });

  it("has no rows when the sheet is only a header", () => {
    expect(read([HEADER, [n, n]]).rows).toEqual([]);
  });

  it("gives every mapped column a field, even in blank rows", () => {
    const ledger = read([HEADER, [], ["张三"]]);
    expect(Object.keys(ledger.rows[0]?.fields ?? {}).sort()).toEqual(
      ["customer", "loanNo", "balance", "class", "disbursed"].sort(),
    );
    expect(ledger.rows[0]?.fields.customer).toEqual({ raw: null, parsed: { ok: false, reason: "empty" } });
  });

  describe("reads each cell by its column's kind", () => {
    const header: CellValue[] = ["客户名称", "借据号", "证件号码", "执行利率", "预期信用损失比例", "逾期天数", "备注"];
    const ledger = read([
      header,
      [" 张\n三 ", 2026001, "１１０１０１ 19900307 4514", "4.35%", "55%", "12", true],
      [excelError("#REF!"), "JJ 2", 110101199003074, 0.0435, 0.5, "约10天", n],
    ]);
    const [first, second] = ledger.rows;

    it.each([
      ["text: normalised", () => first?.fields.customer?.parsed, { ok: true, value: "张 三" }],
      ["text: a number as written", () => first?.fields.loanNo?.parsed, { ok: true, value: "2026001" }],
      ["text: a boolean as Excel shows it", () => first?.fields.remark?.parsed, { ok: true, value: "TRUE" }],
      [
        "text: an error value",
        () => second?.fields.customer?.parsed,
        { ok: false, reason: "error-value", raw: excelError("#REF!") },
      ],
      ["text: inner spaces kept", () => second?.fields.loanNo?.parsed, { ok: true, value: "JJ 2" }],
      ["id: compacted, half-width", () => first?.fields.idNumber?.parsed, { ok: true, value: "110101199003074514" }],
      ["id: a number as its digits", () => second?.fields.idNumber?.parsed, { ok: true, value: "110101199003074" }],
      ["rate: a percentage in text", () => first?.fields.rate?.parsed, { ok: true, value: 0.0435 }],
      ["rate: a number", () => second?.fields.rate?.parsed, { ok: true, value: 0.0435 }],
      ["ecl: a ratio", () => first?.fields.ecl?.parsed, { ok: true, value: 0.55 }],
      ["number: text", () => first?.fields.overdueDays?.parsed, { ok: true, value: 12 }],
      [
        "number: not a number",
        () => second?.fields.overdueDays?.parsed,
        { ok: false, reason: "invalid", raw: "约10天" },
      ],
    ])("%s", (_what, get, want) => {
      expect(get()).toEqual(want);
    });

    it("keeps the raw cell beside what it reads as", () => {
      expect(first?.fields.customer?.raw).toBe(" 张\n三 ");
    });
  });

  it("shares one field between equal cells of a column (parsed once)", () => {
    const ledger = read([HEADER, ["张三", "JJ1", 100, "正常"], ["李四", "JJ2", 100, "正常"]]);
    const [a, b] = ledger.rows;
    expect(a?.fields.class).toBe(b?.fields.class);
    expect(a?.fields.balance).toBe(b?.fields.balance);
    expect(a?.fields.customer).not.toBe(b?.fields.customer);
  });

  it("reads a column with more distinct values than it remembers", () => {
    const rows: CellValue[][] = [HEADER];
    for (let i = 0; i < 5_000; i++) rows.push([`客户${i}`, `JJ${i}`, i, i % 2 === 0 ? "正常" : "关注"]);
    const ledger = read(rows);
    expect(ledger.rows).toHaveLength(5_000);
    expect(ledger.rows[4_999]?.fields.customer?.parsed).toEqual({ ok: true, value: "客户4999" });
    expect(ledger.rows[4_999]?.fields.balance?.parsed).toEqual({ ok: true, value: 4_999 });
  });

  describe("applies the user's mapping", () => {
    const values: CellValue[][] = [
      ["客户名称", "借据号", "贷款余额", "余额（旧）", n],
      ["张三", "JJ1", 100, 90, "李四"],
    ];
    const columns = (mapping: ReadLedgerOptions["mapping"]): [string, number, string][] =>
      read(values, { mapping }).layout.columns.map((b) => [b.key, b.index, b.header]);

    it("moves a key to another column and lists its old header as unmapped", () => {
      const ledger = read(values, { mapping: { balance: 3 } });
      expect(columns({ balance: 3 })).toEqual([
        ["customer", 0, "客户名称"],
        ["loanNo", 1, "借据号"],
        ["balance", 3, "余额（旧）"],
      ]);
      expect(ledger.layout.unmapped).toEqual([{ index: 2, header: "贷款余额" }]);
      expect(ledger.rows[0]?.fields.balance?.raw).toBe(90);
    });

    it("unmaps a key with null", () => {
      const ledger = read(values, { mapping: { loanNo: null } });
      expect(ledger.layout.columns.map((b) => b.key)).toEqual(["customer", "balance"]);
      expect(ledger.layout.unmapped.map((u) => u.header)).toEqual(["借据号", "余额（旧）"]);
      expect(ledger.rows[0]?.fields.loanNo).toBeUndefined();
    });

    it("names a column with no header by the catalogue label", () => {
      expect(columns({ officer: 4 })).toContainEqual(["officer", 4, "管户客户经理"]);
    });

    it("takes a column from the key that held it", () => {
      expect(columns({ remark: 1 })).toEqual([
        ["customer", 0, "客户名称"],
        ["remark", 1, "借据号"],
        ["balance", 2, "贷款余额"],
      ]);
    });

    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
      "ignores a column index that cannot be a column (%p): the detected column stands",
      (i) => {
        expect(columns({ balance: i })).toEqual(columns(undefined));
      },
    );

    it("ignores a key given as undefined", () => {
      expect(columns({ balance: undefined })).toEqual(columns(undefined));
    });

    it("changes nothing with an empty mapping", () => {
      expect(columns({})).toEqual(columns(undefined));
    });
  });

  it("never throws on any grid of cell values", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom<CellValue>(...HEADER, "合计", "小计", "统计日期：2026-10-31", "贷款金额（万元）", n, ""),
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("#N/A", "#REF!").map((c) => excelError(c as "#N/A" | "#REF!")),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
        fc.option(fc.record({ balance: fc.option(fc.integer({ min: -2, max: 10 })) }), { nil: undefined }),
        (values, mapping) => {
          const result = readLedger(values, { sheet: "S", mapping });
          if (result.ok) expect(result.ledger.rows.length).toBeLessThanOrEqual(values.length);
          else expect(result.message).toContain("S");
        },
      ),
      { numRuns: 500 },
    );
  });
  it("marks a row repeating the header and reads none of its cells as a loan's", () => {
    const ledger = read([HEADER, ["张三", "JJ1", 100, "正常", n], [...HEADER], ["李四", "JJ2", 200, "关注", n]]);
    expect(ledger.rows.map((r) => r.kind)).toEqual(["data", "header", "data"]);
    expect(Object.values(ledger.rows[1]?.fields ?? {}).map((f) => f?.raw ?? null)).toEqual([n, n, n, n, n]);
  });

  describe("merged cells in the data", () => {
    /** 机构 | 客户名称 | 借据号 | 贷款金额 | 贷款余额 | 联系电话 (unmapped); rows 2–3 and 5 loans, row 4 blank. */
    const SHEET: CellValue[][] = [
      ["机构", "客户名称", "借据号", "贷款金额", "贷款余额", "联系电话"],
      ["城关支行", "张三", "JJ1", 100, 80, "139"],
      ["东关支行", "李四", "JJ2", 200, 150, "138"],
      [n, n, n, n, n, n],
      ["西关支行", "王五", "JJ3", 300, 250, "137"],
    ];

    /** The sheet as Excel holds it after merging: every cell of an area but its top-left one empty. */
    function merged(merges: string[]): CellValue[][] {
      const values = SHEET.map((row) => [...row]);
      for (const m of merges) {
        const area = parseMergeArea(m);
        if (area === null) throw new Error(`bad merge ${m}`);
        for (let r = area.top; r <= area.bottom; r++)
          for (let c = area.left; c <= area.right; c++)
            if (r > area.top || c > area.left) (values[r - 1] ?? [])[c] = null;
      }
      return values;
    }

    const raw = (ledger: Ledger, key: "branch" | "customer" | "amount" | "balance") =>
      ledger.rows.map((r) => r.fields[key]?.raw ?? null);

    it.each<[string, string[], "branch" | "customer" | "amount" | "balance", CellValue[], string[]]>([
      ["a vertical merge in a mapped column", ["A2:A3"], "branch", ["城关支行", "城关支行", n, "西关支行"], ["A2:A3"]],
      ["a merge over a blank row", ["A2:A5"], "branch", ["城关支行", "城关支行", n, "城关支行"], ["A2:A5"]],
      ["a wide merge across two fields: the amount", ["D2:E3"], "amount", [100, 100, n, 300], ["D2:E3"]],
      ["a wide merge across two fields: the balance stays empty", ["D2:E3"], "balance", [n, n, n, 250], ["D2:E3"]],
      ["a merge touching the header", ["B1:B3"], "customer", [n, n, n, "王五"], []],
      ["a merge in an unmapped column", ["F2:F5"], "branch", ["城关支行", "东关支行", n, "西关支行"], []],
      ["a one-cell merge", ["B2"], "customer", ["张三", "李四", n, "王五"], []],
    ])("%s", (_what, merges, key, values, listed) => {
      const ledger = read(merged(merges), { merges });
      expect(raw(ledger, key)).toEqual(values);
      expect((ledger.layout.merges ?? []).map((m) => m.range)).toEqual(listed);
    });

    it("keeps each row's kind from its own cells: a row holding nothing but the merge's value is blank", () => {
      const ledger = read(merged(["A2:A5"]), { merges: ["A2:A5"] });
      expect(ledger.rows.map((r) => r.kind)).toEqual(["data", "data", "blank", "data"]);
    });

    it("parses the merge's value as its column's kind for every row it covers", () => {
      const ledger = read(merged(["D2:D3"]), { merges: ["D2:D3"] });
      expect(ledger.rows[1]?.fields.amount?.parsed).toEqual({ ok: true, value: 100 });
    });

    it("lists each merge with its column, rows and first loan, and none when there are none", () => {
      const ledger = read(merged(["A3:A5", "D2:E3"]), { merges: ["D2:E3", "A3:A5"] });
      expect(ledger.layout.merges).toEqual([
        { range: "D2:E3", key: "amount", top: 2, bottom: 3, firstDataRow: 2 },
        { range: "A3:A5", key: "branch", top: 3, bottom: 5, firstDataRow: 3 },
      ]);
      expect(read(SHEET).layout.merges).toBeUndefined();
    });

    it("counts merges in sheet rows when the values start below row 1", () => {
      const values = SHEET.map((row) => [...row]);
      (values[2] ?? [])[0] = null;
      const ledger = read(values, { firstRow: 3, merges: ["A4:A5"] });
      expect(raw(ledger, "branch")).toEqual(["城关支行", "城关支行", n, "西关支行"]);
      expect(ledger.layout.merges?.[0]).toMatchObject({ top: 4, bottom: 5, firstDataRow: 4 });
    });
  });
});
