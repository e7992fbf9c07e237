/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { checkLedger } from "../../../src/core/ledger/check-ledger";
import type { Locale } from "../../../src/core/messages/message";
import type { CellValue } from "../../../src/core/values/cell-value";
import App from "../../../src/taskpane/components/App";
import type { WorkbookPort } from "../../../src/usecases/workbook-port";
import { aLedger, AS_OF } from "../../support/ledger-builder";

/**
 * The pane as a user meets it: rendered with a memory workbook, driven by
 * clicks. The expected figures come from the core's own check of the same
 * ledger, so the test follows the rules rather than repeating them.
 */
const LEDGER = aLedger()
  .withLoan()
  .withLoan({ customer: null })
  .withLoan({ balance: 500 })
  .withLoan({ disbursed: "2026-13-45" })
  .withLoan({ class: "好" });
const expected = checkLedger(LEDGER.build(), { asOf: AS_OF });
/** The customer cell of the loan without one (sheet row 3). */
const MISSING_CUSTOMER = LEDGER.cellOf("customer", 3);

function workbook(extra: { name: string; values: CellValue[][] }[] = [], fills: Record<string, string> = {}) {
  const book = MemoryWorkbook.from({ sheets: [{ name: "台账", values: LEDGER.values(), fills }, ...extra] });
  book.setSelection("台账", "A1");
  return book;
}

function renderApp(port: WorkbookPort | null, locale: Locale = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} locale={locale} today={AS_OF} />
    </FluentProvider>,
  );
}

/*
 * Queries by text and label rather than by role: role queries compute the
 * accessibility tree through getComputedStyle, which is slow in jsdom with
 * Fluent's hundreds of atomic CSS rules (seconds per query).
 */
function button(name: string): HTMLButtonElement {
  const el = screen.getByText(name, { selector: "button" });
  return el as HTMLButtonElement;
}

/** Waits until the pane has loaded the workbook's settings and ledgers (the run button is enabled). */
async function ready(name = "检查台账") {
  await waitFor(() => expect(button(name).disabled).toBe(false));
  return button(name);
}

async function checkNow() {
  fireEvent.click(await ready());
  await screen.findByText("未通过");
}

async function choose(label: string | RegExp, option: string) {
  fireEvent.click(screen.getByLabelText(label, { selector: '[role="combobox"]' }));
  fireEvent.click(await screen.findByText(option, { selector: '[role="option"]' }));
}

// Fluent renders slowly in jsdom; a test clicks through several commands.
jest.setTimeout(30_000);
afterEach(cleanup);

