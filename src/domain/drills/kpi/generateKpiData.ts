import { createRandom, type Random } from "../../random/createRandom";

/** Bumped whenever the same seed would give different rows. */
export const KPI_GENERATOR_VERSION = "kpi-1.0.0";

/** One week of the maison's .com, as an analytics and operations export would give it. */
export type KpiWeek = {
  week: number;
  /** Excel date serial of the Monday the week starts. */
  weekStart: number;
  sessions: number;
  users: number;
  bouncedSessions: number;
  sessionSeconds: number;
  cartsCreated: number;
  orders: number;
  /** USD, to the cent. */
  revenue: number;
  newCustomers: number;
  returningCustomers: number;
  adSpend: number;
  adRevenue: number;
  emailsSent: number;
  emailsDelivered: number;
  emailsOpened: number;
  emailsClicked: number;
  csatResponses: number;
  csatSatisfied: number;
  reviews: number;
  reviewStars: number;
  socialImpressions: number;
  socialEngagements: number;
  cogs: number;
  inventoryAtCost: number;
  ordersFulfilled: number;
  fulfilmentHours: number;
};

/** Facts about the whole period that are not weekly. */
export type KpiFacts = {
  weeks: number;
  customersAtStart: number;
  customersAtEnd: number;
  uniqueCustomers: number;
  /** Share, e.g. 0.65. */
  grossMargin: number;
  lifespanYears: number;
};

export type KpiData = { seed: number; weeks: KpiWeek[]; facts: KpiFacts };

export const KPI_WEEKS = 26;

/**
 * Generates the specialist KPI drill's weekly e-commerce export for a seed: 26 weeks of traffic,
 * carts, orders, marketing, service, social, inventory and fulfilment figures, plus period facts
 * (customer counts, gross margin, expected lifespan). Every figure is a whole count or money to the
 * cent, so the KPIs recompute exactly from the rows.
 *
 * @example
 * const data = generateKpiData(0);
 * data.weeks.length //=> 26
 */
export function generateKpiData(seed: number): KpiData {
  const random = createRandom(seed).fork("kpi");
  const level = {
    sessions: random.int(160_000, 240_000),
    usersPerSession: random.float(0.7, 0.78),
    bounce: random.float(0.36, 0.46),
    seconds: random.int(150, 210),
    cartRate: random.float(0.03, 0.045),
    abandonment: random.float(0.72, 0.8),
    aov: random.int(950, 1350),
    newShare: random.float(0.35, 0.45),
    returningShare: random.float(0.3, 0.4),
    adSpend: random.int(40_000, 70_000),
    roas: random.float(5, 9),
    emails: random.int(120_000, 200_000),
    openRate: random.float(0.35, 0.48),
    clickRate: random.float(0.02, 0.045),
    csat: random.float(0.82, 0.92),
    stars: random.float(4.3, 4.7),
    engagement: random.float(0.02, 0.045),
    margin: random.int(60, 70) / 100,
    inventoryWeeks: random.float(8, 12),
    hours: random.float(22, 40),
  };
  // Monday 5 January 2026 as an Excel date serial.
  const firstMonday = (Date.UTC(2026, 0, 5) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const weeks: KpiWeek[] = [];
  for (let w = 1; w <= KPI_WEEKS; w += 1) {
    // A gentle spring lift and week-to-week noise.
    const season = 1 + 0.12 * Math.sin((w / KPI_WEEKS) * Math.PI) + random.float(-0.06, 0.06);
    const sessions = Math.round(level.sessions * season);
    const carts = Math.round(sessions * level.cartRate * jitter(random, 0.05));
    const orders = Math.round(carts * (1 - level.abandonment * jitter(random, 0.03)));
    const revenue = cents(orders * level.aov * jitter(random, 0.05));
    const adSpend = cents(level.adSpend * jitter(random, 0.1));
    const sent = Math.round(level.emails * jitter(random, 0.08));
    const delivered = Math.round(sent * random.float(0.97, 0.99));
    const responses = random.int(300, 600);
    const reviews = random.int(80, 200);
    const impressions = random.int(1_500_000, 3_000_000);
    const cogs = cents(revenue * (1 - level.margin) * jitter(random, 0.02));
    // Some orders are collected in a boutique or cancelled before they ship.
    const fulfilled = orders - Math.round(orders * random.float(0.03, 0.06));
    weeks.push({
      week: w,
      weekStart: firstMonday + 7 * (w - 1),
      sessions,
      users: Math.round(sessions * level.usersPerSession * jitter(random, 0.02)),
      bouncedSessions: Math.round(sessions * level.bounce * jitter(random, 0.04)),
      sessionSeconds: Math.round(sessions * level.seconds * jitter(random, 0.05)),
      cartsCreated: carts,
      orders,
      revenue,
      newCustomers: Math.round(orders * level.newShare * jitter(random, 0.08)),
      returningCustomers: Math.round(orders * level.returningShare * jitter(random, 0.08)),
      adSpend,
      adRevenue: cents(adSpend * level.roas * jitter(random, 0.1)),
      emailsSent: sent,
      emailsDelivered: delivered,
      emailsOpened: Math.round(delivered * level.openRate * jitter(random, 0.05)),
      emailsClicked: Math.round(delivered * level.clickRate * jitter(random, 0.1)),
      csatResponses: responses,
      csatSatisfied: Math.round(responses * Math.min(0.99, level.csat * jitter(random, 0.03))),
      reviews,
      reviewStars: Math.round(reviews * Math.min(5, level.stars * jitter(random, 0.02))),
      socialImpressions: impressions,
      socialEngagements: Math.round(impressions * level.engagement * jitter(random, 0.1)),
      cogs,
      // Stock at cost covers a number of weeks of cost of goods.
      inventoryAtCost: cents(
        revenue * (1 - level.margin) * level.inventoryWeeks * jitter(random, 0.05)
      ),
      ordersFulfilled: fulfilled,
      fulfilmentHours: Math.round(fulfilled * level.hours * jitter(random, 0.08)),
    });
  }
  const newTotal = weeks.reduce((sum, w) => sum + w.newCustomers, 0);
  const returningTotal = weeks.reduce((sum, w) => sum + w.returningCustomers, 0);
  const customersAtStart = random.int(28_000, 45_000);
  const retained = Math.round(customersAtStart * random.float(0.62, 0.8));
  return {
    seed,
    weeks,
    facts: {
      weeks: KPI_WEEKS,
      customersAtStart,
      customersAtEnd: retained + newTotal,
      uniqueCustomers: newTotal + Math.round(returningTotal * random.float(0.55, 0.75)),
      grossMargin: level.margin,
      lifespanYears: random.int(3, 6),
    },
  };
}

function jitter(random: Random, spread: number): number {
  return 1 + random.float(-spread, spread);
}

/** Rounds dollars to whole cents through integer cents, so a value never carries float dust. */
function cents(dollars: number): number {
  return Math.round(dollars * 100) / 100;
}
