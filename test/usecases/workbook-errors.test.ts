import {
  AddressError,
  SheetNameError,
  SheetNotFoundError,
  SheetProtectedError,
} from "../../src/usecases/workbook-errors";

describe("workbook errors", () => {
  it.each([
    [new SheetProtectedError("台账"), "sheet-protected", /工作表“台账”受保护/, /Sheet "台账" is protected/],
    [new SheetNotFoundError("汇总"), "sheet-not-found", /找不到工作表“汇总”/, /There is no sheet "汇总"/],
    [new SheetNameError("a/b", "adapter.sheet-name.chars"), "sheet-name", /“a\/b”含有/, /contains characters/],
    [new AddressError("甲1"), "address", /单元格地址无效：甲1/, /Invalid cell address: 甲1/],
  ])("%p has code %p and says what is wrong in Chinese and English", (error, code, zh, en) => {
    expect(error.code).toBe(code);
    expect(error.message).toMatch(zh);
    expect(error.localized("en-US")).toMatch(en);
    expect(error).toBeInstanceOf(Error);
  });

  it("tells its own kind apart with is()", () => {
    expect(SheetProtectedError.is(new SheetProtectedError("a"))).toBe(true);
    expect(SheetProtectedError.is(new SheetNotFoundError("a"))).toBe(false);
    expect(SheetNotFoundError.is(new Error("a"))).toBe(false);
  });
});
