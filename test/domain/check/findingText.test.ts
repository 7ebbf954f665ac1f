import {
  describeMonths,
  formatPercent,
  formatPoints,
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
});
