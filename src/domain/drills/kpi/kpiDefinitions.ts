import { Decimal } from "../../decimal";
import { FORMATS } from "../../plan/workbookPlan";
import type { KpiFacts, KpiWeek } from "./generateKpiData";

/** The numeric weekly fields (everything but the week number and its date). */
export type KpiWeekField = Exclude<keyof KpiWeek, "week" | "weekStart">;

/** Every weekly figure a KPI can total, in the order of the weekly table. */
export const KPI_WEEK_FIELDS: readonly KpiWeekField[] = [
  "sessions",
  "users",
  "bouncedSessions",
  "sessionSeconds",
  "cartsCreated",
  "orders",
  "revenue",
  "newCustomers",
  "returningCustomers",
  "adSpend",
  "adRevenue",
  "emailsSent",
  "emailsDelivered",
  "emailsOpened",
  "emailsClicked",
  "csatResponses",
  "csatSatisfied",
  "reviews",
  "reviewStars",
  "socialImpressions",
  "socialEngagements",
  "cogs",
  "inventoryAtCost",
  "ordersFulfilled",
  "fulfilmentHours",
];

/** The weekly table's columns in sheet order, with readable headers and formats. */
export const KPI_COLUMNS: readonly { key: keyof KpiWeek; header: string; format: string }[] = [
  { key: "week", header: "Week", format: "0" },
  { key: "weekStart", header: "Week starting", format: FORMATS.date },
  { key: "sessions", header: "Sessions", format: FORMATS.int },
  { key: "users", header: "Users", format: FORMATS.int },
  { key: "bouncedSessions", header: "Bounced sessions", format: FORMATS.int },
  { key: "sessionSeconds", header: "Session time (seconds)", format: FORMATS.int },
  { key: "cartsCreated", header: "Carts created", format: FORMATS.int },
  { key: "orders", header: "Orders", format: FORMATS.int },
  { key: "revenue", header: "Revenue (USD)", format: FORMATS.usdCents },
  { key: "newCustomers", header: "New customers", format: FORMATS.int },
  { key: "returningCustomers", header: "Returning customers", format: FORMATS.int },
  { key: "adSpend", header: "Ad spend (USD)", format: FORMATS.usdCents },
  { key: "adRevenue", header: "Ad-attributed revenue (USD)", format: FORMATS.usdCents },
  { key: "emailsSent", header: "E-mails sent", format: FORMATS.int },
  { key: "emailsDelivered", header: "E-mails delivered", format: FORMATS.int },
  { key: "emailsOpened", header: "E-mails opened (unique)", format: FORMATS.int },
  { key: "emailsClicked", header: "E-mails clicked (unique)", format: FORMATS.int },
  { key: "csatResponses", header: "CSAT responses", format: FORMATS.int },
  { key: "csatSatisfied", header: "Satisfied (4 or 5 of 5)", format: FORMATS.int },
  { key: "reviews", header: "Product reviews", format: FORMATS.int },
  { key: "reviewStars", header: "Review stars (sum)", format: FORMATS.int },
  { key: "socialImpressions", header: "Social impressions", format: FORMATS.int },
  { key: "socialEngagements", header: "Social engagements", format: FORMATS.int },
  { key: "cogs", header: "Cost of goods sold (USD)", format: FORMATS.usdCents },
  { key: "inventoryAtCost", header: "Inventory at cost, week end (USD)", format: FORMATS.usdCents },
  { key: "ordersFulfilled", header: "Orders shipped", format: FORMATS.int },
  { key: "fulfilmentHours", header: "Order-to-ship hours (sum)", format: FORMATS.int },
];

