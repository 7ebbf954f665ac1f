import {
  absoluteRef,
  qualify,
  quoteSheet,
  sheetOfPrefix,
  splitSheetRef,
  unquoteSheet,
} from "../../../src/domain/sheet/sheetRef";

describe("sheet references", () => {
  it("always quotes the sheet, doubling inner quotes, and undoes it", () => {
    expect(qualify("D3 Model", "E14")).toBe("'D3 Model'!E14");
    expect(qualify("Sheet1", "A1")).toBe("'Sheet1'!A1");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(unquoteSheet("'It''s'")).toBe("It's");
    expect(unquoteSheet("Data")).toBe("Data");
  });

  it("reads the sheet of a reference prefix as the lexer gives it", () => {
    expect(sheetOfPrefix("'Bob''s'!")).toBe("Bob's");
    expect(sheetOfPrefix("Data!")).toBe("Data");
    expect(sheetOfPrefix("")).toBeUndefined();
  });

  it("builds absolute references for names and charts", () => {
    expect(absoluteRef("D3 Model", "C10:N10")).toBe("'D3 Model'!$C$10:$N$10");
    expect(absoluteRef("Bob's", "A1")).toBe("'Bob''s'!$A$1");
    expect(() => absoluteRef("S", "C10:")).toThrow(/not an A1 range/);
  });

  it("splits one rectangle on one sheet, however it is written", () => {
    expect(splitSheetRef("'D3 Work'!$C$10:$N$10")).toEqual({ sheet: "D3 Work", range: "C10:N10" });
    expect(splitSheetRef("=Review!a1")).toEqual({ sheet: "Review", range: "A1" });
    expect(splitSheetRef("#'Bob''s'!C3")).toEqual({ sheet: "Bob's", range: "C3" });
    expect(splitSheetRef("'A!B'!C3")).toEqual({ sheet: "A!B", range: "C3" });
  });

  it("gives undefined for anything that is not one rectangle on one sheet", () => {
    for (const text of ["C10", "'D3'!C:C", "Data!C10,D10", "#REF!", "'open!C3", "a b!C3", "!C3"]) {
      expect(splitSheetRef(text)).toBeUndefined();
    }
  });
});
