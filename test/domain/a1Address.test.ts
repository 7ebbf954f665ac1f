import {
  columnLetters,
  columnNumber,
  parseCell,
  parseRange,
  qualify,
  rangeA1,
} from "../../src/domain/a1Address";

describe("a1Address", () => {
  it("converts columns both ways up to XFD", () => {
    for (const n of [1, 26, 27, 52, 702, 703, 16384])
      expect(columnNumber(columnLetters(n))).toBe(n);
    expect(columnNumber("XFE")).toBeUndefined();
    expect(columnNumber("A1")).toBeUndefined();
  });

  it("parses cells and ranges, with or without $, in either corner order", () => {
    expect(parseCell("$C$14")).toEqual({ row: 14, column: 3 });
    expect(parseCell("C0")).toBeUndefined();
    expect(parseRange("N14:C14")).toEqual({ top: 14, left: 3, bottom: 14, right: 14 });
    expect(parseRange("A1:B2:C3")).toBeUndefined();
    expect(rangeA1({ top: 14, left: 3, bottom: 14, right: 3 })).toBe("C14");
  });

  it("always quotes the sheet of a finding's address, doubling inner quotes", () => {
    expect(qualify("D3 Model", "E14")).toBe("'D3 Model'!E14");
    expect(qualify("Sheet1", "A1")).toBe("'Sheet1'!A1");
    expect(qualify("It's", "A1")).toBe("'It''s'!A1");
  });
});
