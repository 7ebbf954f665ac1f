import fc from "fast-check";
import {
  DRILL3_COACH_DEFAULTS,
  generateDrill3Data,
} from "../../../../src/domain/drills/drill3/generateDrill3Data";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("generateDrill3Data", () => {
  it("reproduces the seed document's drill for seed 0", () => {
    const data = generateDrill3Data(0);
    expect(data.stores).toHaveLength(80);
    expect(data.dos).toBe(80);
    expect(data.sas).toBe(600);
    expect(sum(data.stores.map((s) => s.sas))).toBe(600);
    expect(data.baselineShare).toBe(0.18);
    expect(data.targetShare).toBe(0.3);
    expect(data.topClients).toBe(4800);
    expect(data.annualTCRevenue).toBe(216_000_000);
    expect(data.monthLabels).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
    ]);
    expect(data.baselineTCRevenue).toEqual([
      16_200_000, 18_360_000, 16_200_000, 16_200_000, 18_360_000, 17_280_000, 16_200_000,
      15_120_000, 18_360_000, 18_360_000, 19_440_000, 25_920_000,
    ]);
    expect(data.stores[0]).toEqual({
      id: "DOS-001",
      boutique: "Paris — Rue du Faubourg Saint-Honoré",
      city: "Paris",
      region: "Europe",
      sas: 13,
    });
    const byRegion = (region: string) => data.stores.filter((s) => s.region === region);
    expect(byRegion("Europe")).toHaveLength(22);
    expect(byRegion("Greater China")).toHaveLength(18);
    expect(data.coach).toEqual(DRILL3_COACH_DEFAULTS);
    expect(data.coach).toMatchObject({
      maxDigitalHoursPerSAWeek: 8,
      minutesPerCart: 15,
      minutesPerSalon: 60,
      maxDOSPerMonth: 20,
      maxShareStep: 0.03,
      maxAdoptionWithoutAttribution: 0.4,
      maxCartConversion: 0.5,
      maxSalonConversion: 0.6,
    });
  });

  it("keeps every variant internally consistent and plausible", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        const data = generateDrill3Data(seed);
        expect(data.stores).toHaveLength(data.dos);
        expect(sum(data.stores.map((s) => s.sas))).toBe(data.sas);
        expect(data.stores.every((s) => Number.isInteger(s.sas) && s.sas >= 3)).toBe(true);
        expect(new Set(data.stores.map((s) => s.id)).size).toBe(data.dos);
        expect(new Set(data.stores.map((s) => s.boutique)).size).toBe(data.dos);
        expect(data.dos).toBeGreaterThanOrEqual(60);
        expect(data.dos).toBeLessThanOrEqual(100);
        expect(data.sas).toBeGreaterThanOrEqual(400);
        expect(data.sas).toBeLessThanOrEqual(900);
        expect(data.baselineShare).toBeGreaterThanOrEqual(0.14);
        expect(data.baselineShare).toBeLessThanOrEqual(0.22);
        const lift = Math.round((data.targetShare - data.baselineShare) * 1000) / 1000;
        expect(lift).toBeGreaterThanOrEqual(0.08);
        expect(lift).toBeLessThanOrEqual(0.14);
        expect(data.baselineTCRevenue).toHaveLength(12);
        expect(sum(data.baselineTCRevenue)).toBe(data.annualTCRevenue);
        for (const month of data.baselineTCRevenue) {
          expect(Number.isInteger(month)).toBe(true);
          const share = month / data.annualTCRevenue;
          expect(share).toBeGreaterThan(0.05);
          expect(share).toBeLessThan(0.15);
        }
        expect(new Set(data.monthLabels).size).toBe(12);
      }),
      { numRuns: 100 }
    );
  });

  it("gives the same data for the same seed and different data for another", () => {
    expect(generateDrill3Data(17)).toEqual(generateDrill3Data(17));
    expect(generateDrill3Data(17)).not.toEqual(generateDrill3Data(18));
  });

  it("rejects a seed that is not an integer", () => {
    expect(() => generateDrill3Data(0.5)).toThrow(/seed must be an integer/);
  });
});
