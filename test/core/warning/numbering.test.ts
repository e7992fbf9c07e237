import {
  compareWarningNumbers,
  formatWarningNumber,
  nextWarningNumbers,
  parseWarningNumberText,
  parseWarningSheetName,
  warningSheetName,
  type WarningNumber,
} from "../../../src/core/warning/numbering";

describe("formatWarningNumber", () => {
  it.each<[WarningNumber, string]>([
    [{ year: 2026, seq: 1 }, "〔2026〕第001号"],
    [{ year: 2026, seq: 42 }, "〔2026〕第042号"],
    [{ year: 2027, seq: 1234 }, "〔2027〕第1234号"],
  ])("%p → %s", (n, text) => {
    expect(formatWarningNumber(n)).toBe(text);
  });
});

describe("warningSheetName", () => {
  it.each<[WarningNumber, string]>([
    [{ year: 2026, seq: 1 }, "预警2026-001"],
    [{ year: 2026, seq: 1000 }, "预警2026-1000"],
  ])("%p → %s, a name Excel accepts", (n, name) => {
    expect(warningSheetName(n)).toBe(name);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
  });
});

describe("parseWarningSheetName", () => {
  it.each<[string, WarningNumber | null]>([
    ["预警2026-001", { year: 2026, seq: 1 }],
    ["预警2026-1000", { year: 2026, seq: 1000 }],
    ["预警2026-001 (2)", null],
    ["预警登记簿", null],
    ["预警2026-000", null],
    ["检查结果", null],
  ])("%s → %p", (name, n) => {
    expect(parseWarningSheetName(name)).toEqual(n);
  });
});

describe("parseWarningNumberText", () => {
  it.each<[string, WarningNumber | null]>([
    ["〔2026〕第001号", { year: 2026, seq: 1 }],
    ["[2026]第12号", { year: 2026, seq: 12 }],
    ["（2026）007", { year: 2026, seq: 7 }],
    ["2026-003", { year: 2026, seq: 3 }],
    ["预警2026-009", { year: 2026, seq: 9 }],
    [" 〔2026〕 第 010 号 ", { year: 2026, seq: 10 }],
    ["合计", null],
    ["", null],
    ["〔26〕第1号", null],
  ])("%s → %p", (text, n) => {
    expect(parseWarningNumberText(text)).toEqual(n);
  });

  it("reads back every number it prints", () => {
    for (const seq of [1, 9, 99, 100, 999, 1000, 12345]) {
      const n = { year: 2026, seq };
      expect(parseWarningNumberText(formatWarningNumber(n))).toEqual(n);
      expect(parseWarningSheetName(warningSheetName(n))).toEqual(n);
    }
  });
});

describe("nextWarningNumbers", () => {
  it("starts a year at 001", () => {
    const { numbers, counter } = nextWarningNumbers({}, 2026, 2, []);
    expect(numbers).toEqual([
      { year: 2026, seq: 1 },
      { year: 2026, seq: 2 },
    ]);
    expect(counter).toEqual({ "2026": 2 });
  });

  it("continues from the counter across runs", () => {
    const first = nextWarningNumbers({}, 2026, 3, []);
    const second = nextWarningNumbers(first.counter, 2026, 1, []);
    expect(second.numbers).toEqual([{ year: 2026, seq: 4 }]);
  });

  it("restarts at 001 in a new year and keeps the old year's counter", () => {
    const { numbers, counter } = nextWarningNumbers({ "2026": 57 }, 2027, 1, []);
    expect(numbers).toEqual([{ year: 2027, seq: 1 }]);
    expect(counter).toEqual({ "2026": 57, "2027": 1 });
  });

  it("never goes back when the counter was lost: numbers seen in the workbook count", () => {
    const seen = [
      { year: 2026, seq: 5 },
      { year: 2026, seq: 2 },
      { year: 2025, seq: 90 },
    ];
    expect(nextWarningNumbers({}, 2026, 1, seen).numbers).toEqual([{ year: 2026, seq: 6 }]);
  });

  it("never goes back when the register lost rows: the counter counts", () => {
    expect(nextWarningNumbers({ "2026": 9 }, 2026, 1, [{ year: 2026, seq: 3 }]).numbers).toEqual([
      { year: 2026, seq: 10 },
    ]);
  });

  it.each([[{ "2026": -3 }], [{ "2026": 1.5 }], [{ "2026": Number.NaN }]])(
    "ignores a damaged counter %p",
    (counter) => {
      expect(nextWarningNumbers(counter, 2026, 1, []).numbers).toEqual([{ year: 2026, seq: 1 }]);
    },
  );

  it("gives nothing for zero forms but catches the counter up with what is seen", () => {
    const r = nextWarningNumbers({}, 2026, 0, [{ year: 2026, seq: 4 }]);
    expect(r.numbers).toEqual([]);
    expect(r.counter).toEqual({ "2026": 4 });
  });
});

describe("compareWarningNumbers", () => {
  it("orders by year, then number", () => {
    const list = [
      { year: 2027, seq: 1 },
      { year: 2026, seq: 10 },
      { year: 2026, seq: 2 },
    ];
    expect([...list].sort(compareWarningNumbers)).toEqual([
      { year: 2026, seq: 2 },
      { year: 2026, seq: 10 },
      { year: 2027, seq: 1 },
    ]);
  });
});
