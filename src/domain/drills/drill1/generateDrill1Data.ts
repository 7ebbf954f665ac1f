import { Decimal } from "../../decimal";
import { createRandom, type Random } from "../../random/createRandom";
import { apportion } from "./apportion";
import {
  DRILL1_CATALOGUE,
  DRILL1_DEVICE_MIX,
  DRILL1_DEVICES,
  DRILL1_MARKETS,
  DRILL1_QUARTER_DATES,
  DRILL1_QUARTERS,
  DRILL1_SA_ATTRIBUTION,
  DRILL1_SEGMENT_MIX,
  DRILL1_SEGMENTS,
  DRILL1_TIERS,
  type Drill1Quarter,
  type Drill1Segment,
  type Drill1Tier,
} from "./drill1Catalogue";

/** Bumped whenever the same seed would give different rows. */
export const DRILL1_GENERATOR_VERSION = "drill1-1.0.0";

export type Drill1Order = {
  id: string;
  /** Excel date serial (days since 1899-12-30). */
  date: number;
  quarter: Drill1Quarter;
  tier: Drill1Tier;
  product: string;
  country: string;
  currency: string;
  /** Harmonised local list price, whole units of the local currency. */
  localPrice: number;
  /** Harmonised FX, USD per unit of local currency. */
  fx: number;
  /** Order value in USD (the harmonised reference price, whole dollars). */
  usd: number;
  segment: Drill1Segment;
  saAttributed: "Yes" | "No";
  device: (typeof DRILL1_DEVICES)[number];
};

export type Drill1InventoryRow = {
  quarter: Drill1Quarter;
  tier: Drill1Tier;
  /** Units received into the online allocation. */
  received: number;
  /** Units sold at full price (the only price there is). */
  sold: number;
};

export type Drill1ChannelRow = {
  quarter: Drill1Quarter;
  channel: "Online" | "DOS";
  /** Revenue in USD, to the cent. */
  revenue: number;
  /** Top-client revenue in USD, to the cent. */
  topClientRevenue: number;
};

/** The headline figures the data is built to hit, percentages as whole points. */
export type Drill1Targets = {
  orders: Record<Drill1Quarter, number>;
  /** Online AOV in whole dollars. */
  aov: Record<Drill1Quarter, number>;
  sellThroughPct: Record<Drill1Quarter, number>;
  channelSharePct: Record<Drill1Quarter, number>;
  topClientSharePct: Record<Drill1Quarter, number>;
  iconsPct: Record<Drill1Quarter, number>;
  entryPct: Record<Drill1Quarter, number>;
  otherPct: Record<Drill1Quarter, number>;
};

export type Drill1Data = {
  seed: number;
  targets: Drill1Targets;
  /** One row per online order, LQ first, each quarter in date order. */
  orders: Drill1Order[];
  /** Tier × quarter, LQ rows first, tiers in `DRILL1_TIERS` order. */
  inventory: Drill1InventoryRow[];
  /** LQ Online, LQ DOS, TQ Online, TQ DOS. */
  channels: Drill1ChannelRow[];
};

type QuarterPlan = {
  /** Orders per tier, in `DRILL1_TIERS` order. */
  tierOrders: number[];
  aov: number;
  receivedTotal: number;
  sellThroughPct: number;
  receivedWeights: number[];
  sellThroughPattern: number[];
  channelSharePct: number;
  topClientSharePct: number;
};

type Drill1Params = Record<Drill1Quarter, QuarterPlan> & { priceTilt: number };

const RECEIVED_WEIGHTS: Record<Drill1Quarter, number[]> = {
  LQ: [0.2, 0.32, 0.28, 0.2],
  TQ: [0.16, 0.31, 0.31, 0.22],
};
const SELL_THROUGH_PATTERN: Record<Drill1Quarter, number[]> = {
  LQ: [0.95, 0.89, 0.9, 0.78],
  TQ: [0.93, 0.8, 0.86, 0.6],
};

/** Seed 0: the seed document's quarter, exactly. */
const CANONICAL: Drill1Params = {
  priceTilt: 0,
  LQ: {
    tierOrders: [1100, 1500, 1400, 1000],
    aov: 1800,
    receivedTotal: 6000,
    sellThroughPct: 88,
    receivedWeights: RECEIVED_WEIGHTS.LQ,
    sellThroughPattern: SELL_THROUGH_PATTERN.LQ,
    channelSharePct: 18,
    topClientSharePct: 22,
  },
  TQ: {
    tierOrders: [884, 1560, 1768, 988],
    aov: 1580,
    receivedTotal: 7000,
    sellThroughPct: 78,
    receivedWeights: RECEIVED_WEIGHTS.TQ,
    sellThroughPattern: SELL_THROUGH_PATTERN.TQ,
    channelSharePct: 19,
    topClientSharePct: 20,
  },
};

