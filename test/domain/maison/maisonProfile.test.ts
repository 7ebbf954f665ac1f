import fc from "fast-check";
import { Decimal } from "../../../src/domain/decimal";
import { generateDrill1Data } from "../../../src/domain/drills/drill1/generateDrill1Data";
import { generateDrill2Data } from "../../../src/domain/drills/drill2/generateDrill2Data";
import { maisonProfile } from "../../../src/domain/maison/maisonProfile";

/** Top clients' online spend over their spend in all channels, over the given quarters. */
function digitalShare(quarters: ReturnType<typeof maisonProfile>["quarters"]): Decimal {
  const online = quarters.reduce((sum, q) => sum.plus(q.topClientOnline), new Decimal(0));
  const all = quarters.reduce(
    (sum, q) => sum.plus(q.topClientOnline).plus(q.topClientBoutique),
    new Decimal(0)
  );
  return online.div(all);
}

describe("maisonProfile", () => {
  it("is the seed documents' maison for seed 0: drill 1's quarters, 80 boutiques, 600 SAs, 18% over twelve months", () => {
    const maison = maisonProfile(0);
    expect([maison.boutiques, maison.salesAdvisors, maison.topClients]).toEqual([80, 600, 4800]);
    expect(maison.quarters.map((q) => q.label)).toEqual([
      "Q4 2025",
      "Q1 2026",
      "Q2 2026",
      "Q3 2026",
    ]);
    const [, , last, current] = maison.quarters;
    expect([last?.online, current?.online]).toEqual([9_000_000, 8_216_000]);
    // Drill 1's quarter figures: channel share 18% → 19%, top-client digital share 22% → 20%.
    const channel = (q: typeof last) =>
      new Decimal(q?.online ?? 0).div((q?.online ?? 0) + (q?.boutique ?? 0));
    expect(channel(last).toDecimalPlaces(4).toNumber()).toBe(0.18);
    expect(channel(current).toDecimalPlaces(4).toNumber()).toBe(0.19);
    expect(digitalShare([last!]).toDecimalPlaces(4).toNumber()).toBe(0.22);
    expect(digitalShare([current!]).toDecimalPlaces(4).toNumber()).toBe(0.2);
    // Over the twelve months the share is 18%, exactly: the earlier quarters ran lower.
    expect(maison.topClientDigitalShare).toBe(0.18);
    expect(digitalShare(maison.quarters).toNumber()).toBe(0.18);
    expect(digitalShare(maison.quarters.slice(0, 2)).toNumber()).toBeLessThan(0.18);
    expect(maison.annualTopClientRevenue % 1000).toBe(0);
  });

  it("takes its last two quarters from drill 1's own rows", () => {
    const channels = generateDrill1Data(0).channels;
    const [, , last, current] = maisonProfile(0).quarters;
    const row = (quarter: string, channel: string) =>
      channels.find((c) => c.quarter === quarter && c.channel === channel);
    expect(last).toMatchObject({
      online: row("LQ", "Online")?.revenue,
      boutique: row("LQ", "DOS")?.revenue,
      topClientOnline: row("LQ", "Online")?.topClientRevenue,
      topClientBoutique: row("LQ", "DOS")?.topClientRevenue,
    });
    expect(current).toMatchObject({
      online: row("TQ", "Online")?.revenue,
      topClientBoutique: row("TQ", "DOS")?.topClientRevenue,
    });
  });

  it("holds together for every seed: the share over twelve months exact, top clients a credible slice of the house", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const maison = maisonProfile(seed);
        // In half points, and exactly what the four quarters give.
        expect(Math.round(maison.topClientDigitalShare * 200)).toBeCloseTo(
          maison.topClientDigitalShare * 200,
          9
        );
        expect(digitalShare(maison.quarters).toNumber()).toBeCloseTo(
          maison.topClientDigitalShare,
          12
        );
        // The earlier quarters ran lower than last quarter, never implausibly low.
        const earlier = digitalShare(maison.quarters.slice(0, 2)).toNumber();
        expect(earlier).toBeGreaterThanOrEqual(0.06);
        expect(earlier).toBeLessThanOrEqual(digitalShare([maison.quarters[2]!]).toNumber());
        // Top clients (a few percent of clients at a maison) bring a fifth to two fifths of revenue.
        const revenue = maison.annualOnline + maison.annualBoutique;
        expect(maison.annualTopClientRevenue / revenue).toBeGreaterThan(0.15);
        expect(maison.annualTopClientRevenue / revenue).toBeLessThan(0.45);
        // A top client's usual purchase sits inside the maison's price architecture.
        const prices = maison.tiers.flatMap((t) => [t.from, t.to]);
        expect(maison.topClientTicket).toBeGreaterThanOrEqual(Math.min(...prices));
        expect(maison.topClientTicket).toBeLessThanOrEqual(Math.max(...prices));
        expect(maison.salesAdvisors).toBeGreaterThanOrEqual(maison.boutiques * 5);
      }),
      { numRuns: 400 }
    );
  });

  it("is one .com for drills 1 and 2: drill 2's thirteen weeks carry drill 1's this-quarter traffic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const drill1 = generateDrill1Data(seed).evidence.traffic.filter((t) => t.quarter === "TQ");
        const quarterSessions = drill1.reduce((sum, t) => sum + t.sessions, 0);
        const weeks = generateDrill2Data(seed).traffic;
        const drill2Sessions = weeks.reduce((sum, t) => sum + t.sessions, 0);
        // Drill 2 sizes its weeks to drill 1's revenue at its own traffic mix (drawn per seed), so
        // the two agree on the site's scale, not to the session.
        expect(Math.abs(drill2Sessions / quarterSessions - 1)).toBeLessThan(0.3);
      }),
      { numRuns: 12 }
    );
  });
});
