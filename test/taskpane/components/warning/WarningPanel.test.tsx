/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../../../src/adapters/memory/memory-workbook";
import type { Locale } from "../../../../src/core/messages/message";
import { formCell, FORM_LAYOUT } from "../../../../src/core/warning/form-layout";
import { registerLetter } from "../../../../src/core/warning/register-sheet";
import App from "../../../../src/taskpane/components/App";
import { REGISTER_SHEET } from "../../../../src/usecases/warning-workbook";
import { day } from "../../../support/ledger-builder";
import { loanSheetRow, WARNING_LEDGER_SHEET, warningLedgerSeed } from "../../../support/warning-ledger";

/**
 * The 风险预警 tab as an officer uses it: select loans in the ledger,
 * preview, create, then move forms through their statuses — on a memory
 * workbook, asserting what the sheets hold after each click.
 */
const TODAY = day("2026-03-06");

function workbook(): MemoryWorkbook {
  const book = MemoryWorkbook.from(warningLedgerSeed());
  book.setSelection(WARNING_LEDGER_SHEET, `B${loanSheetRow(0)}:B${loanSheetRow(1)}`);
  return book;
}

function renderApp(port: MemoryWorkbook, today = TODAY, locale: Locale = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} locale={locale} today={today} />
    </FluentProvider>,
  );
}

function button(name: string | RegExp): HTMLButtonElement {
  return screen.getByRole("button", { name }) as HTMLButtonElement;
}

async function openTab() {
  const [tab] = screen.getAllByText("风险预警");
  if (tab === undefined) throw new Error("no tab");
  fireEvent.click(tab);
  await screen.findByText(/未解除的处理表/);
  await waitFor(() => expect(button("预览").disabled).toBe(false));
}

afterEach(cleanup);
jest.setTimeout(30_000);

describe("WarningPanel", () => {
  it("previews the forms of the selected loans before writing anything", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    expect(button("生成处理表").disabled).toBe(true);
    fireEvent.click(button("预览"));
    await screen.findByText("将生成 2 张处理表，并登记到“预警登记簿”：");
    expect(screen.getByText(/信阳市丰禾农业发展有限公司（借据号 JJ2025120007）/)).toBeTruthy();
    expect(book.sheetNames()).toEqual([WARNING_LEDGER_SHEET]);
    expect(button("生成 2 张处理表").disabled).toBe(false);
  });

  it("creates the previewed forms, shows the first, and lists them as open", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    fireEvent.click(button("预览"));
    await screen.findByText(/将生成 2 张处理表/);
    // The selection moving after the preview does not change what is created.
    book.setSelection(WARNING_LEDGER_SHEET, `B${loanSheetRow(4)}`);
    fireEvent.click(button("生成 2 张处理表"));
    await screen.findByText("已生成 2 张处理表，已登记到“预警登记簿”。");
    expect(book.sheetNames()).toEqual(expect.arrayContaining(["预警2026-001", "预警2026-002", REGISTER_SHEET]));
    expect(book.cellAt("预警2026-001", formCell("customer")).value).toBe("信阳市丰禾农业发展有限公司");
    expect(book.activeCell()).toEqual({ sheet: "预警2026-001", cell: "A1" });
    await screen.findByText("未解除的处理表（2 张，其中逾期 0 张）");
  });

  it("creates forms for every loan with a 预警信号", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    fireEvent.click(screen.getByLabelText("“预警信号”列已填写的全部贷款"));
    fireEvent.click(button("预览"));
    await screen.findByText(/将生成 3 张处理表/);
    fireEvent.click(button("生成 3 张处理表"));
    await screen.findByText(/已生成 3 张处理表/);
    expect(book.sheetNames().filter((n) => n.startsWith("预警2026-"))).toHaveLength(3);
  });

  it("lists open forms overdue first and moves one through 处理中, 解除 and another to 作废", async () => {
    const book = workbook();
    renderApp(book, day("2026-03-25"));
    await openTab();
    fireEvent.click(screen.getByLabelText("“预警信号”列已填写的全部贷款"));
    fireEvent.click(button("预览"));
    await screen.findByText(/将生成 3 张处理表/);
    fireEvent.click(button("生成 3 张处理表"));
    await screen.findByText("未解除的处理表（3 张，其中逾期 0 张）");

    // Filed on the pane's today (2026-03-25); look again a month later.
    cleanup();
    renderApp(book, day("2026-04-30"));
    await openTab();
    await screen.findByText("未解除的处理表（3 张，其中逾期 3 张）");

    const item = (number: string) => document.querySelector(`li[data-number="${number}"]`) as HTMLElement;
    fireEvent.click(within(item("〔2026〕第002号")).getByRole("button", { name: "处理中" }));
    await screen.findByText(/〔2026〕第002号 已改为“处理中”/);
    expect(book.cellAt("预警2026-002", formCell("status")).value).toBe("处理中");
    expect(book.cellAt(REGISTER_SHEET, `${registerLetter("status")}3`).value).toBe("处理中");

    fireEvent.click(within(item("〔2026〕第001号")).getByRole("button", { name: "解除…" }));
    const release = await screen.findByRole("group", { name: "解除 〔2026〕第001号" });
    fireEvent.change(within(release).getByLabelText("解除日期"), { target: { value: "2026-04-28" } });
    fireEvent.click(within(release).getByRole("button", { name: "确定" }));
    await screen.findByText(/〔2026〕第001号 已改为“已解除”/);
    expect(book.cellAt("预警2026-001", formCell("status")).value).toBe("已解除");
    expect(book.cellAt(REGISTER_SHEET, `${registerLetter("releasedOn")}2`).value).toBe(46140);

    fireEvent.click(within(item("〔2026〕第003号")).getByRole("button", { name: "作废…" }));
    const voiding = await screen.findByRole("group", { name: "作废 〔2026〕第003号" });
    const confirm = within(voiding).getByRole("button", { name: "确定" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(voiding).getByLabelText(/作废原因/), { target: { value: "重复登记" } });
    fireEvent.click(confirm);
    await screen.findByText(/〔2026〕第003号 已改为“作废”/);
    expect(book.sheetNames()).toContain("预警2026-003");
    expect(String(book.cellAt("预警2026-003", `A${FORM_LAYOUT.stampRow}`).value)).toContain("重复登记");
    await screen.findByText("未解除的处理表（1 张，其中逾期 1 张）");
  });

  it("explains what to do when a selection is on a sheet that is not a ledger", async () => {
    const book = workbook();
    renderApp(book);
    await openTab();
    fireEvent.click(screen.getByLabelText("“预警信号”列已填写的全部贷款"));
    fireEvent.click(button("预览"));
    await screen.findByText(/将生成 3 张处理表/);
    fireEvent.click(button("生成 3 张处理表"));
    await screen.findByText(/已生成 3 张处理表/);
    fireEvent.click(screen.getByLabelText("选中的行（台账或检查结果）"));
    book.setSelection(REGISTER_SHEET, "A2");
    fireEvent.click(button("预览"));
    await screen.findByRole("alert");
    expect(screen.getByRole("alert").textContent).toContain("既不是台账");
  });
});
