import fc from "fast-check";
import { classifyFloor, type FloorInput } from "../../../src/core/classification/classify-floor";
import { CONDITIONS, type Condition } from "../../../src/core/classification/conditions";
import { classRank, LOAN_CLASSES } from "../../../src/core/classification/loan-class";

const assetType = fc.constantFrom("非零售" as const, "零售" as const, "信用卡" as const);
const conditions = fc.subarray([...CONDITIONS]);
const eclRatio = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
const days = fc.nat({ max: 2000 });

const floorInput = fc.record<FloorInput>({ overdueDays: days, assetType, conditions, eclRatio });
const rank = (i: FloorInput): number => classRank(classifyFloor(i).floor);

describe("classifyFloor (properties)", () => {
  it("never throws and always returns one of the five classes, with reasons exactly at that floor", () => {
    fc.assert(
      fc.property(floorInput, (i) => {
        const result = classifyFloor(i);
        expect(LOAN_CLASSES).toContain(result.floor);
        expect(result.reasons.every((r) => r.floor === result.floor)).toBe(true);
        expect(result.reasons.length === 0).toBe(result.floor === "正常");
      }),
    );
  });

  it("is monotone non-decreasing in overdue days", () => {
    fc.assert(
      fc.property(floorInput, fc.nat({ max: 500 }), (i, extra) => {
        expect(rank({ ...i, overdueDays: i.overdueDays + extra })).toBeGreaterThanOrEqual(rank(i));
      }),
    );
  });

  // 技术性逾期 is left out on purpose: it excuses short overdue, so adding it may lower the floor.
  const raising = CONDITIONS.filter((c): c is Exclude<Condition, "技术性逾期"> => c !== "技术性逾期");

  it("is monotone non-decreasing in adding conditions (other than 技术性逾期)", () => {
    fc.assert(
      fc.property(floorInput, fc.constantFrom(...raising), (i, added) => {
        expect(rank({ ...i, conditions: [...i.conditions, added] })).toBeGreaterThanOrEqual(rank(i));
      }),
    );
  });

  it("is monotone non-decreasing in the ECL ratio", () => {
    fc.assert(
      fc.property(floorInput, fc.double({ min: 0, max: 1, noNaN: true }), (i, ecl) => {
        const higher = Math.max(ecl, i.eclRatio ?? 0);
        expect(rank({ ...i, eclRatio: higher })).toBeGreaterThanOrEqual(rank(i));
      }),
    );
  });

  it("only lowers the floor through 技术性逾期 within the grace period, and then only from 关注 to 正常", () => {
    fc.assert(
      fc.property(floorInput, (i) => {
        const without = classifyFloor({ ...i, conditions: i.conditions.filter((c) => c !== "技术性逾期") });
        const withIt = classifyFloor({ ...i, conditions: [...i.conditions, "技术性逾期"] });
        if (withIt.floor !== without.floor) {
          expect([without.floor, withIt.floor, i.overdueDays <= 7]).toEqual(["关注", "正常", true]);
        }
      }),
    );
  });
});
