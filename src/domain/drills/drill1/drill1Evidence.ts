import { Decimal } from "../../decimal";
import type { Random } from "../../random/createRandom";
import { apportion } from "./apportion";
import {
  DRILL1_CATALOGUE,
  DRILL1_DEVICES,
  DRILL1_QUARTER_DATES,
  DRILL1_QUARTERS,
  DRILL1_TIERS,
  type Drill1Quarter,
  type Drill1Tier,
} from "./drill1Catalogue";

/**
 * What a candidate needs to test, and reject, the other explanations of the quarter: traffic and
 * conversion by device, returns by tier, icon availability (stock-outs and waitlists) and the
 * year-ago quarter. Built around the orders so every table agrees with the order rows.
 */
export type Drill1Evidence = {
  /** Quarter × device, LQ first, devices in `DRILL1_DEVICES` order; orders are the rows' own counts. */
  traffic: { quarter: Drill1Quarter; device: string; sessions: number; orders: number }[];
  /** Quarter × tier: orders and how many of them came back (order values are gross demand). */
  returns: { quarter: Drill1Quarter; tier: Drill1Tier; orders: number; returned: number }[];
  /** Quarter × icon product: days the piece could not be ordered online, and waitlist sign-ups. */
  icons: { quarter: Drill1Quarter; product: string; daysOutOfStock: number; waitlist: number }[];
  /** The same quarter a year earlier, by tier: orders and revenue in USD (to the cent). */
  yearAgo: { label: string; tier: Drill1Tier; orders: number; revenue: number }[];
};

/**
 * Conversion (orders per session) by device in last quarter: the app converts best. About 1.1%
 * overall, the rate at which drill 2's thirteen weeks of the same .com bring in this quarter's
 * online revenue, so both drills see one site's traffic.
 */
const CONVERSION: Record<(typeof DRILL1_DEVICES)[number], number> = {
  "Mobile app": 0.022,
  "Mobile web": 0.0068,
  Desktop: 0.016,
  Tablet: 0.011,
};

/** Share of orders returned by tier: ready-to-wear and shoes come back most, icons least. */
const RETURN_RATE: Record<Drill1Tier, number> = {
  "Icons & haute": 0.025,
  "Core leather goods": 0.06,
  "Entry small leather goods": 0.045,
  "Ready-to-wear & shoes": 0.14,
};

export const DRILL1_YEAR_AGO_LABEL = "Q3 2025";

type OrderLike = { quarter: Drill1Quarter; tier: Drill1Tier; device: string; usd: number };
type InventoryLike = { quarter: Drill1Quarter; tier: Drill1Tier; received: number; sold: number };

/**
 * The evidence tables of a variant. Traffic rose and conversion held (within a few percent on
 * every device), returns held by tier, icons were out of stock longer with more waitlist sign-ups
 * this quarter (the allocation was thin where demand was), and the year-ago quarter had last
 * quarter's AOV and mix (a little below its prices), so the fall is not seasonal.
 *
 * @example
 * const data = generateDrill1Data(0);
 * data.evidence.traffic.length //=> 8 (two quarters × four devices)
 */
export function buildDrill1Evidence(
  random: Random,
  orders: readonly OrderLike[],
  inventory: readonly InventoryLike[]
): Drill1Evidence {
  const count = (quarter: Drill1Quarter, keep: (o: OrderLike) => boolean) =>
    orders.reduce((n, o) => (o.quarter === quarter && keep(o) ? n + 1 : n), 0);

  // Conversion held: this quarter's rate is last quarter's within ±4% on each device.
  const drift = Object.fromEntries(
    DRILL1_DEVICES.map((device) => [device, random.float(-0.04, 0.04)])
  ) as Record<string, number>;
  const traffic = DRILL1_QUARTERS.flatMap((quarter) =>
    DRILL1_DEVICES.map((device) => {
      const placed = count(quarter, (o) => o.device === device);
      const rate = CONVERSION[device] * (quarter === "TQ" ? 1 + (drift[device] as number) : 1);
      return { quarter, device, sessions: Math.round(placed / rate), orders: placed };
    })
  );

  // Returns held: each tier's rate this quarter is last quarter's within ±4%.
  const returnRates = DRILL1_TIERS.map((tier) => {
    const lq = RETURN_RATE[tier] * (1 + random.float(-0.08, 0.08));
    return { LQ: lq, TQ: lq * (1 + random.float(-0.04, 0.04)) };
  });
  const returns = DRILL1_QUARTERS.flatMap((quarter) =>
    DRILL1_TIERS.map((tier, t) => {
      const placed = count(quarter, (o) => o.tier === tier);
      const rate = (returnRates[t] as Record<Drill1Quarter, number>)[quarter];
      return { quarter, tier, orders: placed, returned: Math.round(placed * rate) };
    })
  );

  // Icons: last quarter's sell-through sets how long pieces were out; this quarter the thinner
  // allocation keeps them out 40–90% longer, and waitlists grow with the stock-outs.
  const iconProducts = DRILL1_CATALOGUE["Icons & haute"];
  const lqIcons = inventory.find((r) => r.quarter === "LQ" && r.tier === "Icons & haute");
  const lqSellThrough = lqIcons && lqIcons.received > 0 ? lqIcons.sold / lqIcons.received : 0;
  const pressure = { LQ: 1, TQ: random.float(1.4, 1.9) };
  const baseDays = iconProducts.map(
    () => DRILL1_QUARTER_DATES.LQ.days * lqSellThrough * 0.12 * random.float(0.7, 1.3)
  );
  const lqIconOrders = count("LQ", (o) => o.tier === "Icons & haute");
  const icons = DRILL1_QUARTERS.flatMap((quarter) => {
    const waitlists = apportion(
      Math.round(lqIconOrders * 0.12 * pressure[quarter]),
      iconProducts.map((p) => p.weight)
    );
    return iconProducts.map((product, i) => ({
      quarter,
      product: product.name,
      daysOutOfStock: Math.min(
        DRILL1_QUARTER_DATES[quarter].days,
        Math.round((baseDays[i] as number) * pressure[quarter])
      ),
      waitlist: waitlists[i] as number,
    }));
  });

  // The year-ago quarter: about last quarter's orders, mix and tier AOVs, at last year's prices.
  const yearAgo = DRILL1_TIERS.map((tier) => {
    const lq = orders.filter((o) => o.quarter === "LQ" && o.tier === tier);
    const placed = Math.round(lq.length * random.float(0.9, 1.02));
    const lqCents = lq.reduce((sum, o) => sum + Math.round(o.usd * 100), 0);
    const priceLevel = random.float(0.95, 0.98);
    const revenue = new Decimal(lqCents)
      .div(Math.max(lq.length, 1))
      .times(placed)
      .times(priceLevel)
      .round()
      .div(100)
      .toNumber();
    return { label: DRILL1_YEAR_AGO_LABEL, tier, orders: placed, revenue };
  });

  return { traffic, returns, icons, yearAgo };
}
