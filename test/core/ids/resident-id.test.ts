import { isResidentId } from "../../../src/core/ids/resident-id";

// Valid examples were checked by hand against GB 11643 (weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2;
// Σ mod 11 → 1,0,X,9,8,7,6,5,4,3,2); they are hard-coded so the test does not mirror the code.
describe("isResidentId", () => {
  it.each([
    ["the GB 11643 sample", "11010519491231002X"],
    ["a lower-case x check", "11010519491231002x"],
    ["check digit 2", "440308199901010012"],
    ["a birth on 29 February of a leap year", "320102198002291235"],
    ["check digit 5", "510107200012314565"],
    ["a birth in 1900", "65010119000101001X"],
    ["a birth in 2099", "810000209912310019"],
    ["check digit 1", "370202197510153381"],
    ["check digit 4", "120101198808080804"],
    ["a birth in 2100", "110105210001010015"],
  ])("accepts %s (%s)", (_label, id) => {
    expect(isResidentId(id)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "110105194912310021"],
    ["one digit changed", "11010519491231012X"],
    ["two digits swapped", "11010591491231002X"],
    ["29 February of a common year, checksum valid", "320102198102291232"],
    ["month 13, checksum valid", "110105198013010013"],
    ["a birth year before 1900, checksum valid", "110105189901010017"],
    ["a birth year after 2100, checksum valid", "110105210101010012"],
    ["region code 000000, checksum valid", "000000198001010013"],
    ["17 characters", "11010519491231002"],
    ["19 characters", "11010519491231002X0"],
    ["an X in the middle", "1101051949123100X2"],
    ["a letter other than X as check", "11010519491231002Y"],
    ["the old 15-digit form", "110105491231002"],
    ["an empty string", ""],
  ])("rejects %s (%s)", (_label, id) => {
    expect(isResidentId(id)).toBe(false);
  });
});
