import { numericLiterals, r1c1Shape } from "./formulaShape";

describe("formulaShape (test helper)", () => {
  it("gives the same R1C1 shape to a formula copied across a row", () => {
    const c = r1c1Shape("=SUM($C$38:C38)/100+D3_SAs*C28", 47, 3);
    const d = r1c1Shape("=SUM($C$38:D38)/100+D3_SAs*D28", 47, 4);
    expect(c).toBe(d);
    expect(r1c1Shape("=SUM($C$38:D38)/100+D3_SAs*C28", 47, 4)).not.toBe(c);
  });

  it("finds literals but not names, references, sheet names or strings", () => {
    expect(numericLiterals("=D3_SAs*C28/D3_DOS*52/12+'D3 Model 2'!C5")).toEqual([52, 12]);
    expect(numericLiterals('=IF(C3=0,"7 days",C3*1.5)')).toEqual([0, 1.5]);
    expect(numericLiterals("=LUX.SAFESHARE(C50,C51)")).toEqual([]);
  });
});
