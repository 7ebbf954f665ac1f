import fc from "fast-check";
import { Decimal } from "../../../../src/domain/decimal";
import {
  DRILL1_CATALOGUE,
  DRILL1_MARKETS,
  DRILL1_QUARTER_DATES,
  DRILL1_TIERS,
  type Drill1Quarter,
} from "../../../../src/domain/drills/drill1/drill1Catalogue";
import {
  generateDrill1Data,
  type Drill1Data,
} from "../../../../src/domain/drills/drill1/generateDrill1Data";
import { summariseDrill1 } from "../../../../src/domain/drills/drill1/summariseDrill1";

/** Headline figures recomputed here from the raw rows, as a spreadsheet's formulas would. */
function fromRawRows(data: Drill1Data, quarter: Drill1Quarter) {
  const orders = data.orders.filter((o) => o.quarter === quarter);
  const revenue = orders.reduce((sum, o) => sum.plus(o.usd), new Decimal(0));
  const top = orders
    .filter((o) => o.segment === "Top client")
    .reduce((sum, o) => sum.plus(o.usd), new Decimal(0));
  const inventory = data.inventory.filter((r) => r.quarter === quarter);
  const received = inventory.reduce((sum, r) => sum + r.received, 0);
  const sold = inventory.reduce((sum, r) => sum + r.sold, 0);
  const dos = data.channels.find((c) => c.quarter === quarter && c.channel === "DOS");
  if (!dos) throw new Error("no DOS row");
  const count = (...tiers: string[]) => orders.filter((o) => tiers.includes(o.tier)).length;
  return {
    orders: orders.length,
    revenue,
    aov: revenue.div(orders.length),
    sellThrough: new Decimal(sold).div(received),
    channelShare: revenue.div(revenue.plus(dos.revenue)),
    topClientShare: top.div(top.plus(dos.topClientRevenue)),
    icons: new Decimal(count("Icons & haute")).div(orders.length),
    entry: new Decimal(count("Entry small leather goods")).div(orders.length),
    other: new Decimal(count("Core leather goods", "Ready-to-wear & shoes")).div(orders.length),
  };
}

/** A share to 0.01 percentage point, as the product spec asks. */
const points = (share: Decimal): string => share.times(100).toFixed(2);

describe("generateDrill1Data, seed 0 (the seed document's quarter)", () => {
  const data = generateDrill1Data(0);
  const lq = fromRawRows(data, "LQ");
  const tq = fromRawRows(data, "TQ");

  it("has at least 5,000 online orders a quarter", () => {
    expect([lq.orders, tq.orders]).toEqual([5000, 5200]);
  });

  it("hits online AOV $1,800.00 → $1,580.00 to the cent", () => {
    expect(lq.aov.toFixed(2)).toBe("1800.00");
    expect(tq.aov.toFixed(2)).toBe("1580.00");
    expect(lq.aov.equals(1800) && tq.aov.equals(1580)).toBe(true);
  });

  it("hits full-price sell-through 88% → 78% exactly", () => {
    expect(lq.sellThrough.equals("0.88")).toBe(true);
    expect(tq.sellThrough.equals("0.78")).toBe(true);
  });

  it("hits online channel share 18% → 19% and top-client digital share 22% → 20% to 0.01 point", () => {
    expect([points(lq.channelShare), points(tq.channelShare)]).toEqual(["18.00", "19.00"]);
    expect([points(lq.topClientShare), points(tq.topClientShare)]).toEqual(["22.00", "20.00"]);
  });

  it("hits the order mix exactly: icons 22% → 17%, entry 28% → 34%, other tiers 50% → 49%", () => {
    expect([lq.icons, tq.icons].map(points)).toEqual(["22.00", "17.00"]);
    expect([lq.entry, tq.entry].map(points)).toEqual(["28.00", "34.00"]);
    expect([lq.other, tq.other].map(points)).toEqual(["50.00", "49.00"]);
    expect(lq.icons.times(lq.orders).isInteger() && tq.icons.equals("0.17")).toBe(true);
  });

  it("tells the story: most of the AOV drop is mix, icons in the thousands, entry in the hundreds", () => {
    const summary = summariseDrill1(data);
    const { start, end, effects } = summary.aovBridge;
    expect(start.plus(effects.mix).plus(effects.rate).equals(end)).toBe(true);
    expect(effects.mix.abs().greaterThan(effects.rate.abs().times(3))).toBe(true);
    const aov = (q: Drill1Quarter, t: number) =>
      (summary.tiers[q][t]?.revenue ?? 0) / (summary.tiers[q][t]?.orders ?? 1);
    expect(aov("LQ", 0)).toBeGreaterThan(3000);
    expect(aov("TQ", 2)).toBeLessThan(1000);
  });

  it("holds the seed document's traps: a denominator effect, top clients moving to the boutiques, a stronger dollar", () => {
    const { traps } = data;
    expect(traps.denominator).toEqual({
      onlineChange: -0.0871,
      boutiqueChange: -0.1457,
      sharePoints: 1,
    });
    expect(traps.topClientShift.onlineChange).toBeLessThan(0);
    expect(traps.topClientShift.boutiqueChange).toBeGreaterThan(0);
    // The dollar strengthened: of the rate effect, the currency is most of it.
    expect(traps.currency.aovEffect).toBeLessThan(-10);
    expect(traps.currency.dollarMove).toBeLessThan(-0.01);
  });

  it("agrees with the summary the plan's diagnosis is written from", () => {
    const summary = summariseDrill1(data);
    expect(summary.headline.TQ.aov.equals(tq.aov)).toBe(true);
    expect(summary.headline.LQ.topClientShare.equals(lq.topClientShare)).toBe(true);
  });
});