/** The period facts in sheet order. */
export const KPI_FACTS: readonly {
  key: keyof KpiFacts;
  name: string;
  label: string;
  format: string;
  note: string;
}[] = [
  {
    key: "weeks",
    name: "KPI_Weeks",
    label: "Weeks in the period",
    format: "0",
    note: "weeks 1 to 26",
  },
  {
    key: "customersAtStart",
    name: "KPI_CustomersStart",
    label: "Active customers at the start",
    format: FORMATS.int,
    note: "bought in the 12 months before week 1",
  },
  {
    key: "customersAtEnd",
    name: "KPI_CustomersEnd",
    label: "Active customers at the end",
    format: FORMATS.int,
    note: "bought in the 12 months up to week 26",
  },
  {
    key: "uniqueCustomers",
    name: "KPI_UniqueCustomers",
    label: "Customers who ordered in the period",
    format: FORMATS.int,
    note: "each counted once",
  },
  {
    key: "grossMargin",
    name: "KPI_GrossMargin",
    label: "Gross margin",
    format: FORMATS.pct1,
    note: "share of revenue kept after cost of goods",
  },
  {
    key: "lifespanYears",
    name: "KPI_LifespanYears",
    label: "Expected years as a customer",
    format: "0",
    note: "finance's planning figure",
  },
];

/** Period totals the KPIs are computed from, as decimals. */
export type KpiTotals = Record<KpiWeekField, Decimal> & {
  averageInventory: Decimal;
  facts: Record<keyof KpiFacts, Decimal>;
};

/** How the answer key's native formula reaches the data: a column's range or a fact's cell. */
export type KpiRefs = {
  column: (key: KpiWeekField) => string;
  fact: (key: keyof KpiFacts) => string;
};

export type KpiDefinition = {
  /** Workbook name of the candidate's cell. */
  name: string;
  label: string;
  /** What it measures and how, in our words. */
  definition: string;
  format: string;
  /** Absolute tolerance in the cell's own unit. */
  tolerance: number;
  toleranceText: string;
  truth: (t: KpiTotals) => Decimal;
  /** Common slips: a value a candidate often gets instead, and what it means. */
  slips: { label: string; value: (t: KpiTotals) => Decimal }[];
  /** The answer key's native formula. */
  formula: (r: KpiRefs) => string;
};

const RATE = { tolerance: 0.0005, toleranceText: "±0.05 pt" };
const sum = (r: KpiRefs, key: KpiWeekField): string => `SUM(${r.column(key)})`;

