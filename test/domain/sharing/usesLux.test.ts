import { usesLux } from "../../../src/domain/sharing/usesLux";

describe("usesLux", () => {
  test.each([
    ["=LUX.SAFESHARE(C50,C51)", true],
    ["=D3_SAs*lux.safeshare(C28,D3_DOS)*C29", true],
    ["=_xldudf_LUX_AOVBRIDGE(B2:B5,C2:C5,D2:D5,E2:E5)", true],
    ["=_xlfn.LUX.RAMP(C4:N4,2,6,1)", true],
    ["=SUM(LUX.SEASONAL(1200,C14:N14))", true],
    ['=IF(A1="LUX.RAMP(1)",1,0)', false],
    ["=SUM(C10:N10)", false],
    ["=LUXE(1)", false],
    ["=D3_LUX_Rate*2", false],
  ])("%s → %s", (formula, expected) => {
    expect(usesLux(formula)).toBe(expected);
  });
});
