/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useReducer } from "react";
import type { Finding } from "../../../../src/core/findings/finding";
import FindingsList, { FINDINGS_PAGE_SIZE } from "../../../../src/taskpane/components/check/FindingsList";
import { checkReducer, initialCheckState } from "../../../../src/taskpane/state/check-reducer";

/** 50,000 findings, as a large branch ledger can give: every tenth an error, the rest warnings. */
const MANY: Finding[] = Array.from({ length: 50_000 }, (_, i) => ({
  rule: i % 10 === 0 ? "type-error" : "required-missing",
  severity: i % 10 === 0 ? "error" : "warning",
  sheet: "台账",
  row: i + 2,
  column: "客户名称",
  cell: `C${i + 2}`,
  key: `JJ${String(i).padStart(6, "0")}`,
  value: null,
  message: `第${i}条问题`,
  hint: "请补齐",
}));

/** The list with the pane's reducer behind it, as CheckPanel wires it. */
function Harness({ findings, onGoTo }: { findings: Finding[]; onGoTo: (f: Finding) => void }) {
  const [state, dispatch] = useReducer(checkReducer, initialCheckState);
  return (
    <FluentProvider theme={webLightTheme}>
      <FindingsList
        findings={findings}
        filter={state.filter}
        page={state.page}
        onFilter={(filter) => dispatch({ type: "filter-changed", filter })}
        onPage={(page) => dispatch({ type: "page-changed", page })}
        onGoTo={onGoTo}
        locale="zh-CN"
      />
    </FluentProvider>
  );
}

const rows = () => document.querySelectorAll("button[data-cell]");

jest.setTimeout(30_000);
afterEach(cleanup);

describe("FindingsList", () => {
  it("renders one page of 50,000 findings, not 50,000 rows", () => {
    render(<Harness findings={MANY} onGoTo={() => undefined} />);
    expect(rows()).toHaveLength(FINDINGS_PAGE_SIZE);
    expect(screen.getByText("第 1–50 条，共 50000 条")).toBeTruthy();
  });

  it("pages forward and back", () => {
    render(<Harness findings={MANY} onGoTo={() => undefined} />);
    fireEvent.click(screen.getByLabelText("下一页"));
    expect(screen.getByText("第 51–100 条，共 50000 条")).toBeTruthy();
    expect(rows()[0]?.getAttribute("data-cell")).toBe("C52");
    fireEvent.click(screen.getByLabelText("上一页"));
    expect(rows()[0]?.getAttribute("data-cell")).toBe("C2");
  });

  it("searches the 借据号 among 50,000 findings", async () => {
    render(<Harness findings={MANY} onGoTo={() => undefined} />);
    fireEvent.change(screen.getByLabelText("搜索"), { target: { value: "jj049999" } });
    await screen.findByText("第 1–1 条，共 1 条");
    expect(rows()[0]?.getAttribute("data-cell")).toBe("C50001");
  });

  it("filters by severity", async () => {
    render(<Harness findings={MANY} onGoTo={() => undefined} />);
    fireEvent.click(screen.getByLabelText("级别", { selector: '[role="combobox"]' }));
    fireEvent.click(await screen.findByText("错误", { selector: '[role="option"]' }));
    await screen.findByText("第 1–50 条，共 5000 条");
  });

  it("says so when nothing matches", async () => {
    render(<Harness findings={MANY} onGoTo={() => undefined} />);
    fireEvent.change(screen.getByLabelText("搜索"), { target: { value: "没有这个" } });
    await screen.findByText("没有符合条件的问题。");
    expect(rows()).toHaveLength(0);
  });

  it("hands the clicked finding to onGoTo", () => {
    const onGoTo = jest.fn();
    render(<Harness findings={MANY} onGoTo={onGoTo} />);
    const third = rows()[2];
    expect(third).toBeDefined();
    fireEvent.click(third as Element);
    expect(onGoTo).toHaveBeenCalledWith(MANY[2]);
  });
});
