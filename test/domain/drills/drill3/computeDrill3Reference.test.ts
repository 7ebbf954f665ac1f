import fc from "fast-check";
import { computeDrill3Reference } from "../../../../src/domain/drills/drill3/computeDrill3Reference";
import { forecastDrill3 } from "../../../../src/domain/drills/drill3/forecastDrill3";
import { drill3RuleBreaks } from "./drill3Rules";

describe("computeDrill3Reference", () => {
  it("passes every rule and reaches 30% in month 12 for the canonical drill", () => {
    const { data, assumptions, forecast } = computeDrill3Reference(0);
    expect(drill3RuleBreaks(data, assumptions, forecast)).toEqual([]);
    expect(forecast.tcDigitalShare[0]).toBe(0.18);
    expect(forecast.tcDigitalShare[11]).toBeGreaterThanOrEqual(0.3);
    expect(forecast.tcDigitalShare[11]).toBeLessThan(0.32);
    expect(assumptions.dosLive).toEqual([0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 80]);
    // The share climbs: never more than a small dip in a soft month.
    forecast.tcDigitalShare.forEach((share, m) => {
      if (m > 0) expect(share).toBeGreaterThan((forecast.tcDigitalShare[m - 1] as number) - 0.005);
    });
  });

  it("passes every rule and reaches the target for every drawn variant", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        const { data, assumptions, forecast } = computeDrill3Reference(seed);
        expect(drill3RuleBreaks(data, assumptions, forecast)).toEqual([]);
        expect(forecast.tcDigitalShare[11]).toBeGreaterThanOrEqual(data.targetShare);
        // Plausible effort: a few carts per active SA per week, hours far under the limit.
        expect(Math.max(...assumptions.cartsPerSAWeek)).toBeLessThan(10);
        expect(Math.max(...forecast.digitalHoursPerActiveSAWeek)).toBeLessThan(
          data.coach.maxDigitalHoursPerSAWeek / 2
        );
      }),
      { numRuns: 100 }
    );
  });

  it.each([87109, 300922, -2984])(
    "keeps the monthly share step within the coach's limit for seed %i (a short rollout and a wide gap)",
    (seed) => {
      const { data, assumptions, forecast } = computeDrill3Reference(seed);
      expect(drill3RuleBreaks(data, assumptions, forecast)).toEqual([]);
      expect(forecast.tcDigitalShare[11]).toBeGreaterThanOrEqual(data.targetShare);
    }
  );

  it("has a rule oracle that catches a programme that is too fast or too small", () => {
    const { data, assumptions } = computeDrill3Reference(0);
    const rushed = { ...assumptions, dosLive: [5, 40, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80] };
    expect(drill3RuleBreaks(data, rushed, forecastDrill3(data, rushed))).toEqual(
      expect.arrayContaining(["rollout-too-fast"])
    );
    const timid = { ...assumptions, cartsPerSAWeek: assumptions.cartsPerSAWeek.map((c) => c / 2) };
    expect(drill3RuleBreaks(data, timid, forecastDrill3(data, timid))).toContain("target-missed");
    const eager = { ...assumptions, activeSARate: assumptions.activeSARate.map(() => 0.6) };
    expect(drill3RuleBreaks(data, eager, forecastDrill3(data, eager))).toContain("no-attribution");
  });
});

describe("forecastDrill3", () => {
  it("computes the levers as the workbook formulas do and never mutates its inputs", () => {
    const { data, assumptions } = computeDrill3Reference(0);
    const before = JSON.stringify([data, assumptions]);
    const forecast = forecastDrill3(data, assumptions);
    expect(JSON.stringify([data, assumptions])).toBe(before);
    const m = 11;
    const active = (600 * 80 * 0.7) / 80;
    expect(forecast.activeSAs[m]).toBeCloseTo(active, 9);
    expect(forecast.leverCart[m]).toBeCloseTo(
      ((active * (assumptions.cartsPerSAWeek[m] as number) * 52) / 12) * 0.2 * 2400,
      6
    );
    expect(forecast.leverSalon[m]).toBeCloseTo(288 * 0.35 * 4200, 6);
    expect(forecast.leverOrganic[m]).toBeCloseTo(25_920_000 * (0.18 + 0.55 / 100), 6);
    expect(forecast.tcTotalRevenue).toEqual(data.baselineTCRevenue);
  });

  it("rejects an assumption row that is not 12 finite numbers", () => {
    const { data, assumptions } = computeDrill3Reference(0);
    expect(() => forecastDrill3(data, { ...assumptions, cartValue: [1, 2] })).toThrow(
      /cartValue needs 12 months, got 2/
    );
    const bad = [...assumptions.salonTicket];
    bad[3] = Number.NaN;
    expect(() => forecastDrill3(data, { ...assumptions, salonTicket: bad })).toThrow(
      /salonTicket holds a value that is not a finite number/
    );
  });
});
