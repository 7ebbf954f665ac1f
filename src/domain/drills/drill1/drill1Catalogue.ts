/**
 * The fictional maison's online assortment, markets and clients for drill 1. Prices are harmonised
 * USD reference prices in multiples of $50, so every order value is a whole number of dollars and the
 * generator can close any quarter's revenue exactly by moving single orders between neighbouring
 * products (the entry tier has products $50 apart).
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
  /** Harmonised USD reference price, a multiple of $50. */
  usd: number;
  /** Share of the tier's orders before any tilt (sums to 1 within a tier). */
  weight: number;
};

export const DRILL1_CATALOGUE: Record<Drill1Tier, readonly Drill1Product[]> = {
  "Icons & haute": [
    { name: "Signature top-handle bag, mini", usd: 3200, weight: 0.3 },
    { name: "Signature top-handle bag", usd: 4400, weight: 0.3 },
    { name: "Trunk-canvas travel bag", usd: 3850, weight: 0.17 },
    { name: "Signature top-handle bag, large", usd: 5200, weight: 0.13 },
    { name: "Haute clutch, exotic leather", usd: 6900, weight: 0.07 },
    { name: "Métier d'art minaudière", usd: 9500, weight: 0.03 },
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
  /** Harmonised FX, USD per unit of local currency, by quarter. */
  fx: Record<Drill1Quarter, number>;
  /** Local list prices are rounded to this step (the market's price point). */
  pricePoint: number;
};

export const DRILL1_MARKETS: readonly Drill1Market[] = [
  { country: "United States", currency: "USD", weight: 0.3, fx: { LQ: 1, TQ: 1 }, pricePoint: 1 },
  { country: "France", currency: "EUR", weight: 0.1, fx: { LQ: 1.078, TQ: 1.087 }, pricePoint: 10 },
  {
    country: "Germany",
    currency: "EUR",
    weight: 0.07,
    fx: { LQ: 1.078, TQ: 1.087 },
    pricePoint: 10,
  },
  { country: "Italy", currency: "EUR", weight: 0.05, fx: { LQ: 1.078, TQ: 1.087 }, pricePoint: 10 },
  {
    country: "United Kingdom",
    currency: "GBP",
    weight: 0.1,
    fx: { LQ: 1.265, TQ: 1.278 },
    pricePoint: 10,
  },
  {
    country: "Switzerland",
    currency: "CHF",
    weight: 0.04,
    fx: { LQ: 1.124, TQ: 1.131 },
    pricePoint: 10,
  },
  {
    country: "Japan",
    currency: "JPY",
    weight: 0.1,
    fx: { LQ: 0.00665, TQ: 0.00682 },
    pricePoint: 1000,
  },
  {
    country: "China",
    currency: "CNY",
    weight: 0.12,
    fx: { LQ: 0.1385, TQ: 0.1392 },
    pricePoint: 100,
  },
  {
    country: "South Korea",
    currency: "KRW",
    weight: 0.05,
    fx: { LQ: 0.000735, TQ: 0.000728 },
    pricePoint: 10000,
  },
  {
    country: "United Arab Emirates",
    currency: "AED",
    weight: 0.04,
    fx: { LQ: 0.2723, TQ: 0.2723 },
    pricePoint: 10,
  },
  {
    country: "Hong Kong SAR",
    currency: "HKD",
    weight: 0.03,
    fx: { LQ: 0.1281, TQ: 0.1282 },
    pricePoint: 100,
  },
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
