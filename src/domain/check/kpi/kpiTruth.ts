import type { Decimal } from "../../decimal";
import type { KpiTotals } from "../../drills/kpi/kpiDefinitions";
import { averageFulfilmentTime } from "../../kpi/averageFulfilmentTime";
import { averageOrderValue } from "../../kpi/averageOrderValue";
import { averageSessionDuration } from "../../kpi/averageSessionDuration";
import { bounceRate } from "../../kpi/bounceRate";
import { cartAbandonmentRate } from "../../kpi/cartAbandonmentRate";
import { conversionRate } from "../../kpi/conversionRate";
import { customerLifetimeValue } from "../../kpi/customerLifetimeValue";
import { customerSatisfaction } from "../../kpi/customerSatisfaction";
import { emailClickThroughRate } from "../../kpi/emailClickThroughRate";
import { emailOpenRate } from "../../kpi/emailOpenRate";
import { engagementRate } from "../../kpi/engagementRate";
import { inventoryTurnover } from "../../kpi/inventoryTurnover";
import { ratioOf } from "../../kpi/ratioOf";
import { retentionRate } from "../../kpi/retentionRate";
import { returnOnAdSpend } from "../../kpi/returnOnAdSpend";

/**
 * How the check computes one KPI from period totals, and what a "weekly" slip looks like for it:
 * `ratio` KPIs are often averaged week by week (not the period's rate), `sum` KPIs given as a weekly
 * average; `none` when a week on its own means nothing (lifetime value, retention).
 */
export type KpiTruth = {
  compute: (t: KpiTotals) => Decimal;
  weekly: "ratio" | "sum" | "none";
};

/**
 * The truth of each KPI of the specialist drill, by the name of the candidate's cell, computed with
 * the project's KPI functions (src/domain/kpi, the same ones the `LUX` functions wrap). A KPI the
 * drill adds later without an entry here falls back on its definition's own truth.
 *
 * @example
 * KPI_TRUTH.KPI_ConversionRate?.compute(totals).toNumber() //=> 0.0081…
 */
export const KPI_TRUTH: Readonly<Record<string, KpiTruth>> = {
  KPI_ConversionRate: { compute: (t) => conversionRate(t.orders, t.sessions), weekly: "ratio" },
  KPI_AOV: { compute: (t) => averageOrderValue(t.revenue, t.orders), weekly: "ratio" },
  KPI_CLV: {
    compute: (t) =>
      customerLifetimeValue(
        averageOrderValue(t.revenue, t.orders),
        t.orders.div(t.facts.uniqueCustomers).times(52).div(t.facts.weeks),
        t.facts.lifespanYears,
        t.facts.grossMargin
      ),
    weekly: "none",
  },
  KPI_CartAbandonment: {
    compute: (t) => cartAbandonmentRate(t.cartsCreated, t.orders),
    weekly: "ratio",
  },
  KPI_Traffic: { compute: (t) => t.sessions, weekly: "sum" },
  KPI_BounceRate: { compute: (t) => bounceRate(t.bouncedSessions, t.sessions), weekly: "ratio" },
  KPI_AvgSessionDuration: {
    compute: (t) => averageSessionDuration(t.sessionSeconds, t.sessions),
    weekly: "ratio",
  },
  KPI_ROAS: { compute: (t) => returnOnAdSpend(t.adRevenue, t.adSpend), weekly: "ratio" },
  KPI_EmailOpenRate: {
    compute: (t) => emailOpenRate(t.emailsOpened, t.emailsDelivered),
    weekly: "ratio",
  },
  KPI_EmailCTR: {
    compute: (t) => emailClickThroughRate(t.emailsClicked, t.emailsDelivered),
    weekly: "ratio",
  },
  KPI_CSAT: {
    compute: (t) => customerSatisfaction(t.csatSatisfied, t.csatResponses),
    weekly: "ratio",
  },
  KPI_ReviewsCount: { compute: (t) => t.reviews, weekly: "sum" },
  KPI_ReviewsRating: {
    compute: (t) =>
      ratioOf(t.reviewStars, t.reviews, {
        numerator: "review_stars",
        denominator: "reviews",
        kind: "free",
      }),
    weekly: "ratio",
  },
  KPI_SocialEngagement: {
    compute: (t) => engagementRate(t.socialEngagements, t.socialImpressions),
    weekly: "ratio",
  },
  KPI_InventoryTurnover: {
    compute: (t) => inventoryTurnover(t.cogs, t.averageInventory),
    weekly: "ratio",
  },
  KPI_FulfilmentTime: {
    compute: (t) => averageFulfilmentTime(t.fulfilmentHours, t.ordersFulfilled),
    weekly: "ratio",
  },
  KPI_RetentionRate: {
    compute: (t) => retentionRate(t.facts.customersAtEnd, t.newCustomers, t.facts.customersAtStart),
    weekly: "none",
  },
};
