import {
  describeMonths,
  formatFixed,
  formatPercent,
  formatPoints,
  formatNumber,
  formatUsd,
  quoteContent,
} from "../../../src/domain/check/findingText";

describe("findingText", () => {
  it("writes months with runs collapsed", () => {
    expect(describeMonths([3])).toBe("month 3");
    expect(describeMonths([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe("months 1–12");
    expect(describeMonths([9, 3, 4, 5])).toBe("months 3–5 and 9");
    expect(describeMonths([1, 3, 5])).toBe("months 1, 3 and 5");
  });

  it("writes shares, points, money and contents the way a coach reads them", () => {
    expect(formatPercent(0.2943)).toBe("29.4%");
    expect(formatPoints(-0.04)).toBe("4.0 points");
    expect(formatUsd(-1234567.4)).toBe("-$1,234,567");
    expect(quoteContent({ error: "#N/A" })).toBe("#N/A");
    expect(quoteContent("x".repeat(50))).toHaveLength(40);
    expect(quoteContent(null)).toBe("nothing");
  });

  it("writes fixed decimals with grouped digits, the base of every other formatter", () => {
    expect(formatFixed(1234.5)).toBe("1,234.50");
    expect(formatFixed(-3.2, 4)).toBe("-3.2000");
    expect(formatFixed(2, 0)).toBe("2");
    expect(formatFixed(1e13)).toBe("1.00e+13");
  });

  it("spells out numbers a candidate typed that are too large to read or to scale", () => {
    // 1e307 as a share overflows to Infinity when scaled to percent (a fuzz counterexample).
    expect(formatPercent(1e307)).toBe("a number too large to show");
    expect(formatPercent(1e11)).toBe("1.00e+13%");
    expect(formatUsd(-1e15)).toBe("-$1.00e+15");
    expect(formatNumber(Number.NaN)).toBe("not a number");
    expect(formatPoints(0.04)).toBe("4.0 points");
  });
});
