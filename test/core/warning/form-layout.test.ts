import {
  APPROVERS,
  FORM_COLUMNS,
  FORM_LAYOUT,
  formCell,
  MEASURES,
  type InputField,
  type OwnedField,
} from "../../../src/core/warning/form-layout";

describe("FORM_LAYOUT", () => {
  it("places every slot inside the six columns, no two on the same cell", () => {
    const taken = new Set<string>();
    for (const s of FORM_LAYOUT.slots) {
      expect(s.col + s.span).toBeLessThanOrEqual(FORM_COLUMNS);
      for (let c = s.col; c < s.col + s.span; c++) {
        const key = `${s.row}:${c}`;
        expect(taken.has(key)).toBe(false);
        taken.add(key);
      }
    }
  });

  it("has one cell per field of the issue's blocks", () => {
    const inputs: InputField[] = [
      "level",
      "branch",
      "source",
      "customer",
      "idNumber",
      "industry",
      "rating",
      "officer",
      "loanNo",
      "contractNo",
      "product",
      "disbursed",
      "maturity",
      "rate",
      "amount",
      "balance",
      "guarantee",
      "class",
      "overduePrincipal",
      "overdueInterest",
      "overdueDays",
      "category",
      "discoveredOn",
      "discoverer",
      "description",
      "evidence",
      "cause",
      "impact",
      "proposedClass",
      ...MEASURES.map((m): InputField => `taken.${m}`),
      ...APPROVERS.flatMap((a): InputField[] => [`opinion.${a}`, `signature.${a}`, `signedOn.${a}`]),
      "result",
      "releaseCondition",
      "releasedOn",
      "releaseApprover",
    ];
    for (const f of inputs) expect(FORM_LAYOUT.input.has(f)).toBe(true);
    const owned: OwnedField[] = ["number", "status", "filedOn", "deadline", "ledgerLink", "capitals"];
    for (const f of owned) expect(FORM_LAYOUT.owned.has(f)).toBe(true);
  });

  it("keeps the title and the number on the rows printed on every page", () => {
    expect(FORM_LAYOUT.titleRow).toBe(1);
    expect(FORM_LAYOUT.input.get("level")?.row).toBe(2);
    expect(FORM_LAYOUT.owned.get("number")?.row).toBe(2);
    expect(FORM_LAYOUT.stampRow).toBe(3);
  });
});

describe("formCell", () => {
  it.each<[InputField | OwnedField, string]>([
    ["number", "B2"],
    ["status", "D2"],
    ["level", "F2"],
    ["customer", "B8"],
  ])("%s is at %s", (field, cell) => {
    expect(formCell(field)).toBe(cell);
  });
});