/**
 * Generates drill 1's raw data for a seed: one row per online order for last quarter (LQ) and this
 * quarter (TQ), the online inventory by tier and quarter, and channel and top-client totals. Seed 0
 * reproduces the seed document exactly (AOV $1,800 → $1,580, sell-through 88% → 78%, channel share
 * 18% → 19%, top-client digital share 22% → 20%, icons 22% → 17%, entry 28% → 34% of orders); any
 * other seed gives a variant with the same story: the AOV falls mostly through mix, not price.
 *
 * @example
 * const data = generateDrill1Data(0);
 * data.orders.filter((o) => o.quarter === "LQ").length //=> 5000
 * data.targets.aov //=> { LQ: 1800, TQ: 1580 }
 */
export function generateDrill1Data(seed: number): Drill1Data {
  const random = createRandom(seed);
  const params = seed === 0 ? CANONICAL : drawParams(random.fork("params"));

  const lqLambda = solveTilt(params.LQ.tierOrders, params.LQ.aov);
  const lqCounts = allocateProducts(params.LQ.tierOrders, lqLambda, params.LQ.aov);
  const tqLambda = solveTilt(params.TQ.tierOrders, params.TQ.aov);
  const tqCounts = allocateProducts(params.TQ.tierOrders, tqLambda, params.TQ.aov);

  const lqOrders = buildOrders(random.fork("orders-LQ"), "LQ", lqCounts, 0);
  const tqOrders = buildOrders(random.fork("orders-TQ"), "TQ", tqCounts, lqOrders.length);
  const orders = [...lqOrders, ...tqOrders];

  const inventory = DRILL1_QUARTERS.flatMap((quarter) => buildInventory(quarter, params[quarter]));
  const channels = DRILL1_QUARTERS.flatMap((quarter) =>
    buildChannels(quarter, params[quarter], quarter === "LQ" ? lqOrders : tqOrders)
  );

  const pct = (quarter: Drill1Quarter, tierIndexes: number[]): number => {
    const plan = params[quarter];
    const total = plan.tierOrders.reduce((a, b) => a + b, 0);
    const part = tierIndexes.reduce((sum, i) => sum + (plan.tierOrders[i] as number), 0);
    return (part * 100) / total;
  };
  const byQuarter = (f: (q: Drill1Quarter) => number): Record<Drill1Quarter, number> => ({
    LQ: f("LQ"),
    TQ: f("TQ"),
  });
  const targets: Drill1Targets = {
    orders: byQuarter((q) => params[q].tierOrders.reduce((a, b) => a + b, 0)),
    aov: byQuarter((q) => params[q].aov),
    sellThroughPct: byQuarter((q) => params[q].sellThroughPct),
    channelSharePct: byQuarter((q) => params[q].channelSharePct),
    topClientSharePct: byQuarter((q) => params[q].topClientSharePct),
    iconsPct: byQuarter((q) => pct(q, [0])),
    entryPct: byQuarter((q) => pct(q, [2])),
    otherPct: byQuarter((q) => pct(q, [1, 3])),
  };
  return { seed, targets, orders, inventory, channels };
}

