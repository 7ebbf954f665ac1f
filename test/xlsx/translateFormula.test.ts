import { translateFormula } from "../../src/xlsx/translateFormula";

describe("translateFormula", () => {
  it("moves relative parts and keeps $-anchored parts", () => {
    expect(translateFormula("=SUM($B2:C2)*'D3 Work'!C$10", 1, 2)).toBe(
      "=SUM($B3:E3)*'D3 Work'!E$10"
    );
    expect(translateFormula("=A1+$A$1+A$1+$A1", 2, 1)).toBe("=B3+$A$1+B$1+$A3");
    expect(translateFormula("=Z1", 0, 1)).toBe("=AA1");
  });

  it("leaves strings, quoted sheet names, functions, names and structured references alone", () => {
    expect(translateFormula('=IF(A1="B2",LOG10(C3),D3_SAs)', 1, 1)).toBe(
      '=IF(B2="B2",LOG10(D4),D3_SAs)'
    );
    expect(translateFormula("='Q1 A2'!A2+Orders[Q1 A2]", 1, 0)).toBe("='Q1 A2'!A3+Orders[Q1 A2]");
    expect(translateFormula("=1E5+A1", 1, 0)).toBe("=1E5+A2");
  });

  it("turns a reference pushed off the sheet into #REF!", () => {
    expect(translateFormula("=A1+B2", -1, 0)).toBe("=#REF!+B1");
  });

  it("returns the formula unchanged for a zero move", () => {
    expect(translateFormula("=A1", 0, 0)).toBe("=A1");
  });
});
