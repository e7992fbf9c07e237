import { describePortConformance } from "../../support/port-conformance";
import { makeExcelPort } from "./excel-under-test";

const restores: (() => void)[] = [];
afterEach(() => {
  while (restores.length > 0) restores.pop()?.();
});

describePortConformance(
  "ExcelWorkbook (Office.js over the Excel stand-in)",
  makeExcelPort((restore) => restores.push(restore)),
);