describe("generateDrill1Data, any seed", () => {
  const seeds = fc.integer({ min: -2_000_000_000, max: 2_000_000_000 });

  it("gives internally consistent variants with the seed document's story", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const data = generateDrill1Data(seed);
        const { targets } = data;
        for (const quarter of ["LQ", "TQ"] as const) {
          const raw = fromRawRows(data, quarter);
          expect(raw.orders).toBeGreaterThanOrEqual(5000);
          expect(raw.orders).toBe(targets.orders[quarter]);
          // Mix sums to 100% and matches the whole-point targets.
          expect(raw.icons.plus(raw.entry).plus(raw.other).equals(1)).toBe(true);
          expect(raw.icons.times(100).equals(targets.iconsPct[quarter])).toBe(true);
          expect(raw.entry.times(100).equals(targets.entryPct[quarter])).toBe(true);
          // AOV = revenue / orders, on the target to the cent.
          expect(raw.revenue.equals(raw.aov.times(raw.orders))).toBe(true);
          expect(raw.aov.equals(targets.aov[quarter])).toBe(true);
          expect(raw.sellThrough.times(100).equals(targets.sellThroughPct[quarter])).toBe(true);
          expect(points(raw.channelShare)).toBe(targets.channelSharePct[quarter].toFixed(2));
          expect(points(raw.topClientShare)).toBe(targets.topClientSharePct[quarter].toFixed(2));
          // Every tier sells in both quarters; sold never exceeds received.
          for (const tier of DRILL1_TIERS) {
            const row = data.inventory.find((r) => r.quarter === quarter && r.tier === tier);
            expect(row).toBeDefined();
            expect(row?.sold).toBeLessThanOrEqual(row?.received ?? -1);
            expect(row?.sold).toBeGreaterThan(0);
            expect(data.orders.some((o) => o.quarter === quarter && o.tier === tier)).toBe(true);
          }
        }
        // Same shape as the seed document: icons share and AOV fall, entry share rises, sell-through
        // falls, and most of the AOV change is mix.
        expect(targets.iconsPct.TQ).toBeLessThan(targets.iconsPct.LQ);
        expect(targets.entryPct.TQ).toBeGreaterThan(targets.entryPct.LQ);
        expect(targets.aov.TQ).toBeLessThan(targets.aov.LQ);
        expect(targets.sellThroughPct.TQ).toBeLessThan(targets.sellThroughPct.LQ);
        expect(targets.topClientSharePct.TQ).toBeLessThan(targets.topClientSharePct.LQ);
        const { effects } = summariseDrill1(data).aovBridge;
        expect(effects.mix.abs().greaterThan(effects.rate.abs())).toBe(true);
      }),
      { numRuns: 50 }
    );
  });

  it("writes plausible rows: dates in their quarter, USD values at the quarter's rate to the cent, unique ids", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const data = generateDrill1Data(seed);
        const ids = new Set(data.orders.map((o) => o.id));
        expect(ids.size).toBe(data.orders.length);
        const rates = new Map(data.currencies.map((c) => [c.currency, c.fx]));
        // One pass collecting what is wrong, so a failure names the row (expect per row is slow).
        const wrong = data.orders.filter((order) => {
          const { start, days } = DRILL1_QUARTER_DATES[order.quarter];
          const first = (Date.parse(start) - Date.UTC(1899, 11, 30)) / 86_400_000;
          const market = DRILL1_MARKETS.find((m) => m.country === order.country);
          const atRate = new Decimal(order.localPrice).times(order.fx).toDecimalPlaces(2);
          return (
            order.date < first ||
            order.date >= first + days ||
            market?.currency !== order.currency ||
            rates.get(order.currency)?.[order.quarter] !== order.fx ||
            !atRate.equals(order.usd) ||
            order.localPrice % (market?.pricePoint ?? 1) !== 0
          );
        });
        expect(wrong.slice(0, 3)).toEqual([]);
      }),
      { numRuns: 5 }
    );
  });

  it("keeps one local list price per product and currency in both quarters, within the market's band", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const data = generateDrill1Data(seed);
        const prices = new Map<string, Set<number>>();
        for (const order of data.orders) {
          const key = `${order.product}|${order.currency}`;
          (prices.get(key) ?? prices.set(key, new Set()).get(key))?.add(order.localPrice);
        }
        const unstable = [...prices].filter(([, set]) => set.size !== 1).map(([key]) => key);
        expect(unstable).toEqual([]);
        const usList = new Map(
          DRILL1_TIERS.flatMap((tier) => DRILL1_CATALOGUE[tier].map((p) => [p.name, p.usd]))
        );
        const outOfBand = data.orders.filter((order) => {
          const market = DRILL1_MARKETS.find((m) => m.country === order.country);
          const lq = data.currencies.find((c) => c.currency === order.currency)?.fx.LQ ?? 0;
          const us = usList.get(order.product) ?? 0;
          const index = (order.localPrice * lq) / us;
          // Rounding to the price point moves the index by at most half a step.
          const slack = ((market?.pricePoint ?? 0) * lq) / 2 / us + 1e-9;
          const [low, high] = market?.priceBand ?? [0, 0];
          return index < low - slack || index > high + slack;
        });
        expect(outOfBand.slice(0, 3)).toEqual([]);
        // The same bag is not the same dollar price everywhere.
        const bag = data.orders.filter(
          (o) => o.quarter === "TQ" && o.product === "Signature top-handle bag"
        );
        expect(new Set(bag.map((o) => o.usd)).size).toBeGreaterThan(4);
      }),
      { numRuns: 5 }
    );
  });

  it("moves the floating currencies between quarters and measures the currency effect by its definition", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const data = generateDrill1Data(seed);
        for (const c of data.currencies) {
          const market = DRILL1_MARKETS.find((m) => m.currency === c.currency);
          if (!market?.pegged) expect(c.fx.TQ).not.toBe(c.fx.LQ);
        }
        const lq = new Map(data.currencies.map((c) => [c.currency, c.fx.LQ]));
        const tq = data.orders.filter((o) => o.quarter === "TQ");
        const actual = tq.reduce((sum, o) => sum.plus(o.usd), new Decimal(0));
        const constant = tq.reduce(
          (sum, o) => sum.plus(new Decimal(o.localPrice).times(lq.get(o.currency) ?? 0)),
          new Decimal(0)
        );
        const effect = actual.minus(constant).div(tq.length).toDecimalPlaces(2).toNumber();
        expect(data.traps.currency.aovEffect).toBe(effect);
        expect(Math.abs(data.traps.currency.dollarMove)).toBeGreaterThanOrEqual(0.005);
        expect(Math.sign(data.traps.currency.aovEffect)).toBe(
          Math.sign(data.traps.currency.dollarMove)
        );
      }),
      { numRuns: 10 }
    );
  });

  it("holds its traps on purpose: a denominator effect and top clients moving to the boutiques", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { traps, targets } = generateDrill1Data(seed);
        // Online falls, the boutiques fall faster, so the online share still rises.
        expect(traps.denominator.onlineChange).toBeLessThan(0);
        expect(traps.denominator.boutiqueChange).toBeLessThan(traps.denominator.onlineChange);
        expect(traps.denominator.sharePoints).toBeGreaterThanOrEqual(1);
        // Top clients spend less online and more in the boutiques.
        expect(traps.topClientShift.onlineChange).toBeLessThan(0);
        expect(traps.topClientShift.boutiqueChange).toBeGreaterThanOrEqual(0.02);
        expect(targets.topClientSharePct.TQ).toBeLessThan(targets.topClientSharePct.LQ);
      }),
      { numRuns: 40 }
    );
  });

  it("gives evidence to test and reject the other explanations, agreeing with the order rows", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const data = generateDrill1Data(seed);
        const { traffic, returns, icons, yearAgo } = data.evidence;
        const sum = <T>(rows: readonly T[], value: (row: T) => number) =>
          rows.reduce((total, row) => total + value(row), 0);
        const ofQuarter = <T extends { quarter: string }>(rows: readonly T[], q: Drill1Quarter) =>
          rows.filter((r) => r.quarter === q);
        for (const q of ["LQ", "TQ"] as const) {
          const rows = data.orders.filter((o) => o.quarter === q);
          // Every table counts the same orders as the rows.
          for (const t of ofQuarter(traffic, q)) {
            expect(t.orders).toBe(rows.filter((o) => o.device === t.device).length);
          }
          for (const r of ofQuarter(returns, q)) {
            expect(r.orders).toBe(rows.filter((o) => o.tier === r.tier).length);
            expect(r.returned).toBeLessThan(r.orders);
          }
        }
        // Traffic is not the story: conversion holds within 5% on every device.
        const conversion = (q: Drill1Quarter, device: string) => {
          const row = ofQuarter(traffic, q).find((t) => t.device === device);
          return (row?.orders ?? 0) / (row?.sessions ?? 1);
        };
        for (const device of new Set(traffic.map((t) => t.device))) {
          const ratio = conversion("TQ", device) / conversion("LQ", device);
          expect(Math.abs(ratio - 1)).toBeLessThan(0.05 + 100 / (conversion("LQ", device) * 1e6));
        }
        // Returns hold within a point and a half by tier.
        for (const tier of DRILL1_TIERS) {
          const rate = (q: Drill1Quarter) => {
            const row = ofQuarter(returns, q).find((r) => r.tier === tier);
            return (row?.returned ?? 0) / (row?.orders ?? 1);
          };
          expect(Math.abs(rate("TQ") - rate("LQ"))).toBeLessThan(0.015);
        }
        // Icons were out of stock longer and waitlists grew: the allocation was thin.
        expect(sum(ofQuarter(icons, "TQ"), (r) => r.daysOutOfStock)).toBeGreaterThan(
          sum(ofQuarter(icons, "LQ"), (r) => r.daysOutOfStock)
        );
        expect(sum(ofQuarter(icons, "TQ"), (r) => r.waitlist)).toBeGreaterThan(
          sum(ofQuarter(icons, "LQ"), (r) => r.waitlist)
        );
        // Not the season: the year-ago quarter had last quarter's icon share, not this quarter's.
        const yaOrders = sum(yearAgo, (r) => r.orders);
        const yaIcons = ((yearAgo[0]?.orders ?? 0) * 100) / yaOrders;
        expect(yaIcons).toBeGreaterThan(data.targets.iconsPct.TQ + 1.5);
        expect(sum(yearAgo, (r) => r.revenue) / yaOrders).toBeGreaterThan(data.targets.aov.TQ);
      }),
      { numRuns: 25 }
    );
  });

  it("gives the same data for the same seed and different data for another", () => {
    const first = JSON.stringify(generateDrill1Data(42));
    expect(JSON.stringify(generateDrill1Data(42)) === first).toBe(true);
    expect(JSON.stringify(generateDrill1Data(43)) === first).toBe(false);
  });
});
