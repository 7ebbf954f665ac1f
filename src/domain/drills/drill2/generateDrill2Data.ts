import { maisonProfile } from "../../maison/maisonProfile";
import { createRandom, type Random } from "../../random/createRandom";

/** Bump when a change to the generator changes any seed's figures. */
export const DRILL2_GENERATOR_VERSION = "drill2-2";

export const DRILL2_WEEKS = 13;

/** What drives a traffic source: a discount, a retargeting blast, or the maison's own pull. */
export type Drill2SourceKind = "discount" | "retargeting" | "core";

export type Drill2Source = {
  label: string;
  kind: Drill2SourceKind;
  /** Price reduction the source gives (0.1 = 10% off), 0 for none. */
  discountRate: number;
};

/** One row of the raw weekly site data: one week, one traffic source. */
export type Drill2TrafficRow = {
  week: number;
  source: string;
  kind: Drill2SourceKind;
  /** 1 when the revenue depends on a discount or retargeting lever. */
  discountDriven: 0 | 1;
  sessions: number;
  orders: number;
  /** Revenue after discount, whole dollars. */
  revenue: number;
  /** Price given away through the discount, whole dollars. */
  discountCost: number;
};

export type Drill2Module = {
  module: string;
  /** 1 = first module under the hero. */
  position: number;
  impressions: number;
  clicks: number;
  orders: number;
  revenue: number;
  /** Share of the module's orders that are entry products (small leather goods and the like). */
  entryShare: number;
};

export type Drill2NavEntry = {
  position: number;
  category: string;
  tier: "Entry" | "Core" | "Icons" | "Haute" | "Mixed";
  sessions: number;
  orders: number;
  revenue: number;
};

export type Drill2Guardrails = {
  /** Largest fall of weekly revenue below the same baseline week (0.10 = 10%). */
  maxRevenueDrop: number;
  /** Lowest weekly conversion as a share of the same baseline week (0.85 = 85%). */
  minCVRRatio: number;
  /** A removed discount or retargeting lever's replacement must be live within this many weeks. */
  replaceWithinWeeks: number;
  /** Discount-driven revenue must be zero from this week on. */
  discountFreeByWeek: number;
};

export type Drill2Data = {
  seed: number;
  sources: Drill2Source[];
  traffic: Drill2TrafficRow[];
  modules: Drill2Module[];
  nav: Drill2NavEntry[];
  capabilities: { capability: string; status: string }[];
  guardrails: Drill2Guardrails;
};

export const DRILL2_GUARDRAIL_DEFAULTS: Readonly<Drill2Guardrails> = {
  maxRevenueDrop: 0.1,
  minCVRRatio: 0.85,
  replaceWithinWeeks: 2,
  discountFreeByWeek: 13,
};

type SourceProfile = Drill2Source & { share: number; cvr: number; aov: number };

const SOURCES: SourceProfile[] = [
  { label: "Organic search", kind: "core", discountRate: 0, share: 0.24, cvr: 0.009, aov: 1350 },
  { label: "Brand search", kind: "core", discountRate: 0, share: 0.18, cvr: 0.018, aov: 1450 },
  {
    label: "Paid-social retargeting",
    kind: "retargeting",
    discountRate: 0,
    share: 0.16,
    cvr: 0.011,
    aov: 820,
  },
  {
    label: "Influencer codes",
    kind: "discount",
    discountRate: 0.15,
    share: 0.07,
    cvr: 0.016,
    aov: 640,
  },
  {
    label: "Abandoned-cart e-mail (10% off)",
    kind: "discount",
    discountRate: 0.1,
    share: 0.05,
    cvr: 0.042,
    aov: 760,
  },
  { label: "Editorial e-mail", kind: "core", discountRate: 0, share: 0.09, cvr: 0.01, aov: 1500 },
  { label: "App / direct", kind: "core", discountRate: 0, share: 0.21, cvr: 0.016, aov: 1600 },
];

const WEEK_INDEX = [0.96, 0.98, 1, 1.02, 0.99, 0.97, 1, 1.03, 1.05, 1.01, 0.98, 1, 1.04];

const MODULES = [
  {
    module: "Best-seller carousel",
    visibility: 0.95,
    ctr: 0.065,
    cvr: 0.03,
    aov: 620,
    entry: 0.68,
  },
  {
    module: "Recommended-for-you carousel",
    visibility: 0.8,
    ctr: 0.052,
    cvr: 0.028,
    aov: 700,
    entry: 0.61,
  },
  {
    module: "Editorial story (métier film)",
    visibility: 0.6,
    ctr: 0.021,
    cvr: 0.02,
    aov: 2100,
    entry: 0.12,
  },
  { module: "Icon spotlight", visibility: 0.35, ctr: 0.016, cvr: 0.024, aov: 3400, entry: 0.05 },
];

