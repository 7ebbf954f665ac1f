import { drill2Levers, DRILL2_REPLACEMENTS } from "./drill2Levers";
import { forecastDrill2, type Drill2Choices, type Drill2Forecast } from "./forecastDrill2";
import { generateDrill2Data, type Drill2Data } from "./generateDrill2Data";

export type Drill2Reference = {
  data: Drill2Data;
  choices: Drill2Choices;
  forecast: Drill2Forecast;
};

const R = DRILL2_REPLACEMENTS.map((r) => r.label);

/**
 * The coach's reference 90-day plan for a seed: replace before you remove (each replacement goes
 * live the week before its lever is switched off, or the same week for the nav), take the discount
 * levers out first and the retargeting blast next, and launch save-the-cart and digital salons for
 * new full-price demand. Discount-driven revenue is gone by week 8, well before the deadline.
 *
 * @example
 * computeDrill2Reference(0).forecast.discountRevenue[12] //=> 0
 */
export function computeDrill2Reference(seed: number): Drill2Reference {
  const data = generateDrill2Data(seed);
  const { removals } = drill2Levers(data);
  const [cart, codes, retargeting, carousels, nav] = removals as [
    (typeof removals)[number],
    (typeof removals)[number],
    (typeof removals)[number],
    (typeof removals)[number],
    (typeof removals)[number],
  ];
  const siteSessions = data.traffic.reduce((a, t) => a + t.sessions, 0) / 13;
  const siteOrders = data.traffic.reduce((a, t) => a + t.orders, 0) / 13;
  const siteAOV = data.traffic.reduce((a, t) => a + t.revenue, 0) / 13 / siteOrders;
  const editorial = data.modules.find((m) => /editorial/i.test(m.module));
  const icons = data.nav.find((n) => n.tier === "Icons");
  const brand = data.traffic.filter((t) => t.source === "Brand search");
  const brandAOV =
    brand.reduce((a, t) => a + t.revenue, 0) /
    Math.max(
      1,
      brand.reduce((a, t) => a + t.orders, 0)
    );
  const aovOf = (revenue: number, orders: number) => (orders === 0 ? siteAOV : revenue / orders);

  const choices: Drill2Choices = {
    removals: [
      { week: 4, replacedBy: R[0] as string, recapture: 0.5 },
      { week: 8, replacedBy: R[5] as string, recapture: 0.35 },
      { week: 6, replacedBy: R[4] as string, recapture: 0.4 },
      { week: 9, replacedBy: R[2] as string, recapture: 0.8 },
      { week: 10, replacedBy: R[3] as string, recapture: 0.9 },
    ],
    replacements: [
      {
        week: 3,
        rampWeeks: 3,
        sessions: Math.round(cart.weeklySessions * 0.6),
        orders: Math.round(cart.weeklyOrders * 0.25),
        aov: Math.round(aovOf(cart.weeklyRevenue, cart.weeklyOrders) * 1.25),
      },
      {
        week: 5,
        rampWeeks: 4,
        sessions: Math.round(siteSessions * 0.004),
        orders: Math.round(siteSessions * 0.004 * 0.08),
        aov: Math.round(siteAOV * 1.6),
      },
      {
        week: 8,
        rampWeeks: 3,
        sessions: 0,
        orders: Math.round(carousels.weeklyOrders * 0.1),
        aov: Math.round(editorial ? editorial.revenue / Math.max(1, editorial.orders) : siteAOV),
      },
      {
        week: 10,
        rampWeeks: 2,
        sessions: 0,
        orders: Math.round(nav.weeklyOrders * 0.03),
        aov: Math.round(icons ? icons.revenue / Math.max(1, icons.orders) : siteAOV),
      },
      {
        week: 5,
        rampWeeks: 3,
        sessions: Math.round(retargeting.weeklySessions * 0.35),
        orders: Math.round(retargeting.weeklyOrders * 0.2),
        aov: Math.round(brandAOV),
      },
      {
        week: 7,
        rampWeeks: 3,
        sessions: Math.round(codes.weeklySessions * 0.4),
        orders: Math.round(codes.weeklyOrders * 0.2),
        aov: Math.round(siteAOV * 1.1),
      },
      {
        week: 9,
        rampWeeks: 4,
        sessions: Math.round(siteSessions * 0.0005),
        orders: Math.round(siteSessions * 0.0005 * 0.25),
        aov: Math.round(siteAOV * 2.5),
      },
    ],
  };
  return { data, choices, forecast: forecastDrill2(data, choices) };
}
