import { averageFulfilmentTime } from "../../../src/domain/kpi/averageFulfilmentTime";
import { averageOrderValue } from "../../../src/domain/kpi/averageOrderValue";
import { averageSessionDuration } from "../../../src/domain/kpi/averageSessionDuration";
import { bounceRate } from "../../../src/domain/kpi/bounceRate";
import { cartAbandonmentRate } from "../../../src/domain/kpi/cartAbandonmentRate";
import { conversionRate } from "../../../src/domain/kpi/conversionRate";
import { customerLifetimeValue } from "../../../src/domain/kpi/customerLifetimeValue";
import { customerSatisfaction } from "../../../src/domain/kpi/customerSatisfaction";
import { emailClickThroughRate } from "../../../src/domain/kpi/emailClickThroughRate";
import { emailOpenRate } from "../../../src/domain/kpi/emailOpenRate";
import { engagementRate } from "../../../src/domain/kpi/engagementRate";
import { inventoryTurnover } from "../../../src/domain/kpi/inventoryTurnover";
import { retentionRate } from "../../../src/domain/kpi/retentionRate";
import { returnOnAdSpend } from "../../../src/domain/kpi/returnOnAdSpend";
import { sellThrough } from "../../../src/domain/kpi/sellThrough";
import type { Decimal } from "../../../src/domain/decimal";
import { DomainError } from "../../../src/domain/errors/DomainError";

type Known = [string, () => Decimal, number];

const known: Known[] = [
  ["conversion rate 36/1200", () => conversionRate(36, 1200), 0.03],
  ["AOV 125000/50", () => averageOrderValue(125000, 50), 2500],
  ["cart abandonment 1 − 150/500", () => cartAbandonmentRate(500, 150), 0.7],
  ["bounce rate 420/1200", () => bounceRate(420, 1200), 0.35],
  ["session duration 360000 s / 1200", () => averageSessionDuration(360000, 1200), 300],
  ["ROAS 48000/12000", () => returnOnAdSpend(48000, 12000), 4],
  ["CLV 2500 × 3 × 6 × 0.7", () => customerLifetimeValue(2500, 3, 6, 0.7), 31500],
  ["CLV without margin is lifetime revenue", () => customerLifetimeValue(2500, 3, 6), 45000],
  ["retention (1100 − 200)/1000", () => retentionRate(1100, 200, 1000), 0.9],
  ["open rate 1800/4000", () => emailOpenRate(1800, 4000), 0.45],
  ["click-through 240/4000", () => emailClickThroughRate(240, 4000), 0.06],
  ["CSAT 172/200", () => customerSatisfaction(172, 200), 0.86],
  ["inventory turnover 900000/300000", () => inventoryTurnover(900000, 300000), 3],
  ["sell-through 65/100", () => sellThrough(65, 100), 0.65],
  ["fulfilment 1440 h / 60", () => averageFulfilmentTime(1440, 60), 24],
  ["engagement 540/12000", () => engagementRate(540, 12000), 0.045],
  ["decimal, not float: 0.3/0.1 is 3", () => averageOrderValue(0.3, 0.1), 3],
];

type Refused = [string, () => unknown, string, string];

const refused: Refused[] = [
  ["zero sessions", () => conversionRate(1, 0), "division-by-zero", "sessions"],
  ["conversions above sessions", () => conversionRate(20, 10), "exceeds-total", "conversions"],
  ["negative revenue", () => averageOrderValue(-5, 2), "negative", "revenue"],
  ["NaN orders", () => averageOrderValue(5, Number.NaN), "not-a-number", "orders"],
  ["text spend", () => returnOnAdSpend(5, "lots"), "not-a-number", "ad_spend"],
  ["purchases above carts", () => cartAbandonmentRate(10, 11), "exceeds-total", "purchases"],
  ["margin above 1", () => customerLifetimeValue(100, 1, 1, 70), "out-of-range", "gross_margin"],
  [
    "new customers above end count",
    () => retentionRate(100, 150, 100),
    "exceeds-total",
    "new_customers",
  ],
  [
    "retained above start count",
    () => retentionRate(300, 0, 100),
    "exceeds-total",
    "customers_end",
  ],
  [
    "no customers at the start",
    () => retentionRate(1, 0, 0),
    "division-by-zero",
    "customers_start",
  ],
  ["sold above received", () => sellThrough(11, 10), "sold-exceeds-received", "units_sold"],
  ["zero inventory", () => inventoryTurnover(5, 0), "division-by-zero", "average_inventory"],
];

describe("seed-002 KPIs", () => {
  it.each(known)("%s", (_name, compute, expected) => {
    expect(compute().toNumber()).toBe(expected);
  });

  it.each(refused)("refuses %s", (_name, compute, code, argument) => {
    let caught: unknown;
    try {
      compute();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(code);
    expect((caught as DomainError).argument).toBe(argument);
    expect((caught as DomainError).message.startsWith(argument)).toBe(true);
  });
});
