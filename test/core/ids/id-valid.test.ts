import { idKind, idValid } from "../../../src/core/ids/id-valid";

describe("idKind", () => {
  it.each([
    ["11010519491231002X", "resident"],
    ["１１０１０５１９４９１２３１００２Ｘ", "resident"],
    ["110105 19491231 002X", "resident"],
    [" 11010519491231002x\n", "resident"],
    ["91350100M000100Y43", "credit-code"],
    ["９１３５０１００Ｍ０００１００Ｙ４３", "credit-code"],
    ["9135 0100 M000 100Y 43", "credit-code"],
    ["913501\u3000 00m000100y43", "credit-code"],
    ["110105194912310021", null],
    ["91350100M000100Y44", null],
    ["", null],
    ["张三", null],
  ])("classifies %p as %p", (text, expected) => {
    expect(idKind(text)).toBe(expected);
  });
});

describe("idValid", () => {
  it.each([
    ["11010519491231002X", true],
    ["９１３５０１００Ｍ０００１００Ｙ４３", true],
    ["110105194912310021", false],
    ["not an id", false],
  ])("judges %p as %p", (text, expected) => {
    expect(idValid(text)).toBe(expected);
  });
});
