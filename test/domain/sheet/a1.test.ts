import fc from "fast-check";
import {
  absoluteA1,
  boxAt,
  cellA1,
  columnLetters,
  columnNumber,
  MAX_COLUMN,
  MAX_ROW,
  mustParseCell,
  mustParseRange,
  parseCell,
  parseRange,
  rangeA1,
} from "../../../src/domain/sheet/a1";

describe("A1 addresses", () => {
  it("converts columns both ways up to XFD, 1-based", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(703)).toBe("AAA");
    for (const n of [1, 26, 27, 52, 702, 703, MAX_COLUMN])
      expect(columnNumber(columnLetters(n))).toBe(n);
    expect(columnNumber("XFE")).toBeUndefined();
    expect(columnNumber("A1")).toBeUndefined();
  });

  it("round-trips every cell of the grid", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_COLUMN }),
        fc.integer({ min: 1, max: MAX_ROW }),
        (column, row) => {
          expect(mustParseCell(cellA1({ row, column }))).toEqual({ row, column });
        }
      ),
      { numRuns: 200 }
    );
  });

  it("parses cells and ranges, with or without $, in either corner order", () => {
    expect(parseCell("$C$14")).toEqual({ row: 14, column: 3 });
    expect(parseCell("C0")).toBeUndefined();
    expect(parseRange("N14:C14")).toEqual({ top: 14, left: 3, bottom: 14, right: 14 });
    expect(parseRange("A1:B2:C3")).toBeUndefined();
    expect(rangeA1({ top: 14, left: 3, bottom: 14, right: 3 })).toBe("C14");
    expect(rangeA1({ top: 10, left: 3, bottom: 10, right: 14 })).toBe("C10:N10");
    expect(mustParseRange("$C$10:$N$10")).toEqual({ top: 10, left: 3, bottom: 10, right: 14 });
  });

  it("writes boxes by size and in absolute form", () => {
    expect(boxAt({ row: 1, column: 1 }, 2, 3)).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(absoluteA1({ top: 10, left: 3, bottom: 10, right: 14 })).toBe("$C$10:$N$10");
    expect(absoluteA1({ top: 2, left: 2, bottom: 2, right: 2 })).toBe("$B$2");
  });

  it("throws on addresses and numbers that are not cells, where the caller made them", () => {
    expect(() => columnLetters(0)).toThrow(/column must be an integer/);
    expect(() => columnLetters(MAX_COLUMN + 1)).toThrow(/column must be an integer/);
    expect(() => cellA1({ row: 0, column: 1 })).toThrow(/row must be an integer/);
    expect(() => mustParseCell("10C")).toThrow(/not an A1 cell/);
    expect(() => mustParseRange("C10:")).toThrow(/not an A1 range/);
  });
});