/** Headline figures for a variant, from plausible ranges, shaped like the seed document's story. */
function drawParams(random: Random): Drill1Params {
  const n0 = 100 * random.int(50, 62);
  const n1 = 100 * random.int(Math.max(50, n0 / 100 - 2), n0 / 100 + 6);
  const icons0 = random.int(19, 26);
  const icons1 = icons0 - random.int(3, 6);
  const entry0 = random.int(25, 31);
  const entry1 = entry0 + random.int(4, 7);
  const tiers = (n: number, iconsPct: number, entryPct: number): number[] => {
    const icons = (n * iconsPct) / 100;
    const entry = (n * entryPct) / 100;
    const other = n - icons - entry;
    const core = Math.round(other * random.float(0.56, 0.64));
    return [icons, core, entry, other - core];
  };
  const lqTiers = tiers(n0, icons0, entry0);
  const tqTiers = tiers(n1, icons1, entry1);

  // AOVs: LQ near what the catalogue gives for this mix; TQ = LQ rates at TQ's mix, a little lower
  // (the rate effect is small and negative: cheaper pieces within each tier).
  const aov0 = roundTo(expectedAov(lqTiers, 0) * random.float(0.97, 1.03), 10);
  const lqLambda = solveTilt(lqTiers, aov0);
  const aov1 = roundTo(expectedAov(tqTiers, lqLambda) * (1 - random.float(0.005, 0.03)), 10);

  const st0 = random.int(84, 92);
  const st1 = st0 - random.int(6, 12);
  const received0 = 100 * random.int(55, 70);
  const received1 = roundTo(received0 * random.float(1.08, 1.22), 100);
  const cs0 = random.int(15, 22);
  const tc0 = random.int(19, 26);
  const jitter = (values: number[], spread: number): number[] =>
    values.map((v) => v + random.float(-spread, spread));

  return {
    priceTilt: lqLambda,
    LQ: {
      tierOrders: lqTiers,
      aov: aov0,
      receivedTotal: received0,
      sellThroughPct: st0,
      receivedWeights: jitter(RECEIVED_WEIGHTS.LQ, 0.02),
      sellThroughPattern: jitter(SELL_THROUGH_PATTERN.LQ, 0.02),
      channelSharePct: cs0,
      topClientSharePct: tc0,
    },
    TQ: {
      tierOrders: tqTiers,
      aov: aov1,
      receivedTotal: received1,
      sellThroughPct: st1,
      receivedWeights: jitter(RECEIVED_WEIGHTS.TQ, 0.02),
      sellThroughPattern: jitter(SELL_THROUGH_PATTERN.TQ, 0.02),
      channelSharePct: cs0 + random.int(0, 2),
      topClientSharePct: tc0 - random.int(1, 4),
    },
  };
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Product shares within a tier, tilted towards dearer (λ > 0) or cheaper (λ < 0) pieces. */
function tiltedWeights(tier: Drill1Tier, lambda: number): number[] {
  const products = DRILL1_CATALOGUE[tier];
  const base = products.reduce((sum, p) => sum + p.weight * p.usd, 0);
  const raw = products.map((p) => p.weight * Math.exp(lambda * (p.usd / base - 1)));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w / sum);
}

function expectedAov(tierOrders: readonly number[], lambda: number): number {
  let revenue = 0;
  let orders = 0;
  DRILL1_TIERS.forEach((tier, t) => {
    const weights = tiltedWeights(tier, lambda);
    const rate = DRILL1_CATALOGUE[tier].reduce(
      (sum, p, j) => sum + (weights[j] as number) * p.usd,
      0
    );
    revenue += (tierOrders[t] as number) * rate;
    orders += tierOrders[t] as number;
  });
  return revenue / orders;
}