describe("App", () => {
  it("shows a calm message while the workbook is not connected", () => {
    renderApp(null);
    expect(screen.getByText("正在连接 Excel…")).toBeTruthy();
    expect(screen.queryByText("检查台账", { selector: "button" })).toBeNull();
  });

  it("checks the ledger and shows the verdict and the counts", async () => {
    renderApp(workbook());
    await checkNow();
    expect(expected.summary.bySeverity.error).toBeGreaterThan(0);
    expect(screen.getByText(`错误 ${expected.summary.bySeverity.error}`)).toBeTruthy();
    expect(screen.getByText(`警告 ${expected.summary.bySeverity.warning}`)).toBeTruthy();
    const byRule = screen.getByTestId("counts-by-rule");
    for (const [rule, count] of Object.entries(expected.summary.byRule)) {
      expect(within(byRule).getByText(labelOfRule(rule))).toBeTruthy();
      expect(within(byRule).getAllByText(String(count)).length).toBeGreaterThan(0);
    }
    expect(screen.getByText(`问题清单（${expected.findings.length} 条）`)).toBeTruthy();
    expect(screen.getByTestId("column-completeness").textContent).toContain("客户名称");
  });

  it("filters the findings by severity, rule and text", async () => {
    renderApp(workbook());
    await checkNow();
    await choose("级别", "错误");
    const errors = expected.findings.filter((f) => f.severity === "error");
    expect(screen.getByText(`第 1–${errors.length} 条，共 ${errors.length} 条`)).toBeTruthy();

    await choose("级别", "全部");
    await choose("规则", "必填项未填");
    const missing = expected.findings.filter((f) => f.rule === "required-missing");
    expect(screen.getByText(`第 1–${missing.length} 条，共 ${missing.length} 条`)).toBeTruthy();

    await choose("规则", "全部");
    fireEvent.change(screen.getByLabelText("搜索"), { target: { value: "JJ005" } });
    await waitFor(() => {
      const rows = findingButtons();
      expect(rows.length).toBe(expected.findings.filter((f) => f.key === "JJ005").length);
    });
  });

  it("shows the cell of a finding when it is clicked", async () => {
    const port = workbook();
    const activate = jest.spyOn(port, "activate");
    renderApp(port);
    await checkNow();
    const row = findingButtons().find((b) => b.getAttribute("data-cell") === MISSING_CUSTOMER);
    expect(row).toBeDefined();
    fireEvent.click(row as HTMLElement);
    await waitFor(() => expect(activate).toHaveBeenCalledWith("台账", MISSING_CUSTOMER));
  });

  it("writes the 检查结果 sheet", async () => {
    const port = workbook();
    renderApp(port);
    await checkNow();
    fireEvent.click(button("写入检查结果"));
    await screen.findByText("已写入工作表“检查结果”。");
    expect(port.sheetNames()).toContain("检查结果");
  });

  it("marks the offending cells and clears the marks, restoring the fills from before", async () => {
    const port = workbook([], { [MISSING_CUSTOMER]: "#00B0F0" });
    renderApp(port);
    await checkNow();
    fireEvent.click(button("标记问题单元格"));
    await screen.findByText(/^已标记 \d+ 个单元格。$/);
    expect(port.cellAt("台账", MISSING_CUSTOMER).fill).toBe("#FFC7CE");
    expect(port.cellAt("台账", MISSING_CUSTOMER).note).not.toBeNull();

    fireEvent.click(button("清除标记"));
    await screen.findByText(/^已清除 \d+ 个标记，原有格式已恢复。$/);
    expect(port.cellAt("台账", MISSING_CUSTOMER).fill).toBe("#00B0F0");
    expect(port.cellAt("台账", MISSING_CUSTOMER).note).toBeNull();
  });

  it("runs a command once when its button is clicked twice in a row", async () => {
    const port = workbook();
    const writeSheet = jest.spyOn(port, "writeSheet");
    renderApp(port);
    await checkNow();
    const write = button("写入检查结果");
    // Both clicks land before React re-renders the button as disabled: the single-flight guard must stop the second.
    act(() => {
      write.click();
      write.click();
    });
    await screen.findByText("已写入工作表“检查结果”。");
    const resultWrites = writeSheet.mock.calls.filter(([model]) => model.name === "检查结果");
    expect(resultWrites).toHaveLength(1);
  });

  it("re-checks with a corrected column mapping and keeps it for the next check", async () => {
    const port = workbook();
    renderApp(port);
    await checkNow();
    expect(document.body.textContent).not.toContain("缺少必需列");
    fireEvent.click(screen.getByText("列对应关系"));
    // Required columns carry a "*" after the label.
    await choose(/^客户名称/, "（无对应列）");
    fireEvent.click(button("应用并重新检查"));
    await waitFor(() => expect(screen.getByTestId("counts-by-rule").textContent).toContain("缺少必需列"));

    // A new session on the same workbook: the saved mapping applies with no question asked.
    cleanup();
    renderApp(port);
    await checkNow();
    expect(screen.getByTestId("counts-by-rule").textContent).toContain("缺少必需列");
  });

  it("saves the settings in the workbook and re-checks with them", async () => {
    const port = workbook();
    renderApp(port);
    await checkNow();
    expect(document.body.textContent).not.toContain("贷后检查逾期");
    fireEvent.click(screen.getByText("检查设置"));
    // The loans were last inspected on 2026-03-01, 30 days before the as-of date.
    fireEvent.change(screen.getByLabelText("正常类检查间隔（天）"), { target: { value: "10" } });
    fireEvent.click(button("保存设置"));
    await screen.findByText("设置已保存到工作簿。");
    expect(screen.getByTestId("counts-by-rule").textContent).toContain("贷后检查逾期");

    cleanup();
    renderApp(port);
    fireEvent.click(screen.getByText("检查设置"));
    await waitFor(() => expect((screen.getByLabelText("正常类检查间隔（天）") as HTMLInputElement).value).toBe("10"));
  });

  it("says in Chinese why a sheet without a header cannot be checked", async () => {
    renderApp(workbook([{ name: "备忘", values: [["今天开会"], ["记得带材料"]] }]));
    await ready();
    await choose("台账工作表", "备忘（未识别出台账表头）");
    fireEvent.click(button("检查台账"));
    const alert = await waitFor(() => {
      const found = document.querySelector('[role="alert"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(alert.textContent).toContain("未能完成");
    expect(alert.textContent).toMatch(/[\u4e00-\u9fff]{4,}/);
    expect(alert.textContent).not.toMatch(/\bat \w|Error:/);
  });

  it("speaks English when Office's display language is English", async () => {
    renderApp(workbook(), "en-US");
    fireEvent.click(await ready("Check ledger"));
    await screen.findByText("Not passed");
    expect(screen.getByText("Ledger check").closest('[role="tab"]')).not.toBeNull();
    expect(button("Write results")).toBeTruthy();
    expect(screen.getByText(`Findings (${expected.findings.length})`)).toBeTruthy();
  });
});

const RULE_LABELS: Record<string, string> = {
  "required-missing": "必填项未填",
  "type-error": "日期或数字无法识别",
  "enum-invalid": "取值不在列表内",
  "balance-exceeds-amount": "余额大于贷款金额",
};

function labelOfRule(rule: string): string {
  const label = RULE_LABELS[rule];
  if (label === undefined) throw new Error(`add the label of ${rule} to the test`);
  return label;
}

function findingButtons(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("button[data-cell]")];
}
