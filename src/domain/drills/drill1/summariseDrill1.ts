import { aovBridge } from "../../bridge/aovBridge";
import type { BridgeResult } from "../../bridge/computeBridge";
import { sellThroughBridge } from "../../bridge/sellThroughBridge";
import { Decimal } from "../../decimal";
import { DRILL1_QUARTERS, DRILL1_TIERS, type Drill1Quarter } from "./drill1Catalogue";
import type { Drill1Data } from "./generateDrill1Data";

export type Drill1TierFigures = {
  orders: number;
  /** USD, to the cent. */
  revenue: number;
  received: number;
  sold: number;
};

export type Drill1Summary = {
  /** By quarter, tiers in `DRILL1_TIERS` order. */
  tiers: Record<Drill1Quarter, Drill1TierFigures[]>;
  headline: Record<
    Drill1Quarter,
    {
      orders: number;
      revenue: Decimal;
      aov: Decimal;
      sellThrough: Decimal;
      channelShare: Decimal;
      topClientShare: Decimal;
      mixIcons: Decimal;
      mixEntry: Decimal;
      mixOther: Decimal;
    }
  >;
  /** Midpoint bridges (the answer key's method), from the project's bridge engine. */
  aovBridge: BridgeResult;
  stBridge: BridgeResult;
};

/**
 * Recomputes drill 1's tier table, headline figures and midpoint bridges from the raw rows, the way
 * the D1 Work sheet's formulas do (COUNTIFS / SUMIFS), in decimal arithmetic.
 *
 * @example
 * const s = summariseDrill1(generateDrill1Data(0));
 * s.headline.LQ.aov.toNumber() //=> 1800
 */
export function summariseDrill1(data: Drill1Data): Drill1Summary {
  const tiers = {} as Record<Drill1Quarter, Drill1TierFigures[]>;
  const headline = {} as Drill1Summary["headline"];
  for (const quarter of DRILL1_QUARTERS) {
    const figures = DRILL1_TIERS.map((tier) => {
      const inventory = data.inventory.find((r) => r.quarter === quarter && r.tier === tier);
      return {
        orders: 0,
        revenue: 0,
        received: inventory?.received ?? 0,
        sold: inventory?.sold ?? 0,
      };
    });
    // Revenue summed in whole cents, so ten thousand values to the cent add up exactly.
    const revenueCents = figures.map(() => 0);
    let topOnlineCents = 0;
    for (const order of data.orders) {
      if (order.quarter !== quarter) continue;
      const t = DRILL1_TIERS.indexOf(order.tier);
      const value = Math.round(order.usd * 100);
      (figures[t] as Drill1TierFigures).orders += 1;
      revenueCents[t] = (revenueCents[t] as number) + value;
      if (order.segment === "Top client") topOnlineCents += value;
    }
    figures.forEach((row, t) => {
      row.revenue = (revenueCents[t] as number) / 100;
    });
    const topOnline = topOnlineCents / 100;
    tiers[quarter] = figures;
    const total = (key: keyof Drill1TierFigures): number =>
      figures.reduce((sum, row) => sum + row[key], 0);
    const orders = total("orders");
    const revenue = new Decimal(total("revenue"));
    const dos = data.channels.find((c) => c.quarter === quarter && c.channel === "DOS");
    const share = (index: number[]): Decimal =>
      new Decimal(index.reduce((sum, i) => sum + (figures[i]?.orders ?? 0), 0)).div(orders);
    headline[quarter] = {
      orders,
      revenue,
      aov: revenue.div(orders),
      sellThrough: new Decimal(total("sold")).div(total("received")),
      channelShare: revenue.div(revenue.plus(dos?.revenue ?? 0)),
      topClientShare: new Decimal(topOnline).div(
        new Decimal(topOnline).plus(dos?.topClientRevenue ?? 0)
      ),
      mixIcons: share([0]),
      mixEntry: share([2]),
      mixOther: share([1, 3]),
    };
  }
  const column = (quarter: Drill1Quarter, key: keyof Drill1TierFigures): number[] =>
    tiers[quarter].map((row) => row[key]);
  return {
    tiers,
    headline,
    aovBridge: aovBridge({
      baseOrders: column("LQ", "orders"),
      baseRevenue: column("LQ", "revenue"),
      currentOrders: column("TQ", "orders"),
      currentRevenue: column("TQ", "revenue"),
      method: "midpoint",
    }),
    stBridge: sellThroughBridge({
      baseReceived: column("LQ", "received"),
      baseSold: column("LQ", "sold"),
      currentReceived: column("TQ", "received"),
      currentSold: column("TQ", "sold"),
      method: "midpoint",
    }),
  };
}
