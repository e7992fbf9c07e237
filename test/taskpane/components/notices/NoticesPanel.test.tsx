/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../../../src/adapters/memory/memory-workbook";
import { noticeColumn } from "../../../../src/core/maturity/notice-layout";
import type { Locale } from "../../../../src/core/messages/message";
import { cellAddress } from "../../../../src/core/sheet-model/a1";
import App from "../../../../src/taskpane/components/App";
import { aLedger, day } from "../../../support/ledger-builder";

/**
 * The 到期提示 tab as a user meets it: a memory workbook with a ledger of
 * three branches, the pane's "today" the last day of 2026 (the ledger states
 * no 统计日期), driven by clicks.
 */
const TODAY = day("2026-12-31");
const LEDGER = aLedger()
  .withLoan({ loanNo: "CG-1", branch: "城关支行", customer: "甲公司", maturity: "2027-01-05", balance: 100 })
  .withLoan({ loanNo: "CG-2", branch: "城关支行", customer: "乙", maturity: "2027年1月31日", balance: 20.5 })
  .withLoan({ loanNo: "DC-1", branch: "东城支行", customer: "丁", maturity: "2027-01-20", balance: 300, amount: 300 })
  .withLoan({ loanNo: "NH-1", branch: "南湖信用社", customer: "己", maturity: "2027-02-28", balance: 12 });

function workbook(): MemoryWorkbook {
  const book = MemoryWorkbook.from({ sheets: [{ name: "台账", values: LEDGER.values() }] });
  book.setSelection("台账", "A1");
  return book;
}

function renderApp(port: MemoryWorkbook, locale: Locale = "zh-CN", today = TODAY) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} locale={locale} today={today} />
    </FluentProvider>,
  );
}

function button(name: string): HTMLButtonElement {
  return screen.getByText(name, { selector: "button" }) as HTMLButtonElement;
}

async function openTab(label = "到期提示", run = "生成到期提示") {
  // Fluent renders a tab's label twice (the second reserves the bold width).
  const [tab] = screen.getAllByText(label);
  if (tab === undefined) throw new Error(`no tab ${label}`);
  fireEvent.click(tab);
  await waitFor(() => expect(button(run).disabled).toBe(false));
}

async function generate(): Promise<void> {
  fireEvent.click(button("生成到期提示"));
  await screen.findByText("将要生成");
}

afterEach(cleanup);
jest.setTimeout(20_000);

describe("NoticesPanel", () => {
  it("shows what will be written, for which branches and how many loans, before writing anything", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await generate();
    expect(screen.getByText(/2027年1月到期贷款（统计日期 2026-12-31，台账“台账”）/)).toBeTruthy();
    expect(screen.getByText(/3 张工作表：2 个机构的提示函，以及“到期提示汇总”；共 3 笔/)).toBeTruthy();
    expect(screen.getByText(/城关支行：2 笔，余额 120\.50/)).toBeTruthy();
    expect(screen.getByText(/东城支行：1 笔，余额 300\.00/)).toBeTruthy();
    expect(book.sheetNames()).toEqual(["台账"]);
  });

  it("writes the notices when confirmed, and nothing when cancelled", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await generate();
    fireEvent.click(button("取消"));
    expect(screen.queryByText("将要生成")).toBeNull();
    expect(book.sheetNames()).toEqual(["台账"]);

    await generate();
    fireEvent.click(button("确认生成"));
    await screen.findByText("已生成 2 张提示函和“到期提示汇总”。");
    expect(book.sheetNames()).toEqual(
      expect.arrayContaining(["到期提示-城关支行", "到期提示-东城支行", "到期提示汇总"]),
    );
    fireEvent.click(button("查看汇总表"));
    await waitFor(() => expect(book.activeCell()).toEqual({ sheet: "到期提示汇总", cell: "A1" }));
  });

  it("says a re-run updates the sheets, and lists next month the loans matured without a decision", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await generate();
    fireEvent.click(button("确认生成"));
    await screen.findByText(/已生成/);
    await generate();
    expect(screen.getByText(/城关支行：2 笔，余额 120\.50（更新）/)).toBeTruthy();
    fireEvent.click(button("取消"));
    cleanup();

    // A branch decides on one loan; a month later the others are listed.
    const row = book.snapshotValues("到期提示-城关支行").findIndex((r) => r[noticeColumn("loanNo")] === "CG-1");
    book.setCell("到期提示-城关支行", cellAddress(row + 1, noticeColumn("handling")), "按期收回");
    renderApp(book, "zh-CN", day("2027-01-31"));
    await openTab();
    await generate();
    expect(screen.getByText("已到期未定处理方式：2 笔")).toBeTruthy();
    expect(screen.getByText(/东城支行 · 丁 · DC-1 · 到期 2027-01-20/)).toBeTruthy();
    expect(
      screen.getByText(/以下提示函的机构本期已无到期贷款，将被删除：到期提示-城关支行、到期提示-东城支行/),
    ).toBeTruthy();
  });

  it("shows the problem in words when the workbook has no ledger", async () => {
    const book = MemoryWorkbook.from({ sheets: [{ name: "说明", values: [["这里没有台账"]] }] });
    renderApp(book);
    await openTab();
    fireEvent.click(button("生成到期提示"));
    await screen.findByText("没有找到像贷后管理台账的工作表");
  });

  it("speaks English when Office does", async () => {
    renderApp(workbook(), "en-US");
    await openTab("Maturities", "Generate notices");
    fireEvent.click(button("Generate notices"));
    await screen.findByText("About to write");
    expect(screen.getByText(/Loans maturing in January 2027/)).toBeTruthy();
  });
});
