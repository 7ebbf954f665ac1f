import fc from "fast-check";
import {
  DRILL3_COACH_DEFAULTS,
  generateDrill3Data,
} from "../../../../src/domain/drills/drill3/generateDrill3Data";
import { MAISON_SEASONALITY, maisonProfile } from "../../../../src/domain/maison/maisonProfile";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const CALENDAR = [
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
];

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
    // The maison's top clients: $54.88M over the trailing twelve months, a $3,800 usual purchase.
    expect(data.annualTCRevenue).toBe(54_883_000);
    expect(data.topClientTicket).toBe(3800);
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
      4_116_000, 4_665_000, 4_116_000, 4_116_000, 4_665_000, 4_391_000, 4_116_000, 3_842_000,
      4_665_000, 4_665_000, 4_940_000, 6_586_000,
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
        expect(data.baselineShare).toBeGreaterThanOrEqual(0.12);
        expect(data.baselineShare).toBeLessThanOrEqual(0.24);
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

  it("draws its maison from the seed's profile: boutiques, SAs, top clients, their spend, share and season", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        const data = generateDrill3Data(seed);
        const maison = maisonProfile(seed);
        expect(data.dos).toBe(maison.boutiques);
        expect(data.sas).toBe(maison.salesAdvisors);
        expect(data.topClients).toBe(maison.topClients);
        expect(data.annualTCRevenue).toBe(maison.annualTopClientRevenue);
        expect(data.baselineShare).toBe(maison.topClientDigitalShare);
        expect(data.topClientTicket).toBe(maison.topClientTicket);
        // The months follow the maison's seasonality, from the programme's first calendar month.
        const first = CALENDAR.indexOf(data.monthLabels[0] as string);
        data.baselineTCRevenue.forEach((revenue, m) => {
          const perMille = MAISON_SEASONALITY[(first + m) % 12] as number;
          expect(Math.abs(revenue - (data.annualTCRevenue * perMille) / 1000)).toBeLessThan(1000);
        });
      }),
      { numRuns: 30 }
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
