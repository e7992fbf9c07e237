/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../../../src/adapters/memory/memory-workbook";
import type { Locale } from "../../../../src/core/messages/message";
import App from "../../../../src/taskpane/components/App";
import { planScorecards, type ScorecardsResult } from "../../../../src/usecases/fill-scorecards";
import { AS_OF } from "../../../support/ledger-builder";
import { branchLedger } from "../../../core/scorecard/fixtures";

/**
 * The 检查评分 tab as a user meets it: a memory workbook with a ledger of
 * several branches (no 统计日期 in it, so the pane's "today" is the as-of
 * date), driven by clicks. The figures expected come from the use case's
 * own preview of the same workbook.
 */
function workbook(): MemoryWorkbook {
  const book = MemoryWorkbook.from({ sheets: [{ name: "台账", values: branchLedger().values() }] });
  book.setSelection("台账", "A1");
  return book;
}

function renderApp(port: MemoryWorkbook, locale: Locale = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} locale={locale} today={AS_OF} />
    </FluentProvider>,
  );
}

function button(name: string): HTMLButtonElement {
  return screen.getByText(name, { selector: "button" }) as HTMLButtonElement;
}

async function openTab(label = "检查评分", run = "生成评分表") {
  // Fluent renders a tab's label twice (the second reserves the bold width).
  const [tab] = screen.getAllByText(label);
  if (tab === undefined) throw new Error(`no tab ${label}`);
  fireEvent.click(tab);
  await waitFor(() => expect(button(run).disabled).toBe(false));
}

async function expected(book: MemoryWorkbook): Promise<ScorecardsResult> {
  const plan = await planScorecards(book, { today: AS_OF });
  if (!plan.ok) throw new Error(plan.problem.message);
  return plan;
}

afterEach(cleanup);
// Fluent in jsdom is slow: a preview and a write take a few seconds each here.
jest.setTimeout(20_000);

describe("ScorePanel", () => {
  it("previews what will be written before writing anything", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await screen.findByText(/将写入 4 张评分表、4 张评分依据、1 张评分汇总、1 份限期整改通知书/);
    expect(screen.getByText("整改通知书发往：西关信用社")).toBeTruthy();
    expect(book.sheetNames()).toEqual(["台账"]);
  });

  it("generates the scorecards and shows each branch's score, grade and what cost most", async () => {
    const book = workbook();
    const plan = await expected(book);
    renderApp(book);
    await openTab();
    fireEvent.click(button("生成评分表"));
    await screen.findByText(/已生成 4 个机构的评分表，1 份限期整改通知书/);
    for (const b of plan.branches) {
      expect(book.sheetNames()).toContain(b.sheets.scorecard);
      const row = document.querySelector(`[data-branch="${b.branch}"]`);
      expect(row?.textContent).toContain(String(b.score.total));
      expect(row?.textContent).toContain(b.score.grade);
    }
    expect(book.sheetNames()).toContain("评分汇总");
    expect(book.sheetNames()).toContain("限期整改通知书-西关信用社");
  });

  it("scores one branch when one is chosen, leaving the summary alone", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    await screen.findByText(/将写入 4 张评分表/);
    fireEvent.click(screen.getByText("全部机构"));
    fireEvent.click(await screen.findByText("东城支行", { selector: "[role=option]" }));
    fireEvent.click(button("预览"));
    await screen.findByText(/将写入 1 张评分表、1 张评分依据、0 份限期整改通知书/);
    fireEvent.click(button("生成评分表"));
    await screen.findByText(/已生成 1 个机构的评分表/);
    expect(book.sheetNames()).toEqual(expect.arrayContaining(["评分表-东城支行", "评分依据-东城支行"]));
    expect(book.sheetNames()).not.toContain("评分汇总");
    expect(book.sheetNames()).not.toContain("评分表-城关支行");
  }, 30_000);

  it("lists the problems of an invalid 评分标准 sheet, each naming its cell", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    fireEvent.click(button("生成评分表"));
    await screen.findByText(/已生成 4 个机构的评分表/);
    book.setCell("评分标准", "C4", 25);
    fireEvent.click(button("预览"));
    await screen.findByText(/“评分标准”表有 1 处需要修改/);
    expect(screen.getByText(/标准分”合计为 105 分，应为 100 分/)).toBeTruthy();
  });

  it("speaks English when Office does", async () => {
    const book = workbook();
    renderApp(book, "en-US");
    await openTab("Scorecards", "Generate scorecards");
    await screen.findByText(/Will write 4 scorecard\(s\)/);
  });
});
