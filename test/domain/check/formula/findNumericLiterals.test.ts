import { findNumericLiterals } from "../../../../src/domain/check/formula/findNumericLiterals";

const texts = (formula: string) => findNumericLiterals(formula).map((l) => l.text);

describe("findNumericLiterals", () => {
  it("finds the hidden assumptions", () => {
    expect(texts("=C12*0.35")).toEqual(["0.35"]);
    expect(texts("=C12*1.05^2")).toEqual(["1.05", "2"]);
    expect(texts("=C12*5%")).toEqual(["5%"]);
    expect(texts("=C12*1E3")).toEqual(["1E3"]);
    expect(texts("=SUM({1,2,3})")).toEqual(["2", "3"]);
  });

  it("allows 0, 1, 12, 52 and 100, however written", () => {
    expect(texts("=C12*52/12+0-1+C13/100")).toEqual([]);
    expect(texts("=C12*100%+1.0+12.00")).toEqual([]);
  });

  it("ignores cell references, R1C1-looking names, sheet names, function names, errors and strings", () => {
    expect(texts("=C10*$D$20+R1C1+'D3 2024'!C10+LOG10(C3)+ATAN2(1,C4)")).toEqual([]);
    expect(texts('=IF(C5="5 boutiques",#DIV/0!,D3_SAs)')).toEqual([]);
    expect(texts("=SUM(10:12)+SUM(C:C)")).toEqual([]);
    expect(texts("=Sales[[#This Row],[Q3 2024]]")).toEqual([]);
  });

  it("gives the value of each literal", () => {
    expect(findNumericLiterals("=C12*25%+C13*0.5")).toEqual([
      { text: "25%", value: 0.25 },
      { text: "0.5", value: 0.5 },
    ]);
  });
});
