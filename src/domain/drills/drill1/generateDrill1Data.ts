import { Decimal } from "../../decimal";
import { createRandom, type Random } from "../../random/createRandom";
import { apportion } from "./apportion";
import { closeRevenue } from "./closeRevenue";
import { buildDrill1Evidence, type Drill1Evidence } from "./drill1Evidence";
import { drill1Pricing, type Drill1Currency, type Drill1Pricing } from "./drill1Pricing";
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
export const DRILL1_GENERATOR_VERSION = "drill1-2";

export type Drill1Order = {
  id: string;
  /** Excel date serial (days since 1899-12-30). */
  date: number;
  quarter: Drill1Quarter;
  tier: Drill1Tier;
  product: string;
  country: string;
  currency: string;
  /** Local list price, whole units of the local currency, the same in both quarters. */
  localPrice: number;
  /** The quarter's average rate, USD per unit of local currency (six decimals). */
  fx: number;
  /** Order value in USD: the local price at the quarter's rate, to the cent. */
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

/**
 * The traps a variant holds on purpose, with their sizes, so the key can name them and a check can
 * read them. Changes are fractions (-0.087 is 8.7% down), LQ → TQ.
 */
export type Drill1Traps = {
  /** The online channel share rises only because boutique revenue falls faster than online's. */
  denominator: { onlineChange: number; boutiqueChange: number; sharePoints: number };
  /** Top clients moved spend to the boutiques (up) rather than leaving (their online spend is down). */
  topClientShift: { onlineChange: number; boutiqueChange: number };
  /**
   * This quarter's AOV at this quarter's rates minus at last quarter's (USD, to the cent): the
   * translation effect hidden in the rate effect. `dollarMove` is the order-weighted change of the
   * foreign rates (negative when the dollar strengthened).
   */
  currency: { aovEffect: number; dollarMove: number };
};

export type Drill1Data = {
  seed: number;
  targets: Drill1Targets;
  /** Each currency's quarter rates and price index, in `DRILL1_CURRENCIES` order. */
  currencies: Drill1Currency[];
  traps: Drill1Traps;
  /** Traffic, returns, icon availability and the year-ago quarter, to test other explanations. */
  evidence: Drill1Evidence;
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

type Drill1Params = Record<Drill1Quarter, QuarterPlan> & { pricing: Drill1Pricing };

const RECEIVED_WEIGHTS: Record<Drill1Quarter, number[]> = {
  LQ: [0.2, 0.32, 0.28, 0.2],
  TQ: [0.16, 0.31, 0.31, 0.22],
};
const SELL_THROUGH_PATTERN: Record<Drill1Quarter, number[]> = {
  LQ: [0.95, 0.89, 0.9, 0.78],
  TQ: [0.93, 0.8, 0.86, 0.6],
};

/** Seed 0: the seed document's quarter, exactly. */
const CANONICAL: Omit<Drill1Params, "pricing"> = {
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
  const params: Drill1Params =
    seed === 0
      ? { ...CANONICAL, pricing: drill1Pricing() }
      : drawParams(random.fork("params"), drill1Pricing(random.fork("prices")));
  const { pricing } = params;

  const counts = byQuarter((quarter) => {
    const plan = params[quarter];
    const values = pricing.valueCents[quarter];
    const lambda = solveTilt(plan.tierOrders, plan.aov, values);
    const cells = allocateProducts(plan.tierOrders, lambda, values);
    const orders = plan.tierOrders.reduce((a, b) => a + b, 0);
    closeRevenue(cells, values, plan.aov * orders * 100);
    return cells;
  });
  const lqOrders = buildOrders(random.fork("orders-LQ"), "LQ", counts.LQ, pricing, 0);
  const tqOrders = buildOrders(random.fork("orders-TQ"), "TQ", counts.TQ, pricing, lqOrders.length);
  const topClientSharePct = shapeTopClientShift(
    random.fork("top-clients"),
    lqOrders,
    tqOrders,
    params.LQ.topClientSharePct,
    params.TQ.topClientSharePct
  );
  params.TQ.topClientSharePct = topClientSharePct;
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
  return {
    seed,
    targets,
    currencies: pricing.currencies,
    traps: measureTraps(channels, tqOrders, pricing.currencies),
    evidence: buildDrill1Evidence(random.fork("evidence"), orders, inventory),
    orders,
    inventory,
    channels,
  };
}

function byQuarter<T>(f: (quarter: Drill1Quarter) => T): Record<Drill1Quarter, T> {
  return { LQ: f("LQ"), TQ: f("TQ") };
}

/**
 * Headline figures for a variant, from plausible ranges, shaped like the seed document's story, with
 * its traps on purpose: online revenue falls at least 2% while the channel share still rises one or
 * two points (the boutiques fall faster), and the top-client share drops two to four points.
 */
function drawParams(random: Random, pricing: Drill1Pricing): Drill1Params {
  const n0 = 100 * random.int(50, 62);
  const icons0 = random.int(19, 26);
  const icons1 = icons0 - random.int(3, 6);
  const entry0 = random.int(25, 31);
  const entry1 = entry0 + random.int(4, 7);
  const coreShares = [random.float(0.56, 0.64), random.float(0.56, 0.64)] as const;
  const tiers = (n: number, iconsPct: number, entryPct: number, coreShare: number): number[] => {
    const icons = (n * iconsPct) / 100;
    const entry = (n * entryPct) / 100;
    const other = n - icons - entry;
    const core = Math.round(other * coreShare);
    return [icons, core, entry, other - core];
  };
  const lqTiers = tiers(n0, icons0, entry0, coreShares[0]);

  // AOVs: LQ near what the price list gives for this mix; TQ = LQ's choice of pieces at TQ's mix and
  // rates, a little lower (the like-for-like rate effect is small and negative).
  const aov0 = roundTo(
    expectedAov(lqTiers, 0, pricing.valueCents.LQ) * random.float(0.97, 1.03),
    10
  );
  const lqLambda = solveTilt(lqTiers, aov0, pricing.valueCents.LQ);
  let rateCut = random.float(0.005, 0.03);
  let n1 = 100 * random.int(Math.max(50, n0 / 100 - 2), n0 / 100 + 6);
  let tqTiers: number[];
  let aov1: number;
  for (;;) {
    tqTiers = tiers(n1, icons1, entry1, coreShares[1]);
    aov1 = roundTo(expectedAov(tqTiers, lqLambda, pricing.valueCents.TQ) * (1 - rateCut), 10);
    if (n1 * aov1 <= 0.98 * n0 * aov0) break;
    // Never under 5,000 orders: past that, the like-for-like rate falls a little further instead.
    if (n1 > 5000) n1 -= 100;
    else rateCut += 0.005;
  }

  const st0 = random.int(84, 92);
  const st1 = st0 - random.int(6, 12);
  const received0 = 100 * random.int(55, 70);
  const received1 = roundTo(received0 * random.float(1.08, 1.22), 100);
  const cs0 = random.int(15, 22);
  const tc0 = random.int(19, 26);
  const jitter = (values: number[], spread: number): number[] =>
    values.map((v) => v + random.float(-spread, spread));

  return {
    pricing,
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
      channelSharePct: cs0 + random.int(1, 2),
      topClientSharePct: tc0 - random.int(2, 4),
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

const MARKET_WEIGHTS = DRILL1_MARKETS.map((m) => m.weight);

/** A product's expected order value in a quarter, USD: its markets' values at their order shares. */
function expectedValue(values: readonly (readonly number[])[], product: number): number {
  const byMarket = values[product] as readonly number[];
  const total = MARKET_WEIGHTS.reduce((a, b) => a + b, 0);
  return (
    byMarket.reduce((sum, cents, m) => sum + cents * (MARKET_WEIGHTS[m] as number), 0) / total / 100
  );
}

function expectedAov(tierOrders: readonly number[], lambda: number, values: number[][][]): number {
  let revenue = 0;
  let orders = 0;
  DRILL1_TIERS.forEach((tier, t) => {
    const weights = tiltedWeights(tier, lambda);
    const rate = weights.reduce(
      (sum, w, p) => sum + w * expectedValue(values[t] as number[][], p),
      0
    );
    revenue += (tierOrders[t] as number) * rate;
    orders += tierOrders[t] as number;
  });
  return revenue / orders;
}

/** The tilt at which the expected AOV equals the target (bisection; AOV rises with λ). */
function solveTilt(tierOrders: readonly number[], aov: number, values: number[][][]): number {
  let low = -6;
  let high = 6;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (expectedAov(tierOrders, mid, values) < aov) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Orders by tier, product and market for one quarter: each tier's orders apportioned over its
 * products by the tilted shares, each product's over the markets by their order shares. Revenue is
 * then closed to the cent by `closeRevenue`.
 */
function allocateProducts(
  tierOrders: readonly number[],
  lambda: number,
  values: number[][][]
): number[][][] {
  return DRILL1_TIERS.map((tier, t) => {
    const byProduct = apportion(tierOrders[t] as number, tiltedWeights(tier, lambda));
    return byProduct.map((count, p) => {
      // A product no market values (never, with a real price list) keeps its orders in the first.
      const markets = values[t]?.[p] as number[];
      return markets.length > 0 ? apportion(count, MARKET_WEIGHTS) : [count];
    });
  });
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
  cells: readonly (readonly (readonly number[])[])[],
  pricing: Drill1Pricing,
  firstIndex: number
): Drill1Order[] {
  const items: { t: number; p: number; m: number }[] = [];
  cells.forEach((products, t) =>
    products.forEach((markets, p) =>
      markets.forEach((count, m) => {
        for (let i = 0; i < count; i += 1) items.push({ t, p, m });
      })
    )
  );
  // Fisher–Yates, so tiers, products and markets are spread over the quarter.
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
  const rates = new Map(pricing.currencies.map((c) => [c.currency, c.fx[quarter]]));

  return items.map(({ t, p, m }, i) => {
    const tier = DRILL1_TIERS[t] as Drill1Tier;
    const product = DRILL1_CATALOGUE[tier][p] as (typeof DRILL1_CATALOGUE)[Drill1Tier][number];
    const market = DRILL1_MARKETS[m] as (typeof DRILL1_MARKETS)[number];
    const segmentIndex = pickIndex(random, DRILL1_SEGMENT_MIX[tier]);
    return {
      id: `ON-${100001 + firstIndex + i}`,
      date: dates[i] as number,
      quarter,
      tier,
      product: product.name,
      country: market.country,
      currency: market.currency,
      localPrice: pricing.localPrices[t]?.[p]?.[m] as number,
      fx: rates.get(market.currency) as number,
      usd: (pricing.valueCents[quarter][t]?.[p]?.[m] as number) / 100,
      segment: DRILL1_SEGMENTS[segmentIndex] as Drill1Segment,
      saAttributed:
        random.float(0, 1) < (DRILL1_SA_ATTRIBUTION[segmentIndex] as number) ? "Yes" : "No",
      device: DRILL1_DEVICES[
        pickIndex(random, DRILL1_DEVICE_MIX[segmentIndex] as number[])
      ] as Drill1Order["device"],
    };
  });
}

const cents = (usd: number): number => Math.round(usd * 100);

/** Top clients' online spend in a quarter, in cents. */
const topClientCents = (orders: readonly Drill1Order[]): number =>
  orders.reduce((sum, o) => (o.segment === "Top client" ? sum + cents(o.usd) : sum), 0);

/** (100 − share) / share: boutique revenue per dollar online at a whole-point online share. */
const boutiquePerOnline = (sharePct: number): number => (100 - sharePct) / sharePct;

/**
 * Holds the top-client trap on purpose: top clients' online spend falls this quarter while their
 * boutique spend rises at least 2% (they moved spend, they did not leave). The share drop is kept
 * when it allows that, else deepened a point at a time; this quarter's top-client orders are then
 * relabelled (a few to "Loyal client", or loyal icon and core orders to "Top client") until their
 * online spend sits in the window the shares allow. Returns this quarter's top-client share.
 */
function shapeTopClientShift(
  random: Random,
  lq: readonly Drill1Order[],
  tq: Drill1Order[],
  lqSharePct: number,
  tqSharePct: number
): number {
  const ceiling = 0.96;
  let share = tqSharePct;
  const floorFor = (pct: number) =>
    (1.02 * boutiquePerOnline(lqSharePct)) / boutiquePerOnline(pct) + 0.005;
  while (floorFor(share) > ceiling - 0.03 && share > 5) share -= 1;
  const floor = floorFor(share);
  const lqTop = topClientCents(lq);
  let tqTop = topClientCents(tq);
  /** This quarter's orders of a segment in some tiers, in a random order. */
  const relabel = (from: Drill1Segment, tiers: readonly Drill1Tier[]) => {
    const indexes = tq.flatMap((o, i) => (o.segment === from && tiers.includes(o.tier) ? [i] : []));
    for (let k = indexes.length - 1; k > 0; k -= 1) {
      const j = random.int(0, k);
      [indexes[k], indexes[j]] = [indexes[j] as number, indexes[k] as number];
    }
    return indexes;
  };
  if (tqTop > lqTop * ceiling) {
    for (const i of relabel("Top client", DRILL1_TIERS)) {
      const order = tq[i] as Drill1Order;
      tq[i] = { ...order, segment: "Loyal client" };
      tqTop -= cents(order.usd);
      if (tqTop <= lqTop * (ceiling - 0.01)) break;
    }
  } else if (tqTop < lqTop * floor) {
    for (const i of relabel("Loyal client", DRILL1_TIERS.slice(0, 2))) {
      const order = tq[i] as Drill1Order;
      tq[i] = { ...order, segment: "Top client" };
      tqTop += cents(order.usd);
      if (tqTop >= lqTop * (floor + 0.01)) break;
    }
  }
  return share;
}

/** The sizes of the traps as the rows hold them (see `Drill1Traps`). */
function measureTraps(
  channels: readonly Drill1ChannelRow[],
  tqOrders: readonly Drill1Order[],
  currencies: readonly Drill1Currency[]
): Drill1Traps {
  const row = (quarter: Drill1Quarter, channel: "Online" | "DOS") =>
    channels.find((c) => c.quarter === quarter && c.channel === channel) as Drill1ChannelRow;
  const change = (from: number, to: number) =>
    new Decimal(to).div(from).minus(1).toDecimalPlaces(4).toNumber();
  const share = (quarter: Drill1Quarter) =>
    new Decimal(row(quarter, "Online").revenue).div(
      new Decimal(row(quarter, "Online").revenue).plus(row(quarter, "DOS").revenue)
    );
  const lqRate = new Map(currencies.map((c) => [c.currency, c.fx.LQ]));
  let actual = new Decimal(0);
  let constant = new Decimal(0);
  let foreignActual = new Decimal(0);
  let foreignConstant = new Decimal(0);
  for (const order of tqOrders) {
    const atLq = new Decimal(order.localPrice).times(lqRate.get(order.currency) as number);
    actual = actual.plus(order.usd);
    constant = constant.plus(atLq);
    if (order.currency !== "USD") {
      foreignActual = foreignActual.plus(new Decimal(order.localPrice).times(order.fx));
      foreignConstant = foreignConstant.plus(atLq);
    }
  }
  return {
    denominator: {
      onlineChange: change(row("LQ", "Online").revenue, row("TQ", "Online").revenue),
      boutiqueChange: change(row("LQ", "DOS").revenue, row("TQ", "DOS").revenue),
      sharePoints: share("TQ").minus(share("LQ")).times(100).toDecimalPlaces(2).toNumber(),
    },
    topClientShift: {
      onlineChange: change(
        row("LQ", "Online").topClientRevenue,
        row("TQ", "Online").topClientRevenue
      ),
      boutiqueChange: change(row("LQ", "DOS").topClientRevenue, row("TQ", "DOS").topClientRevenue),
    },
    currency: {
      aovEffect: actual.minus(constant).div(tqOrders.length).toDecimalPlaces(2).toNumber(),
      dollarMove: foreignActual.div(foreignConstant).minus(1).toDecimalPlaces(4).toNumber(),
    },
  };
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
  // Sums in cents, so ten thousand values to the cent add up exactly.
  const online = orders.reduce((sum, o) => sum + cents(o.usd), 0) / 100;
  const topOnline = topClientCents(orders) / 100;
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
