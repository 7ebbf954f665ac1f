import fc from "fast-check";
import {
  DRILL2_GUARDRAIL_DEFAULTS,
  generateDrill2Data,
} from "../../../../src/domain/drills/drill2/generateDrill2Data";
import { maisonProfile } from "../../../../src/domain/maison/maisonProfile";

const SOURCES = [
  "Organic search",
  "Brand search",
  "Paid-social retargeting",
  "Influencer codes",
  "Abandoned-cart e-mail (10% off)",
  "Editorial e-mail",
  "App / direct",
];

describe("generateDrill2Data", () => {
  it("gives the canonical .com for seed 0", () => {
    const data = generateDrill2Data(0);
    const sum = (f: (t: (typeof data.traffic)[number]) => number) =>
      data.traffic.reduce((a, t) => a + f(t), 0);
    expect(data.traffic).toHaveLength(91);
    expect(sum((t) => t.sessions)).toBe(455_141);
    expect(sum((t) => t.orders)).toBe(6641);
    expect(sum((t) => t.revenue)).toBe(8_191_654);
    expect(sum((t) => t.discountCost)).toBe(137_850);
    expect(sum((t) => t.discountDriven * t.revenue)).toBe(1_700_755);
    expect(data.traffic[4]).toEqual({
      week: 1,
      source: "Abandoned-cart e-mail (10% off)",
      kind: "discount",
      discountDriven: 1,
      sessions: 1734,
      orders: 68,
      revenue: 52_447,
      discountCost: 5827,
    });
    expect(data.modules.map((m) => m.module)).toEqual([
      "Best-seller carousel",
      "Recommended-for-you carousel",
      "Editorial story (métier film)",
      "Icon spotlight",
    ]);
    expect(data.capabilities).toContainEqual({
      capability: "Save-the-cart / send-a-look",
      status: "Not in production",
    });
    expect(data.guardrails).toEqual(DRILL2_GUARDRAIL_DEFAULTS);
  });

  it("is the seed's maison: thirteen weeks of the .com bring in about drill 1's this quarter online", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        const data = generateDrill2Data(seed);
        const revenue = data.traffic.reduce((sum, t) => sum + t.revenue, 0);
        const quarter = maisonProfile(seed).quarters.at(-1)?.online ?? 0;
        expect(Math.abs(revenue / quarter - 1)).toBeLessThan(0.05);
      }),
      { numRuns: 40 }
    );
  });

  it("keeps every variant consistent and on the same story", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        const data = generateDrill2Data(seed);
        expect(data.traffic).toHaveLength(13 * 7);
        for (let week = 1; week <= 13; week += 1) {
          expect(data.traffic.filter((t) => t.week === week).map((t) => t.source)).toEqual(SOURCES);
        }
        for (const t of data.traffic) {
          expect(Number.isInteger(t.sessions) && Number.isInteger(t.orders)).toBe(true);
          expect(t.orders).toBeLessThanOrEqual(t.sessions);
          expect(t.orders / t.sessions).toBeGreaterThan(0.003);
          expect(t.orders / t.sessions).toBeLessThan(0.07);
          expect(t.discountDriven).toBe(t.kind === "core" ? 0 : 1);
          const source = data.sources.find((s) => s.label === t.source);
          const rate = source?.discountRate ?? Number.NaN;
          expect(t.discountCost).toBe(Math.round((t.revenue * rate) / (1 - rate)));
        }
        for (const m of data.modules) {
          expect(m.clicks).toBeLessThanOrEqual(m.impressions);
          expect(m.orders).toBeLessThanOrEqual(m.clicks);
        }
        // The story: carousels sell entry products, icons sit below entry in the nav.
        const [best, , editorial] = data.modules;
        expect(best?.entryShare).toBeGreaterThan(editorial?.entryShare ?? 1);
        const position = (tier: string) => data.nav.find((n) => n.tier === tier)?.position ?? 0;
        expect(position("Icons")).toBeGreaterThan(position("Entry"));
      }),
      { numRuns: 100 }
    );
  });

  it("gives the same data for the same seed and different data for another", () => {
    expect(generateDrill2Data(5)).toEqual(generateDrill2Data(5));
    expect(generateDrill2Data(5)).not.toEqual(generateDrill2Data(6));
  });
});
