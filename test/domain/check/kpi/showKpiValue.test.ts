import { showKpiValue } from "../../../../src/domain/check/kpi/showKpiValue";
import { FORMATS } from "../../../../src/domain/plan/workbookPlan";

describe("showKpiValue", () => {
  it("writes each KPI as its cell's format shows it", () => {
    expect(showKpiValue(0.01234, FORMATS.pct2)).toBe("1.23%");
    expect(showKpiValue(-1234.5, FORMATS.usdCents)).toBe("-$1,234.50");
    expect(showKpiValue(5214021, FORMATS.int)).toBe("5,214,021");
    expect(showKpiValue(1234.567, FORMATS.decimal2)).toBe("1,234.57");
    expect(showKpiValue(6.25, "0.0000")).toBe("6.25");
  });

  it("spells out what a candidate typed that is too large to show", () => {
    expect(showKpiValue(1e13, FORMATS.decimal2)).toBe("1.00e+13");
    expect(showKpiValue(1e307, FORMATS.pct2)).toBe("a number too large to show");
  });
});
