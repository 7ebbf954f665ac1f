/**
 * The fictional maison's online assortment, markets and clients for drill 1. Each product has a US
 * list price (a multiple of $50); every other market's local list price comes from it through the
 * market's price index (see `DRILL1_MARKETS`), and an order's USD value is its local price at the
 * quarter's rate, to the cent.
 */

export const DRILL1_TIERS = [
  "Icons & haute",
  "Core leather goods",
  "Entry small leather goods",
  "Ready-to-wear & shoes",
] as const;

export type Drill1Tier = (typeof DRILL1_TIERS)[number];

export type Drill1Quarter = "LQ" | "TQ";

export const DRILL1_QUARTERS: readonly Drill1Quarter[] = ["LQ", "TQ"];

export type Drill1Product = {
  name: string;
  /** US list price in USD, a multiple of $50. */
  usd: number;
  /** Share of the tier's orders before any tilt (sums to 1 within a tier). */
  weight: number;
};

export const DRILL1_CATALOGUE: Record<Drill1Tier, readonly Drill1Product[]> = {
  "Icons & haute": [
    { name: "Signature top-handle bag, mini", usd: 3200, weight: 0.3 },
    { name: "Signature top-handle bag", usd: 4400, weight: 0.3 },
    { name: "Trunk-canvas travel bag", usd: 3850, weight: 0.2 },
    { name: "Signature top-handle bag, large", usd: 5200, weight: 0.15 },
    { name: "Haute clutch, exotic leather", usd: 21500, weight: 0.03 },
    { name: "Métier d'art minaudière", usd: 14800, weight: 0.02 },
  ],
  "Core leather goods": [
    { name: "Shoulder bag", usd: 2350, weight: 0.22 },
    { name: "Crossbody bag", usd: 1850, weight: 0.22 },
    { name: "Tote", usd: 2100, weight: 0.14 },
    { name: "Backpack", usd: 2600, weight: 0.07 },
    { name: "Reversible belt", usd: 750, weight: 0.18 },
    { name: "Long wallet", usd: 950, weight: 0.17 },
  ],
  "Entry small leather goods": [
    { name: "Bag charm", usd: 300, weight: 0.05 },
    { name: "Card holder", usd: 350, weight: 0.3 },
    { name: "Key pouch", usd: 400, weight: 0.2 },
    { name: "Coin purse", usd: 450, weight: 0.18 },
    { name: "Compact wallet", usd: 550, weight: 0.17 },
    { name: "Card holder on chain", usd: 650, weight: 0.1 },
  ],
  "Ready-to-wear & shoes": [
    { name: "Leather sneakers", usd: 950, weight: 0.26 },
    { name: "Loafers", usd: 1050, weight: 0.2 },
    { name: "Silk shirt", usd: 1150, weight: 0.14 },
    { name: "Ankle boots", usd: 1350, weight: 0.14 },
    { name: "Cashmere knit", usd: 1450, weight: 0.16 },
    { name: "Wool coat", usd: 3200, weight: 0.1 },
  ],
};

export type Drill1Market = {
  country: string;
  currency: string;
  /** Share of online orders. */
  weight: number;
  /**
   * Seed 0's average rate of each quarter, USD per unit of local currency (the dollar strengthened
   * this quarter, so foreign sales translate into fewer dollars). Variants draw their own.
   */
  fx: Record<Drill1Quarter, number>;
  /**
   * The market's list price relative to the US list price, in USD at the rate the price list was
   * set at (seed 0's value): Europe below the US, Greater China and Korea above it.
   */
  priceIndex: number;
  /** The believable range of that index for this market; variants draw within it. */
  priceBand: readonly [low: number, high: number];
  /** Local list prices are rounded to this step (the market's price point). */
  pricePoint: number;
  /** A currency pegged to the dollar barely moves between quarters. */
  pegged?: boolean;
};

/**
 * Where the .com sells. Local list prices are set once (at last quarter's rates), kept for both
 * quarters and shared by the markets of one currency, so a currency move shows up as a translation
 * effect on the USD order values, as it does at a maison that does not chase the exchange rate.
 * Bands follow the usual picture of luxury price gaps: the euro area lowest, the US the reference,
 * Greater China, Korea and the Gulf above it, Japan near or under it as the yen has been weak.
 */