const NAV: {
  category: string;
  tier: Drill2NavEntry["tier"];
  share: number;
  cvr: number;
  aov: number;
}[] = [
  { category: "Small leather goods", tier: "Entry", share: 0.3, cvr: 0.017, aov: 560 },
  { category: "New in", tier: "Mixed", share: 0.18, cvr: 0.012, aov: 1300 },
  { category: "Bags", tier: "Core", share: 0.17, cvr: 0.011, aov: 2600 },
  { category: "Ready-to-wear", tier: "Core", share: 0.12, cvr: 0.008, aov: 1900 },
  { category: "Shoes", tier: "Core", share: 0.1, cvr: 0.009, aov: 1100 },
  { category: "Icons", tier: "Icons", share: 0.08, cvr: 0.01, aov: 5200 },
  { category: "Haute maroquinerie", tier: "Haute", share: 0.05, cvr: 0.004, aov: 14500 },
];

/**
 * The baseline of drill 2 for a seed: 13 weeks of site data by traffic source (sessions, orders,
 * revenue after discount, discount cost), homepage module performance, the category nav as it is
 * (icons below entry) and what is not in production (save-the-cart). Seed 0 is the canonical .com;
 * other seeds vary traffic, mix, conversion and order values around the same story.
 *
 * @example
 * const data = generateDrill2Data(0);
 * data.traffic.length //=> 91 (13 weeks × 7 sources)
 */
export function generateDrill2Data(seed: number): Drill2Data {
  const random = createRandom(seed);
  const canonical = seed === 0;
  const shape = random.fork("shape");
  const vary = (r: Random, x: number, spread: number) =>
    canonical ? x : x * r.float(1 - spread, 1 + spread);

  const profiles = SOURCES.map((s) => ({
    ...s,
    share: vary(shape, s.share, 0.15),
    cvr: vary(shape, s.cvr, 0.12),
    aov: Math.round(vary(shape, s.aov, 0.12)),
  }));
  const shareSum = profiles.reduce((a, p) => a + p.share, 0);
  // The maison's .com: sessions enough for this quarter's online revenue (drill 1's this quarter),
  // at this traffic mix's revenue per session, to the hundred.
  const revenuePerSession = profiles.reduce(
    (sum, p) => sum + (p.share / shareSum) * p.cvr * p.aov,
    0
  );
  const quarterOnline = maisonProfile(seed).quarters.at(-1)?.online ?? 0;
  const weeklySessions = Math.round(quarterOnline / DRILL2_WEEKS / revenuePerSession / 100) * 100;
  const weekIndex = WEEK_INDEX.map((x) => vary(shape, x, 0.03));

  const noise = random.fork("traffic");
  const traffic: Drill2TrafficRow[] = [];
  for (let w = 0; w < DRILL2_WEEKS; w += 1) {
    for (const p of profiles) {
      const sessions = Math.round(
        ((weeklySessions * (weekIndex[w] as number) * p.share) / shareSum) * noise.float(0.95, 1.05)
      );
      const orders = Math.round(sessions * p.cvr * noise.float(0.93, 1.07));
      const revenue = Math.round(orders * p.aov * noise.float(0.97, 1.03));
      traffic.push({
        week: w + 1,
        source: p.label,
        kind: p.kind,
        discountDriven: p.kind === "core" ? 0 : 1,
        sessions,
        orders,
        revenue,
        discountCost: Math.round((revenue * p.discountRate) / (1 - p.discountRate)),
      });
    }
  }

  const totalSessions = traffic.reduce((a, t) => a + t.sessions, 0);
  const moduleRandom = random.fork("modules");
  const homeSessions = totalSessions * 0.45;
  const modules = MODULES.map((m, i) => {
    const impressions = Math.round(homeSessions * m.visibility);
    const clicks = Math.round(impressions * vary(moduleRandom, m.ctr, 0.1));
    const orders = Math.round(clicks * vary(moduleRandom, m.cvr, 0.1));
    return {
      module: m.module,
      position: i + 1,
      impressions,
      clicks,
      orders,
      revenue: Math.round(orders * vary(moduleRandom, m.aov, 0.08)),
      entryShare: Math.round(vary(moduleRandom, m.entry, 0.08) * 100) / 100,
    };
  });

  const navRandom = random.fork("nav");
  const navSessions = totalSessions * 0.6;
  const nav = NAV.map((n, i) => {
    const sessions = Math.round(navSessions * vary(navRandom, n.share, 0.1));
    const orders = Math.round(sessions * vary(navRandom, n.cvr, 0.1));
    return {
      position: i + 1,
      category: n.category,
      tier: n.tier,
      sessions,
      orders,
      revenue: Math.round(orders * vary(navRandom, n.aov, 0.08)),
    };
  });

  return {
    seed,
    sources: SOURCES.map(({ label, kind, discountRate }) => ({ label, kind, discountRate })),
    traffic,
    modules,
    nav,
    capabilities: [
      { capability: "Save-the-cart / send-a-look", status: "Not in production" },
      { capability: "Digital salon booking (by appointment)", status: "Not offered" },
      { capability: "SA view of clients' online orders", status: "DOS only" },
      { capability: "Abandoned-cart e-mail", status: "Live, 10% off" },
      { capability: "Influencer codes", status: "Live, 15% off" },
      { capability: "Paid-social retargeting", status: "Live, always on" },
    ],
    guardrails: { ...DRILL2_GUARDRAIL_DEFAULTS },
  };
}
