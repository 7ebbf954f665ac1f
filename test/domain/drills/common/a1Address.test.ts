import fc from "fast-check";
import {
  absoluteRef,
  cellAddress,
  columnLetter,
  parseCell,
  rangeAddress,
} from "../../../../src/domain/drills/common/a1Address";

describe("a1Address", () => {
  it("turns column numbers into letters and back", () => {
    expect(columnLetter(1)).toBe("A");
    expect(columnLetter(26)).toBe("Z");
    expect(columnLetter(27)).toBe("AA");
    expect(columnLetter(703)).toBe("AAA");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16384 }),
        fc.integer({ min: 1, max: 1_048_576 }),
        (c, r) => {
          expect(parseCell(cellAddress(c, r))).toEqual({ column: c, row: r });
        }
      ),
      { numRuns: 200 }
    );
  });

  it("builds ranges and quoted absolute references", () => {
    expect(rangeAddress(3, 10, 14, 10)).toBe("C10:N10");
    expect(rangeAddress(2, 2, 2, 2)).toBe("B2");
    expect(absoluteRef("D3 Model", "C10:N10")).toBe("'D3 Model'!$C$10:$N$10");
    expect(absoluteRef("Bob's", "A1")).toBe("'Bob''s'!$A$1");
  });

  it("rejects addresses and numbers that are not cells", () => {
    expect(() => columnLetter(0)).toThrow(/column must be an integer/);
    expect(() => cellAddress(1, 0)).toThrow(/row must be an integer/);
    expect(() => parseCell("10C")).toThrow(/not an A1 cell/);
    expect(() => absoluteRef("S", "C10:")).toThrow(/not an A1 range/);
  });
});
