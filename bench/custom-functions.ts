import { installStandInRuntime } from "../test/support/custom-functions-stand-in";
import { classCheckFn, classify } from "../src/functions/functions";
import { classifyInputs, column } from "./inputs";
import { timed } from "./probe";

/**
 * DH.CLASSIFY and DH.CLASS_CHECK as Excel calls them: once with ranges of
 * 100,000 rows (a spilled formula), and 100,000 times with single cells (one
 * formula per row), after a warm-up of 1,000 rows in each mode. Excel's own
 * overhead per call (marshalling, the batching of custom-function calls) is
 * not included: this is the add-in's share.
 */
function errors(result: unknown[][]): number {
  let n = 0;
  for (const row of result) for (const v of row) if (typeof v === "object" && v !== null) n++;
  return n;
}

export async function customFunctions(rows: number): Promise<object> {
  installStandInRuntime();
  const input = classifyInputs(rows);
  const ranges = {
    overdue: column(input.overdue),
    asset: column(input.asset),
    conditions: column(input.conditions),
    ecl: column(input.ecl),
    recorded: column(input.recorded),
  };
  // Both modes of both functions once on a few rows first, so that neither mode pays for compiling the code.
  const warm = 1000;
  classify(
    ranges.overdue.slice(0, warm),
    ranges.asset.slice(0, warm),
    ranges.conditions.slice(0, warm),
    ranges.ecl.slice(0, warm),
  );
  classCheckFn(ranges.recorded.slice(0, warm), ranges.overdue.slice(0, warm), ranges.asset.slice(0, warm));
  for (let i = 0; i < warm; i++) {
    classify([[input.overdue[i]]], [[input.asset[i]]], [[input.conditions[i]]], [[input.ecl[i]]]);
    classCheckFn([[input.recorded[i]]], [[input.overdue[i]]], [[input.asset[i]]]);
  }
  const classifyRange = await timed(() => classify(ranges.overdue, ranges.asset, ranges.conditions, ranges.ecl));
  const classifyCells = await timed(() => {
    const out: unknown[][] = [];
    for (let i = 0; i < rows; i++) {
      out.push(classify([[input.overdue[i]]], [[input.asset[i]]], [[input.conditions[i]]], [[input.ecl[i]]])[0] ?? []);
    }
    return out;
  });
  const checkRange = await timed(() =>
    classCheckFn(ranges.recorded, ranges.overdue, ranges.asset, ranges.conditions, ranges.ecl),
  );
  const checkCells = await timed(() => {
    const out: unknown[][] = [];
    for (let i = 0; i < rows; i++) {
      out.push(
        classCheckFn(
          [[input.recorded[i]]],
          [[input.overdue[i]]],
          [[input.asset[i]]],
          [[input.conditions[i]]],
          [[input.ecl[i]]],
        )[0] ?? [],
      );
    }
    return out;
  });
  const same = JSON.stringify(classifyRange.value) === JSON.stringify(classifyCells.value);
  if (!same) throw new Error("DH.CLASSIFY over a range and cell by cell disagree");
  return {
    task: "custom-functions",
    rows,
    classify: { range: classifyRange.timing, cells: classifyCells.timing, errors: errors(classifyRange.value) },
    classCheck: { range: checkRange.timing, cells: checkCells.timing, errors: errors(checkRange.value) },
    deviations: checkRange.value.filter((r) => typeof r[0] === "string" && r[0] !== "").length,
  };
}
