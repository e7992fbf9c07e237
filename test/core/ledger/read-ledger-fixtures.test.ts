import { readdirSync } from "fs";
import { join } from "path";
import { COLUMN_CATALOGUE } from "../../../src/core/ledger/column-catalogue";
import type { ColumnKey, Field, Ledger } from "../../../src/core/ledger/ledger-types";
import { readLedger } from "../../../src/core/ledger/read-ledger";
import { dayToIso } from "../../../src/core/values/day";
import { UNREADABLE, type ExpectedValue, type LedgerFixture } from "../../fixtures/ledgers/ledger-fixture";

const FIXTURES = join(__dirname, "../../fixtures/ledgers");

/** Every case file in the fixtures folder (the shared type file is not a case). */
const cases: [string, LedgerFixture][] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".ts") && f !== "ledger-fixture.ts")
  .sort()
  .map((f) => [f.replace(/\.ts$/, ""), jest.requireActual<LedgerFixture>(join(FIXTURES, f))]);

/** A field as fixtures write it. */
function shown(key: ColumnKey, field: Field | undefined): ExpectedValue | undefined {
  if (field === undefined) return undefined;
  const p = field.parsed;
  if (!p.ok) return p.reason === "empty" ? null : UNREADABLE;
  if (COLUMN_CATALOGUE[key].kind === "date" && typeof p.value === "number") return dayToIso(p.value);
  return p.value as ExpectedValue;
}

function columnsOf(ledger: Ledger): Partial<Record<ColumnKey, number>> {
  return Object.fromEntries(ledger.layout.columns.map((b) => [b.key, b.index]));
}

describe("ledger fixtures", () => {
  it("finds the fixture files", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(cases)("%s", (_name, fixture) => {
    const result = readLedger(fixture.values, { sheet: "台账", ...fixture.options });
    const expected = fixture.expected;

    it(`reads as expected: ${fixture.description}`, () => {
      expect(result.ok).toBe(expected.ok);
    });

    if (!expected.ok) {
      it("says why the sheet cannot be read and what to do", () => {
        expect(result).toMatchObject({ ok: false, reason: expected.reason });
        if (result.ok) return;
        expect(result.message).toContain(fixture.options?.sheet ?? "台账");
        expect(result.hint.length).toBeGreaterThan(0);
      });
      return;
    }

    const ledger = (): Ledger => {
      if (!result.ok) throw new Error(`expected a ledger, got ${result.reason}: ${result.message}`);
      return result.ledger;
    };

    it("finds the header row and maps exactly the expected columns", () => {
      const { layout } = ledger();
      expect(layout.headerRow).toBe(expected.headerRow);
      expect(columnsOf(ledger())).toEqual(expected.columns);
      expect(layout.sheet).toBe(fixture.options?.sheet ?? "台账");
    });

    it("keeps headers as written and lists the unmapped ones", () => {
      const { layout } = ledger();
      for (const [key, header] of Object.entries(expected.headers ?? {})) {
        expect(layout.columns.find((b) => b.key === key)?.header).toBe(header);
      }
      expect(layout.unmapped.map((u) => u.header)).toEqual(expected.unmapped);
    });

    it("reads the stated date and the amount unit", () => {
      const { layout } = ledger();
      expect(layout.statedAsOf === null ? null : dayToIso(layout.statedAsOf)).toBe(expected.statedAsOf);
      expect(layout.amountUnit).toBe(expected.amountUnit);
    });

    it("reads every row with its kind and values", () => {
      const { rows } = ledger();
      expect(rows.map((r) => [r.sheetRow, r.kind])).toEqual(expected.rows.map((r) => [r.sheetRow, r.kind]));
      expected.rows.forEach((want, i) => {
        const row = rows[i];
        for (const [key, value] of Object.entries(want.values ?? {})) {
          const k = key as ColumnKey;
          expect({ row: want.sheetRow, key, value: shown(k, row?.fields[k]) }).toEqual({
            row: want.sheetRow,
            key,
            value,
          });
        }
      });
    });
  });
});