/** The tilt at which the catalogue's expected AOV equals the target (bisection; AOV rises with λ). */
function solveTilt(tierOrders: readonly number[], aov: number): number {
  let low = -6;
  let high = 6;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (expectedAov(tierOrders, mid) < aov) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Orders per product for one quarter, closing revenue to exactly AOV × orders: apportion by the tilted
 * shares, then move single orders between products of the same tier until the total is exact.
 */
function allocateProducts(tierOrders: readonly number[], lambda: number, aov: number): number[][] {
  const counts = DRILL1_TIERS.map((tier, t) =>
    apportion(tierOrders[t] as number, tiltedWeights(tier, lambda))
  );
  const target = aov * tierOrders.reduce((a, b) => a + b, 0);
  let gap =
    target -
    DRILL1_TIERS.reduce(
      (sum, tier, t) =>
        sum + DRILL1_CATALOGUE[tier].reduce((s, p, j) => s + p.usd * (counts[t]?.[j] as number), 0),
      0
    );
  for (let guard = 0; gap !== 0; guard += 1) {
    if (guard > 100_000) throw new Error(`drill 1: cannot close revenue, ${gap} USD left`);
    let best: { t: number; from: number; to: number; delta: number } | undefined;
    DRILL1_TIERS.forEach((tier, t) => {
      const products = DRILL1_CATALOGUE[tier];
      products.forEach((from, j) => {
        if ((counts[t]?.[j] as number) === 0) return;
        products.forEach((to, k) => {
          const delta = to.usd - from.usd;
          if (delta === 0 || Math.sign(delta) !== Math.sign(gap)) return;
          if (Math.abs(delta) > Math.abs(gap)) return;
          if (!best || Math.abs(delta) > Math.abs(best.delta)) best = { t, from: j, to: k, delta };
        });
      });
    });
    if (!best) throw new Error(`drill 1: cannot close revenue, ${gap} USD left`);
    const { t, from, to, delta } = best;
    const row = counts[t] as number[];
    row[from] = (row[from] as number) - 1;
    row[to] = (row[to] as number) + 1;
    gap -= delta;
  }
  return counts;
}

/** Picks an index by weights with one uniform draw. */
function pickIndex(random: Random, weights: readonly number[]): number {
  const sum = weights.reduce((a, b) => a + b, 0);
  let u = random.float(0, sum);
  for (let i = 0; i < weights.length; i += 1) {
    u -= weights[i] as number;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function excelSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY_MS;
}

function buildOrders(
  random: Random,
  quarter: Drill1Quarter,
  counts: readonly number[][],
  firstIndex: number
): Drill1Order[] {
  const items: { tier: Drill1Tier; product: number }[] = [];
  DRILL1_TIERS.forEach((tier, t) => {
    (counts[t] as number[]).forEach((count, product) => {
      for (let i = 0; i < count; i += 1) items.push({ tier, product });
    });
  });
  // Fisher–Yates, so tiers and products are spread over the quarter.
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    const swap = items[i] as (typeof items)[number];
    items[i] = items[j] as (typeof items)[number];
    items[j] = swap;
  }
  const { start, days } = DRILL1_QUARTER_DATES[quarter];
  const first = excelSerial(start);
  // A typed array sorts numerically without a comparator, several times faster on 5,000 dates.
  const dates = Int32Array.from(items, () => first + random.int(0, days - 1)).sort();
  const marketWeights = DRILL1_MARKETS.map((m) => m.weight);

  return items.map((item, i) => {
    const product = DRILL1_CATALOGUE[item.tier][
      item.product
    ] as (typeof DRILL1_CATALOGUE)[Drill1Tier][number];
    const market = DRILL1_MARKETS[
      pickIndex(random, marketWeights)
    ] as (typeof DRILL1_MARKETS)[number];
    const segmentIndex = pickIndex(random, DRILL1_SEGMENT_MIX[item.tier]);
    const fx = market.fx[quarter];
    return {
      id: `ON-${100001 + firstIndex + i}`,
      date: dates[i] as number,
      quarter,
      tier: item.tier,
      product: product.name,
      country: market.country,
      currency: market.currency,
      localPrice: Math.round(product.usd / fx / market.pricePoint) * market.pricePoint,
      fx,
      usd: product.usd,
      segment: DRILL1_SEGMENTS[segmentIndex] as Drill1Segment,
      saAttributed:
        random.float(0, 1) < (DRILL1_SA_ATTRIBUTION[segmentIndex] as number) ? "Yes" : "No",
      device: DRILL1_DEVICES[
        pickIndex(random, DRILL1_DEVICE_MIX[segmentIndex] as number[])
      ] as Drill1Order["device"],
    };
  });
}

/** Received by tier (exact total) and sold at full price by tier (exact total, never above received). */
function buildInventory(quarter: Drill1Quarter, plan: QuarterPlan): Drill1InventoryRow[] {
  const received = apportion(plan.receivedTotal, plan.receivedWeights);
  const soldTarget = (plan.receivedTotal * plan.sellThroughPct) / 100;
  const soldAt = (k: number): number[] =>
    received.map((r, t) => r * Math.min(1, (plan.sellThroughPattern[t] as number) * k));
  let low = 0;
  let high = 4;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (soldAt(mid).reduce((a, b) => a + b, 0) < soldTarget) low = mid;
    else high = mid;
  }
  const exact = soldAt((low + high) / 2);
  const sold = exact.map((x) => Math.floor(x));
  let rest = soldTarget - sold.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, t) => ({ t, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.t - b.t);
  while (rest > 0) {
    const next = order.find(({ t }) => (sold[t] as number) < (received[t] as number));
    if (!next) throw new Error("drill 1: sell-through target above 100%");
    sold[next.t] = (sold[next.t] as number) + 1;
    order.push(order.splice(order.indexOf(next), 1)[0] as (typeof order)[number]);
    rest -= 1;
  }
  while (rest < 0) {
    const t = sold.indexOf(Math.max(...sold));
    sold[t] = (sold[t] as number) - 1;
    rest += 1;
  }
  return DRILL1_TIERS.map((tier, t) => ({
    quarter,
    tier,
    received: received[t] as number,
    sold: sold[t] as number,
  }));
}

/** DOS totals sized so the online shares land on the whole-point targets (to a fraction of a cent). */
function buildChannels(
  quarter: Drill1Quarter,
  plan: QuarterPlan,
  orders: readonly Drill1Order[]
): Drill1ChannelRow[] {
  const online = orders.reduce((sum, o) => sum + o.usd, 0);
  const topOnline = orders.reduce((sum, o) => (o.segment === "Top client" ? sum + o.usd : sum), 0);
  const rest = (value: number, sharePct: number): number =>
    new Decimal(value)
      .times(100 - sharePct)
      .div(sharePct)
      .toDecimalPlaces(2)
      .toNumber();
  return [
    { quarter, channel: "Online", revenue: online, topClientRevenue: topOnline },
    {
      quarter,
      channel: "DOS",
      revenue: rest(online, plan.channelSharePct),
      topClientRevenue: rest(topOnline, plan.topClientSharePct),
    },
  ];
}
