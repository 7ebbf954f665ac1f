import fc from "fast-check";
import { computeDrill2Reference } from "../../../../src/domain/drills/drill2/computeDrill2Reference";
import { forecastDrill2 } from "../../../../src/domain/drills/drill2/forecastDrill2";
import { drill2RuleBreaks } from "./drill2Rules";

describe("computeDrill2Reference", () => {
  it("keeps the canonical plan inside every guardrail with discounts gone by week 13", () => {
    const { data, choices, forecast } = computeDrill2Reference(0);
    expect(drill2RuleBreaks(data, choices, forecast)).toEqual([]);
    expect(forecast.discountRevenue[12]).toBe(0);
    expect(forecast.discountRevenue[0]).toBeGreaterThan(0);
    // Week 1 is the baseline: nothing is off or live yet.
    expect(forecast.revenue[0]).toBe(forecast.baselineRevenue[0]);
    expect(forecast.cvr[0]).toBeCloseTo(forecast.baselineCVR[0] as number, 12);
    expect(Math.min(...forecast.revenueVsBaseline)).toBeGreaterThan(0.95);
  });

  it("keeps every drawn variant inside the guardrails", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        const { data, choices, forecast } = computeDrill2Reference(seed);
        expect(drill2RuleBreaks(data, choices, forecast)).toEqual([]);
        expect(forecast.discountRevenue[12]).toBe(0);
      }),
      { numRuns: 100 }
    );
  });

  it("has an oracle that catches a plan that tears everything down at once", () => {
    const { data, choices } = computeDrill2Reference(0);
    const reckless = {
      removals: choices.removals.map((c) => ({ ...c, week: 1, recapture: 0 })),
      replacements: choices.replacements.map((c) => ({ ...c, week: null })),
    };
    expect(drill2RuleBreaks(data, reckless, forecastDrill2(data, reckless))).toEqual(
      expect.arrayContaining(["no-replacement", "revenue-drop"])
    );
    const timid = {
      ...choices,
      removals: choices.removals.map((c, i) => (i === 2 ? { ...c, week: null } : c)),
    };
    expect(drill2RuleBreaks(data, timid, forecastDrill2(data, timid))).toEqual(
      expect.arrayContaining(["discount-lever-kept", "discount-still-running"])
    );
  });
});

describe("forecastDrill2", () => {
  it("never mutates its inputs and rejects malformed choices", () => {
    const { data, choices } = computeDrill2Reference(0);
    const before = JSON.stringify([data, choices]);
    forecastDrill2(data, choices);
    expect(JSON.stringify([data, choices])).toBe(before);
    expect(() => forecastDrill2(data, { ...choices, removals: [] })).toThrow(
      /removals needs 5 choices, got 0/
    );
    const late = choices.replacements.map((c, j) => (j === 0 ? { ...c, week: 14 } : c));
    expect(() => forecastDrill2(data, { ...choices, replacements: late })).toThrow(
      /replacement 1 week must be a whole number from 1 to 13, got 14/
    );
    const odd = choices.removals.map((c, i) => (i === 0 ? { ...c, recapture: 1.5 } : c));
    expect(() => forecastDrill2(data, { ...choices, removals: odd })).toThrow(
      /removal 1 recapture must be between 0 and 1/
    );
  });
});
