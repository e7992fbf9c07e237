import { ExcelStandIn, PAYLOAD_LIMIT, StandInOfficeError } from "../../support/excel-stand-in";

/** The stand-in is a test asset other suites (and the benchmark) rely on: its own rules are tested here. */

const codeOf = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
    return undefined;
  } catch (err) {
    if (err instanceof StandInOfficeError) return err.code;
    throw err;
  }
};

describe("ExcelStandIn", () => {
  it("throws PropertyNotLoaded for a property not loaded, or loaded but not synced", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "台账", rows: [["a", 1]] }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("台账").getRange("A1:B1");
      // Reading too early is the point of this test; the lint rules flag exactly this mistake.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
    });
  });

  it("records each sync with request and response sizes in UTF-8 bytes", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S", rows: [["贷款"]] }] });
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await context.sync();
      expect(r.values).toEqual([["贷款"]]);
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.maxRequestBytes).toBeGreaterThan(0);
    // "贷款" is 6 bytes in UTF-8; the response carries it.
    expect(excel.stats.maxResponseBytes).toBeGreaterThanOrEqual(JSON.stringify({ values: [["贷款"]] }).length + 4);
    expect(excel.calls("Worksheet.getRange")).toBe(1);
  });

  it("rejects a request over 5 MB", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S" }] });
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A60000").values = big;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(excel.sheet("S").cell("A1").value).toBeNull(); // nothing applied
  });

  it("rejects a response over 5 MB", async () => {
    const excel = new ExcelStandIn({
      sheets: [{ name: "S", rows: Array.from({ length: 30_000 }, () => ["贷".repeat(60)]) }],
    });
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A30000").load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("rejects a read of more than 5,000,000 cells", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S" }] });
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A:E").load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("RangeExceedsLimit");
  });

  it("types written values as Excel does, unless the cell is formatted as text", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S" }] });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:F1").values = [["=1+1", "00123", "#N/A", "-x", "TRUE", "2024-01-05"]];
      const b = ws.getRange("A2:B2");
      b.numberFormat = [["@", "@"]];
      b.values = [["=1+1", "00123"]];
      await context.sync();
    });
    const s = excel.sheet("S");
    expect(s.cell("A1")).toMatchObject({ formula: "=1+1", type: "Empty" });
    expect(s.cell("B1")).toMatchObject({ value: 123, type: "Double" });
    expect(s.cell("C1")).toMatchObject({ value: "#N/A", type: "Error" });
    expect(s.cell("D1").formula).toBe("=-x");
    expect(s.cell("E1")).toMatchObject({ value: true, type: "Boolean" });
    expect(s.cell("F1")).toMatchObject({ value: 45296, type: "Double" });
    expect(s.cell("A2")).toMatchObject({ value: "=1+1", type: "String", formula: null });
    expect(s.cell("B2")).toMatchObject({ value: "00123", type: "String" });
  });

  it("leaves a cell unchanged where the written matrix has null", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S", rows: [["keep", "old"]] }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, "new"]];
      await context.sync();
    });
    expect(excel.sheet("S").values("A1:B1")).toEqual([["keep", "new"]]);
  });

  it("rejects a matrix of the wrong size", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S" }] });
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("fails the first N runs in cell-edit mode", async () => {
    const excel = new ExcelStandIn({ cellEditRuns: 2 });
    const attempt = (): Promise<string | undefined> =>
      codeOf(
        excel.run(async (context) => {
          context.workbook.worksheets.load("items/name");
          await context.sync();
        }),
      );
    expect(await attempt()).toBe("InvalidOperationInCellEditMode");
    expect(await attempt()).toBe("InvalidOperationInCellEditMode");
    expect(await attempt()).toBeUndefined();
  });

  it("refuses APIs above its requirement set", async () => {
    const excel = new ExcelStandIn({ apiVersion: "1.8", sheets: [{ name: "S" }] });
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRanges("A1,B2").format.fill.color = "#FF0000";
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });

  it("refuses writes to a protected sheet", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S", protected: true }] });
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
  });

  it("reports missing items as null objects or ItemNotFound", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S" }] });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("nope");
      await context.sync(); // isNullObject comes back without a load, as in Office
      expect(ws.isNullObject).toBe(true);
    });
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("nope").load("name");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("reports no fill as white without pattern or tint, like Excel", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S", fills: { B1: "#ffc7ce" } }] });
    await excel.run(async (context) => {
      const props = context.workbook.worksheets
        .getItem("S")
        .getRange("A1:B1")
        .getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
      // A ClientResult needs no load, only a sync (the lint rule mistakes it for a proxy property).
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => props.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read
      expect(props.value).toEqual([
        [
          { format: { fill: { color: "#FFFFFF", pattern: "None", tintAndShade: null } } },
          { format: { fill: { color: "#FFC7CE", pattern: "Solid", tintAndShade: 0 } } },
        ],
      ]);
    });
  });

  it("syncs what is still queued when the batch ends, and then closes the context", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "S" }] });
    let leaked: Excel.Worksheet | undefined;
    await excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("S");
      leaked.getRange("A1").values = [["late"]];
    });
    expect(excel.sheet("S").cell("A1").value).toBe("late");
    expect(excel.stats.syncs).toBe(1);
    expect(() => leaked?.getRange("A2")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const excel = new ExcelStandIn({ sheets: [{ name: "Only" }, { name: "Hidden", visibility: "Hidden" }] });
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Only").delete();
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperation");
  });

  it.each([
    ["values with gaps and a formula without a value", true, "values!B1:E9"],
    ["values with gaps and a formula without a value", false, "values!B1:E9"],
    ["formats beyond the values", true, "formats!A1"],
    ["formats beyond the values", false, "formats!A1:H30"],
    ["nothing", true, null],
    ["nothing", false, null],
  ] as const)("finds the used range of %s (valuesOnly %s)", async (_what, valuesOnly, want) => {
    const excel = new ExcelStandIn({
      sheets: [
        { name: "values", rows: [[null, "a"], [], [null, null, 3]], cells: { E9: { formula: "=1", value: null } } },
        { name: "formats", rows: [[1]], fills: { H20: "#FF0000", B30: "#00FF00" } },
        { name: "nothing" },
      ],
    });
    const sheet = want === null ? "nothing" : (want.split("!")[0] ?? "");
    const address = await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(valuesOnly).load("address");
      await context.sync();
      return used.isNullObject ? null : used.address;
    });
    expect(address).toBe(want);
  });

  it("installs the Office globals and restores them", async () => {
    const g = globalThis as Record<string, unknown>;
    expect(g.Excel).toBeUndefined();
    const excel = new ExcelStandIn({ apiVersion: "1.9" });
    const restore = excel.install();
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    await Excel.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(context.workbook.worksheets.items.map((w) => w.name)).toEqual(["Sheet1"]);
    });
    restore();
    expect(g.Excel).toBeUndefined();
    expect(g.Office).toBeUndefined();
  });
});