/**
 * The seed-002 KPIs the candidate computes over the whole 26-week period, with definitions, the
 * tolerance the check allows, the usual slips and the answer key's formula.
 *
 * @example
 * KPI_DEFINITIONS.map((d) => d.name).includes("KPI_ConversionRate") //=> true
 */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    name: "KPI_ConversionRate",
    label: "Conversion rate",
    definition: "Orders as a share of sessions: how many visits end in a purchase.",
    format: FORMATS.pct2,
    ...RATE,
    truth: (t) => t.orders.div(t.sessions),
    slips: [
      {
        label: "users instead of sessions as the denominator",
        value: (t) => t.orders.div(t.users),
      },
    ],
    formula: (r) => `=${sum(r, "orders")}/${sum(r, "sessions")}`,
  },
  {
    name: "KPI_AOV",
    label: "Average order value (USD)",
    definition: "Revenue divided by orders over the period (not the average of weekly AOVs).",
    format: FORMATS.usdCents,
    tolerance: 0.5,
    toleranceText: "±$0.50",
    truth: (t) => t.revenue.div(t.orders),
    slips: [
      {
        label: "revenue per customer instead of per order",
        value: (t) => t.revenue.div(t.facts.uniqueCustomers),
      },
    ],
    formula: (r) => `=${sum(r, "revenue")}/${sum(r, "orders")}`,
  },
  {
    name: "KPI_CLV",
    label: "Customer lifetime value (USD)",
    definition:
      "Gross profit a customer brings over their life with us: AOV × orders per customer per year " +
      "(the period's orders per customer, scaled to 52 weeks) × gross margin × expected years.",
    format: FORMATS.usdCents,
    tolerance: 5,
    toleranceText: "±$5",
    truth: (t) =>
      t.revenue
        .div(t.facts.uniqueCustomers)
        .times(52)
        .div(t.facts.weeks)
        .times(t.facts.grossMargin)
        .times(t.facts.lifespanYears),
    slips: [
      {
        label: "revenue instead of gross profit (margin left out)",
        value: (t) =>
          t.revenue
            .div(t.facts.uniqueCustomers)
            .times(52)
            .div(t.facts.weeks)
            .times(t.facts.lifespanYears),
      },
      {
        label: "26-week revenue not scaled to a year",
        value: (t) =>
          t.revenue
            .div(t.facts.uniqueCustomers)
            .times(t.facts.grossMargin)
            .times(t.facts.lifespanYears),
      },
    ],
    formula: (r) =>
      `=${sum(r, "revenue")}/${r.fact("uniqueCustomers")}*52/${r.fact("weeks")}` +
      `*${r.fact("grossMargin")}*${r.fact("lifespanYears")}`,
  },
  {
    name: "KPI_CartAbandonment",
    label: "Cart abandonment rate",
    definition: "Share of carts created that never become an order: 1 − orders / carts.",
    format: FORMATS.pct2,
    ...RATE,
    truth: (t) => new Decimal(1).minus(t.orders.div(t.cartsCreated)),
    slips: [
      {
        label: "orders / carts (the completion rate, not abandonment)",
        value: (t) => t.orders.div(t.cartsCreated),
      },
    ],
    formula: (r) => `=1-${sum(r, "orders")}/${sum(r, "cartsCreated")}`,
  },
  {
    name: "KPI_Traffic",
    label: "Website traffic (sessions)",
    definition: "Total visits to the site over the period, counted as sessions.",
    format: FORMATS.int,
    tolerance: 0.5,
    toleranceText: "exact",
    truth: (t) => t.sessions,
    slips: [{ label: "users summed week by week instead of sessions", value: (t) => t.users }],
    formula: (r) => `=${sum(r, "sessions")}`,
  },
  {
    name: "KPI_BounceRate",
    label: "Bounce rate",
    definition: "Share of sessions that saw a single page and left.",
    format: FORMATS.pct2,
    ...RATE,
    truth: (t) => t.bouncedSessions.div(t.sessions),
    slips: [
      {
        label: "users instead of sessions as the denominator",
        value: (t) => t.bouncedSessions.div(t.users),
      },
    ],
    formula: (r) => `=${sum(r, "bouncedSessions")}/${sum(r, "sessions")}`,
  },
  {
    name: "KPI_AvgSessionDuration",
    label: "Average session duration (seconds)",
    definition: "Total session time divided by sessions.",
    format: FORMATS.decimal2,
    tolerance: 0.5,
    toleranceText: "±0.5 s",
    truth: (t) => t.sessionSeconds.div(t.sessions),
    slips: [
      { label: "per user instead of per session", value: (t) => t.sessionSeconds.div(t.users) },
    ],
    formula: (r) => `=${sum(r, "sessionSeconds")}/${sum(r, "sessions")}`,
  },
  {
    name: "KPI_ROAS",
    label: "Return on ad spend",
    definition: "Revenue credited to advertising per dollar of ad spend (a ratio, e.g. 6.5).",
    format: FORMATS.decimal2,
    tolerance: 0.01,
    toleranceText: "±0.01",
    truth: (t) => t.adRevenue.div(t.adSpend),
    slips: [
      {
        label: "all revenue instead of ad-attributed revenue",
        value: (t) => t.revenue.div(t.adSpend),
      },
    ],
    formula: (r) => `=${sum(r, "adRevenue")}/${sum(r, "adSpend")}`,
  },
  {
    name: "KPI_EmailOpenRate",
    label: "E-mail open rate",
    definition: "Unique opens as a share of e-mails delivered (bounced e-mails cannot be opened).",
    format: FORMATS.pct2,
    ...RATE,
    truth: (t) => t.emailsOpened.div(t.emailsDelivered),
    slips: [
      {
        label: "e-mails sent instead of delivered as the denominator",
        value: (t) => t.emailsOpened.div(t.emailsSent),
      },
    ],
    formula: (r) => `=${sum(r, "emailsOpened")}/${sum(r, "emailsDelivered")}`,
  },
  {
    name: "KPI_EmailCTR",
    label: "E-mail click-through rate",
    definition: "Unique clicks as a share of e-mails delivered.",
    format: FORMATS.pct2,
    ...RATE,
    truth: (t) => t.emailsClicked.div(t.emailsDelivered),
    slips: [
      {
        label: "clicks / opens (click-to-open rate)",
        value: (t) => t.emailsClicked.div(t.emailsOpened),
      },
      {
        label: "e-mails sent instead of delivered as the denominator",
        value: (t) => t.emailsClicked.div(t.emailsSent),
      },
    ],
    formula: (r) => `=${sum(r, "emailsClicked")}/${sum(r, "emailsDelivered")}`,
  },
  {
    name: "KPI_CSAT",
    label: "Customer satisfaction (CSAT)",
    definition: "Share of survey responses that rate the experience 4 or 5 out of 5.",
    format: FORMATS.pct2,
    ...RATE,
    truth: (t) => t.csatSatisfied.div(t.csatResponses),
    slips: [],
    formula: (r) => `=${sum(r, "csatSatisfied")}/${sum(r, "csatResponses")}`,
  },
  {
    name: "KPI_ReviewsCount",
    label: "Product reviews (count)",
    definition: "Number of product reviews posted over the period.",
    format: FORMATS.int,
    tolerance: 0.5,
    toleranceText: "exact",
    truth: (t) => t.reviews,
    slips: [],
    formula: (r) => `=${sum(r, "reviews")}`,
  },
  {
    name: "KPI_ReviewsRating",
    label: "Product reviews (average rating)",
    definition:
      "Average stars per review: total stars divided by reviews (not the average of weekly averages).",
    format: FORMATS.decimal2,
    tolerance: 0.01,
    toleranceText: "±0.01 star",
    truth: (t) => t.reviewStars.div(t.reviews),
    slips: [],
    formula: (r) => `=${sum(r, "reviewStars")}/${sum(r, "reviews")}`,
  },
  {
    name: "KPI_SocialEngagement",
    label: "Social media engagement rate",
    definition: "Engagements (likes, comments, shares, saves) as a share of impressions.",
    format: FORMATS.pct2,
    ...RATE,
    truth: (t) => t.socialEngagements.div(t.socialImpressions),
    slips: [],
    formula: (r) => `=${sum(r, "socialEngagements")}/${sum(r, "socialImpressions")}`,
  },
  {
    name: "KPI_InventoryTurnover",
    label: "Inventory turnover (times in the period)",
    definition: "Cost of goods sold over the period divided by the average inventory at cost.",
    format: FORMATS.decimal2,
    tolerance: 0.01,
    toleranceText: "±0.01",
    truth: (t) => t.cogs.div(t.averageInventory),
    slips: [
      {
        label: "revenue instead of cost of goods sold",
        value: (t) => t.revenue.div(t.averageInventory),
      },
    ],
    formula: (r) => `=${sum(r, "cogs")}/AVERAGE(${r.column("inventoryAtCost")})`,
  },
  {
    name: "KPI_FulfilmentTime",
    label: "Order fulfilment time (hours)",
    definition:
      "Average hours from order to shipment: total order-to-ship hours divided by orders shipped.",
    format: FORMATS.decimal2,
    tolerance: 0.1,
    toleranceText: "±0.1 h",
    truth: (t) => t.fulfilmentHours.div(t.ordersFulfilled),
    slips: [
      {
        label: "orders placed instead of orders shipped",
        value: (t) => t.fulfilmentHours.div(t.orders),
      },
    ],
    formula: (r) => `=${sum(r, "fulfilmentHours")}/${sum(r, "ordersFulfilled")}`,
  },
  {
    name: "KPI_RetentionRate",
    label: "Customer retention rate",
    definition:
      "Share of the customers we had at the start who are still active at the end: (customers at the " +
      "end − new customers won in the period) / customers at the start.",
    format: FORMATS.pct2,
    ...RATE,
    truth: (t) => t.facts.customersAtEnd.minus(t.newCustomers).div(t.facts.customersAtStart),
    slips: [
      {
        label: "new customers not taken out",
        value: (t) => t.facts.customersAtEnd.div(t.facts.customersAtStart),
      },
    ],
    formula: (r) =>
      `=(${r.fact("customersAtEnd")}-${sum(r, "newCustomers")})/${r.fact("customersAtStart")}`,
  },
];