export const DRILL1_MARKETS: readonly Drill1Market[] = [
  {
    country: "United States",
    currency: "USD",
    weight: 0.3,
    fx: { LQ: 1, TQ: 1 },
    priceIndex: 1,
    priceBand: [1, 1],
    pricePoint: 50,
    pegged: true,
  },
  ...(["France", "Germany", "Italy"] as const).map((country, i): Drill1Market => ({
    country,
    currency: "EUR",
    weight: [0.1, 0.07, 0.05][i] as number,
    fx: { LQ: 1.085, TQ: 1.062 },
    priceIndex: 0.9,
    priceBand: [0.86, 0.95],
    pricePoint: 10,
  })),
  {
    country: "United Kingdom",
    currency: "GBP",
    weight: 0.1,
    fx: { LQ: 1.271, TQ: 1.246 },
    priceIndex: 0.93,
    priceBand: [0.88, 0.98],
    pricePoint: 10,
  },
  {
    country: "Switzerland",
    currency: "CHF",
    weight: 0.04,
    fx: { LQ: 1.132, TQ: 1.109 },
    priceIndex: 0.98,
    priceBand: [0.94, 1.04],
    pricePoint: 10,
  },
  {
    country: "Japan",
    currency: "JPY",
    weight: 0.1,
    fx: { LQ: 0.00688, TQ: 0.00661 },
    priceIndex: 0.95,
    priceBand: [0.88, 1.02],
    pricePoint: 1000,
  },
  {
    country: "China",
    currency: "CNY",
    weight: 0.12,
    fx: { LQ: 0.1391, TQ: 0.1372 },
    priceIndex: 1.12,
    priceBand: [1.05, 1.2],
    pricePoint: 100,
  },
  {
    country: "South Korea",
    currency: "KRW",
    weight: 0.05,
    fx: { LQ: 0.000742, TQ: 0.000721 },
    priceIndex: 1.05,
    priceBand: [1, 1.12],
    pricePoint: 10000,
  },
  {
    country: "United Arab Emirates",
    currency: "AED",
    weight: 0.04,
    fx: { LQ: 0.2723, TQ: 0.2723 },
    priceIndex: 1.04,
    priceBand: [1, 1.1],
    pricePoint: 10,
    pegged: true,
  },
  {
    country: "Hong Kong SAR",
    currency: "HKD",
    weight: 0.03,
    fx: { LQ: 0.1282, TQ: 0.128 },
    priceIndex: 1.04,
    priceBand: [1, 1.1],
    pricePoint: 100,
    pegged: true,
  },
];

/** The currencies of the markets, once each, in the markets' order (the FX table's rows). */
export const DRILL1_CURRENCIES: readonly string[] = [
  ...new Set(DRILL1_MARKETS.map((m) => m.currency)),
];

export const DRILL1_SEGMENTS = [
  "Top client",
  "Loyal client",
  "Occasional client",
  "New client",
] as const;

export type Drill1Segment = (typeof DRILL1_SEGMENTS)[number];

/** Chance that an order of a tier comes from each segment (top clients buy the icons). */
export const DRILL1_SEGMENT_MIX: Record<Drill1Tier, readonly number[]> = {
  "Icons & haute": [0.45, 0.3, 0.15, 0.1],
  "Core leather goods": [0.22, 0.33, 0.27, 0.18],
  "Entry small leather goods": [0.06, 0.2, 0.34, 0.4],
  "Ready-to-wear & shoes": [0.18, 0.32, 0.3, 0.2],
};

/** Chance that an order is credited to a sales advisor, by segment (same order as the segments). */
export const DRILL1_SA_ATTRIBUTION: readonly number[] = [0.55, 0.25, 0.08, 0.04];

export const DRILL1_DEVICES = ["Mobile app", "Mobile web", "Desktop", "Tablet"] as const;

/** Device mix by segment: top clients live in the app. */
export const DRILL1_DEVICE_MIX: readonly (readonly number[])[] = [
  [0.5, 0.2, 0.25, 0.05],
  [0.35, 0.3, 0.3, 0.05],
  [0.2, 0.45, 0.3, 0.05],
  [0.1, 0.55, 0.3, 0.05],
];

/** First day of each quarter and its length in days (LQ = Q2 2026, TQ = Q3 2026). */
export const DRILL1_QUARTER_DATES: Record<Drill1Quarter, { start: string; days: number }> = {
  LQ: { start: "2026-04-01", days: 91 },
  TQ: { start: "2026-07-01", days: 92 },
};
