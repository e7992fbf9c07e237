/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../../../src/adapters/memory/memory-workbook";
import type { Locale } from "../../../../src/core/messages/message";
import { cellAddress } from "../../../../src/core/sheet-model/a1";
import { monthCol, targetSheetLayout } from "../../../../src/core/targets/target-layout";
import App from "../../../../src/taskpane/components/App";
import { aLedger, day } from "../../../support/ledger-builder";

/**
 * The 目标责任书 tab as a user meets it: a memory workbook with a ledger of
 * three officers (one with every loan settled, one row naming no officer),
 * the pane's "today" 2026-03-31 (the ledger states no 统计日期), driven by clicks.
 */
const TODAY = day("2026-03-31");
const L = targetSheetLayout(5);
const LEDGER = aLedger()
  .withLoan({ officer: "张三", customer: "甲", idNumber: null, balance: 100 })
  .withLoan({ officer: "张三", customer: "乙", idNumber: null, balance: 20.5 })
  .withLoan({ officer: "李四", customer: "丙", balance: 300 })
  .withLoan({ officer: "王五", customer: "丁", balance: 0 })
  .withLoan({ officer: null, customer: "戊", balance: 7 });

function workbook(): MemoryWorkbook {
  const book = MemoryWorkbook.from({ sheets: [{ name: "台账", values: LEDGER.values() }] });
  book.setSelection("台账", "A1");
  return book;
}

function renderApp(port: MemoryWorkbook, locale: Locale = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} locale={locale} today={TODAY} />
    </FluentProvider>,
  );
}

function button(name: string): HTMLButtonElement {
  return screen.getByText(name, { selector: "button" }) as HTMLButtonElement;
}

async function openTab(label = "目标责任书", run = "生成目标责任书") {
  // Fluent renders a tab's label twice (the second reserves the bold width).
  const [tab] = screen.getAllByText(label);
  if (tab === undefined) throw new Error(`no tab ${label}`);
  fireEvent.click(tab);
  await waitFor(() => expect(button(run).disabled).toBe(false));
}

async function generate(title = /将生成 3 张目标责任书/): Promise<void> {
  fireEvent.click(button("生成目标责任书"));
  await screen.findAllByText(title);
}

afterEach(cleanup);
jest.setTimeout(30_000);

describe("TargetsPanel", () => {
  it("shows how many sheets will be written and for whom, before writing anything", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await generate();
    expect(screen.getByText(/台账“台账”，统计日期 2026-03-31，2026 年度/)).toBeTruthy();
    expect(screen.getByText(/新建 3 张，更新 0 张；另写入“考核汇总”和“考核参数”/)).toBeTruthy();
    expect(screen.getByText(/张三：2 户，贷款余额 120\.50（新建）/)).toBeTruthy();
    expect(screen.getByText(/王五：0 户，贷款余额 0\.00（新建）/)).toBeTruthy();
    expect(book.sheetNames()).toEqual(["台账"]);
  });

  it("writes the sheets when confirmed, and nothing when cancelled", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await generate();
    fireEvent.click(button("取消"));
    await waitFor(() => expect(screen.queryByText("确认生成")).toBeNull());
    expect(book.sheetNames()).toEqual(["台账"]);

    await generate();
    fireEvent.click(button("确认生成"));
    await screen.findByText(/已写入 3 张目标责任书和“考核汇总”/);
    expect(book.sheetNames()).toEqual(
      expect.arrayContaining(["目标责任书-张三", "目标责任书-李四", "目标责任书-王五", "考核汇总", "考核参数"]),
    );
  });

  it("updates the same sheets when run again, keeping the actuals typed", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await generate();
    fireEvent.click(button("确认生成"));
    await screen.findByText(/已写入 3 张/);
    book.setCell("目标责任书-张三", cellAddress(L.firstActualRow, monthCol(1)), 88);

    await generate();
    expect(screen.getByText(/新建 0 张，更新 3 张/)).toBeTruthy();
    expect(screen.getByText(/张三：2 户，贷款余额 120\.50（更新）/)).toBeTruthy();
    fireEvent.click(button("确认生成"));
    await screen.findByText(/已写入 3 张/);
    expect(book.cellAt("目标责任书-张三", cellAddress(L.firstActualRow, monthCol(1))).value).toBe(88);
    expect(book.sheetNames().filter((n) => n.startsWith("目标责任书"))).toHaveLength(3);
  });

  it("goes to a sheet it wrote", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await generate();
    fireEvent.click(button("确认生成"));
    await screen.findByText(/已写入 3 张/);
    fireEvent.click(button("目标责任书-李四"));
    await waitFor(() => expect(book.activeCell()).toEqual({ sheet: "目标责任书-李四", cell: "A1" }));
  });

  it("takes the year typed, and will not run with one that is not a year", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    const year = screen.getByLabelText("考核年度") as HTMLInputElement;
    fireEvent.change(year, { target: { value: "27" } });
    await screen.findByText("请输入 4 位年份，例如 2026");
    expect(button("生成目标责任书").disabled).toBe(true);
    fireEvent.change(year, { target: { value: "2027" } });
    await waitFor(() => expect(button("生成目标责任书").disabled).toBe(false));
    await generate();
    expect(screen.getByText(/2027 年度/)).toBeTruthy();
  });

  it("says why when no loan names its officer", async () => {
    const book = MemoryWorkbook.from({
      sheets: [{ name: "台账", values: aLedger().withLoan({ officer: null }).values() }],
    });
    book.setSelection("台账", "A1");
    renderApp(book);
    await openTab();
    fireEvent.click(button("生成目标责任书"));
    await screen.findByText(/没有填写管户客户经理的贷款/);
  });

  it("speaks English in en-US", async () => {
    renderApp(workbook(), "en-US");
    await openTab("Targets", "Generate target sheets");
    fireEvent.click(button("Generate target sheets"));
    await screen.findAllByText("3 target sheet(s) will be written");
    expect(screen.getByText(/张三: 2 customer\(s\), balance 120\.50/)).toBeTruthy();
  });
});
