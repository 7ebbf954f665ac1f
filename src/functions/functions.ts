/* The LUX custom functions. custom-functions-metadata-plugin reads the JSDoc below to write
 * functions.json (what Excel's autocomplete shows) and appends a CustomFunctions.associate call for
 * every @customfunction to this module when webpack builds it. Each function is a thin wrapper: read
 * the cells (excelValues; a call's ranges are read together, so whole columns cost their filled rows
 * and a header row is skipped), call the domain, write numbers; runFunction turns refusals into
 * CustomFunctions.Error. Parameter names are the names Excel shows, hence snake_case. */
import { aovBridge } from "../domain/bridge/aovBridge";
import { parseBridgeMethod } from "../domain/bridge/bridgeMethod";
import { computeBridge, type BridgeResult } from "../domain/bridge/computeBridge";
import { mixAdjustedAov } from "../domain/bridge/mixAdjustedAov";
import { roundBridge } from "../domain/bridge/roundBridge";
import { sellThroughBridge } from "../domain/bridge/sellThroughBridge";
import { adoptionRamp } from "../domain/forecast/adoptionRamp";
import { parseRampShape } from "../domain/forecast/rampShape";
import { safeShare } from "../domain/forecast/safeShare";
import { seasonalSplit } from "../domain/forecast/seasonalSplit";
import { averageFulfilmentTime } from "../domain/kpi/averageFulfilmentTime";
import { averageOrderValue } from "../domain/kpi/averageOrderValue";
import { averageSessionDuration } from "../domain/kpi/averageSessionDuration";
import { bounceRate } from "../domain/kpi/bounceRate";
import { cartAbandonmentRate } from "../domain/kpi/cartAbandonmentRate";
import { conversionRate } from "../domain/kpi/conversionRate";
import { customerLifetimeValue } from "../domain/kpi/customerLifetimeValue";
import { customerSatisfaction } from "../domain/kpi/customerSatisfaction";
import { emailClickThroughRate } from "../domain/kpi/emailClickThroughRate";
import { emailOpenRate } from "../domain/kpi/emailOpenRate";
import { engagementRate } from "../domain/kpi/engagementRate";
import { inventoryTurnover } from "../domain/kpi/inventoryTurnover";
import { retentionRate } from "../domain/kpi/retentionRate";
import { returnOnAdSpend } from "../domain/kpi/returnOnAdSpend";
import { sellThrough } from "../domain/kpi/sellThrough";
import { bridgeTable, segmentTable } from "./bridgeTable";
import {
  readNumber,
  readNumbers,
  readOptionalNumber,
  readOptionalText,
  readRanges,
  readVector,
} from "./excelValues";
import { runFunction, toCellNumber } from "./runFunction";

type Associate = { associate(id: string, fn: (...args: never[]) => unknown): void };

/**
 * The runtime the metadata plugin's appended `CustomFunctions.associate(…)` calls resolve to: Excel's
 * when it is there; outside Excel (the task pane page opened in a plain browser, where this bundle is
 * also loaded) a no-op, so the page loads without a ReferenceError.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the appended associate calls
const CustomFunctions: Associate = (globalThis as { CustomFunctions?: Associate })
  .CustomFunctions ?? { associate: () => undefined };

/**
 * Bridges a weighted average from the base to the current period: Start, Mix, Rate (Interaction for three-way), End. Weights are normalised to shares; Start + effects = End exactly.
 * @customfunction MIXBRIDGE
 * @param base_weights Base-period weight per segment (counts or shares), one column or one row.
 * @param base_rates Base-period rate per segment (the value being averaged), same length.
 * @param current_weights Current-period weight per segment, same length.
 * @param current_rates Current-period rate per segment, same length.
 * @param [method] "midpoint" (default), "mix-first", "rate-first" or "three-way".
 * @param [decimals] Round to this many decimals; the rounded effects still add up to the rounded change.
 * @returns Labels and values: Start, Mix, Rate, (Interaction,) End.
 * @example =LUX.MIXBRIDGE(B2:B5, C2:C5, D2:D5, E2:E5, "midpoint", 2)
 */
export function mixBridge(
  base_weights: unknown[][],
  base_rates: unknown[][],
  current_weights: unknown[][],
  current_rates: unknown[][],
  method?: string,
  decimals?: unknown
): unknown[][] {
  return runFunction(() =>
    presentBridge(
      computeBridge({
        ...weightedAverageRanges(base_weights, base_rates, current_weights, current_rates),
        method: parseBridgeMethod(readOptionalText(method, "method")),
      }),
      decimals
    )
  );
}

/**
 * Bridges average order value (revenue / orders) from the base to the current period: Start AOV, Mix (order mix between segments), Rate (segment AOVs), End AOV.
 * @customfunction AOVBRIDGE
 * @param base_orders Base-period orders per segment (tier, channel, region), one column or one row.
 * @param base_revenue Base-period revenue per segment, same length.
 * @param current_orders Current-period orders per segment, same length.
 * @param current_revenue Current-period revenue per segment, same length.
 * @param [method] "midpoint" (default), "mix-first", "rate-first" or "three-way".
 * @param [decimals] Round to this many decimals; the rounded effects still add up to the rounded change.
 * @returns Labels and values: Start, Mix, Rate, (Interaction,) End.
 * @example =LUX.AOVBRIDGE(B2:B5, C2:C5, D2:D5, E2:E5)
 */
export function aovBridgeFunction(
  base_orders: unknown[][],
  base_revenue: unknown[][],
  current_orders: unknown[][],
  current_revenue: unknown[][],
  method?: string,
  decimals?: unknown
): unknown[][] {
  return runFunction(() => {
    const ranges = readRanges({ base_orders, base_revenue, current_orders, current_revenue });
    return presentBridge(
      aovBridge({
        baseOrders: ranges.base_orders,
        baseRevenue: ranges.base_revenue,
        currentOrders: ranges.current_orders,
        currentRevenue: ranges.current_revenue,
        method: parseBridgeMethod(readOptionalText(method, "method")),
      }),
      decimals
    );
  });
}

/**
 * Bridges full-price sell-through (units sold / units received) from the base to the current period: Start, Mix (received units moving between segments), Rate (segment sell-through), End.
 * @customfunction STBRIDGE
 * @param base_received Base-period units received per segment (category, collection), one column or one row.
 * @param base_sold Base-period units sold at full price per segment, same length, at most received.
 * @param current_received Current-period units received per segment, same length.
 * @param current_sold Current-period units sold at full price per segment, same length, at most received.
 * @param [method] "midpoint" (default), "mix-first", "rate-first" or "three-way".
 * @param [decimals] Round to this many decimals; the rounded effects still add up to the rounded change.
 * @returns Labels and values: Start, Mix, Rate, (Interaction,) End.
 * @example =LUX.STBRIDGE(B2:B7, C2:C7, D2:D7, E2:E7, "mix-first", 4)
 */
export function sellThroughBridgeFunction(
  base_received: unknown[][],
  base_sold: unknown[][],
  current_received: unknown[][],
  current_sold: unknown[][],
  method?: string,
  decimals?: unknown
): unknown[][] {
  return runFunction(() => {
    const ranges = readRanges({ base_received, base_sold, current_received, current_sold });
    return presentBridge(
      sellThroughBridge({
        baseReceived: ranges.base_received,
        baseSold: ranges.base_sold,
        currentReceived: ranges.current_received,
        currentSold: ranges.current_sold,
        method: parseBridgeMethod(readOptionalText(method, "method")),
      }),
      decimals
    );
  });
}

/**
 * Per-segment contributions to a bridge, one row per input segment: Mix (centred: positive means the segment pulled the average up), Rate (and Interaction for three-way). Columns add up to the MIXBRIDGE totals.
 * @customfunction BRIDGESEGMENTS
 * @param base_weights Base-period weight per segment (counts or shares), one column or one row.
 * @param base_rates Base-period rate per segment, same length.
 * @param current_weights Current-period weight per segment, same length.
 * @param current_rates Current-period rate per segment, same length.
 * @param [method] "midpoint" (default), "mix-first", "rate-first" or "three-way".
 * @returns One row per segment: Mix, Rate (, Interaction).
 * @example =LUX.BRIDGESEGMENTS(B2:B5, C2:C5, D2:D5, E2:E5, "three-way")
 */
export function bridgeSegments(
  base_weights: unknown[][],
  base_rates: unknown[][],
  current_weights: unknown[][],
  current_rates: unknown[][],
  method?: string
): unknown[][] {
  return runFunction(() =>
    segmentTable(
      computeBridge({
        ...weightedAverageRanges(base_weights, base_rates, current_weights, current_rates),
        method: parseBridgeMethod(readOptionalText(method, "method")),
      })
    )
  );
}

/**
 * Mix-adjusted AOV: the current tier AOVs weighted by the base order mix. Compare it with the base AOV to see the change with mix held still.
 * @customfunction MIXAOV
 * @param base_orders Base-period orders per tier, one column or one row.
 * @param current_orders Current-period orders per tier, same length.
 * @param current_revenue Current-period revenue per tier, same length.
 * @returns The current AOV at the base order mix.
 * @example =LUX.MIXAOV(B2:B5, D2:D5, E2:E5)
 */
export function mixAov(
  base_orders: unknown[][],
  current_orders: unknown[][],
  current_revenue: unknown[][]
): number {
  return runFunction(() => {
    const ranges = readRanges({ base_orders, current_orders, current_revenue });
    return toCellNumber(
      mixAdjustedAov({
        baseOrders: ranges.base_orders,
        currentOrders: ranges.current_orders,
        currentRevenue: ranges.current_revenue,
      })
    );
  });
}

/**
 * Adoption ramp: 0 before the start month, rising to the ceiling over ramp_months (the start month already reaches 1/ramp_months of it), then the ceiling.
 * @customfunction RAMP
 * @param months A month number, or a row (or column) of month numbers such as 1..12.
 * @param start_month The month the ramp starts (value 0 before it).
 * @param ramp_months Months from the start month to the ceiling (above 0).
 * @param ceiling The level reached at the end of the ramp, e.g. 0.6 for 60% of SAs active.
 * @param [shape] "linear" (default) or "s-curve" (slow start and finish).
 * @returns The ramp level for each month, in the same shape as months.
 * @example =LUX.RAMP(B1:M1, 3, 6, 0.6, "s-curve")
 */
export function ramp(
  months: unknown[][],
  start_month: unknown,
  ramp_months: unknown,
  ceiling: unknown,
  shape?: string
): unknown[][] {
  return runFunction(() => {
    const timeline = readVector(months, "months");
    const levels = adoptionRamp(timeline.values, {
      startMonth: readNumber(start_month, "start_month"),
      rampMonths: readNumber(ramp_months, "ramp_months"),
      ceiling: readNumber(ceiling, "ceiling"),
      shape: parseRampShape(readOptionalText(shape, "shape")),
    }).map((level) => toCellNumber(level));
    return timeline.shape === "row" ? [levels] : levels.map((level) => [level]);
  });
}

/**
 * Splits an annual figure into 12 months in proportion to a seasonality row; the months add up exactly to the annual figure.
 * @customfunction SEASONAL
 * @param annual_total The figure for the whole year (revenue, orders...).
 * @param seasonality 12 non-negative weights, one per month (indices, shares or last year's months), a row or a column.
 * @param [decimals] Round the months to this many decimals; they still add up to the rounded annual figure.
 * @returns One row of 12 monthly values.
 * @example =LUX.SEASONAL(1200000, B2:M2, 0)
 */
export function seasonal(
  annual_total: unknown,
  seasonality: unknown[][],
  decimals?: unknown
): unknown[][] {
  return runFunction(() => {
    const places = readOptionalNumber(decimals, "decimals");
    const months = seasonalSplit(
      readNumber(annual_total, "annual_total"),
      readNumbers(seasonality, "seasonality"),
      places
    );
    return [months.map((month) => toCellNumber(month))];
  });
}

/**
 * part / total, or 0 when the total is 0: a share that never breaks a forecast row with #DIV/0!.
 * @customfunction SAFESHARE
 * @param part The part, e.g. top-client digital revenue (not negative).
 * @param total The whole, e.g. top-client revenue (not negative; 0 gives 0).
 * @returns The share as a fraction (format as %).
 * @example =LUX.SAFESHARE(C14, C12)
 */
export function safeShareFunction(part: unknown, total: unknown): number {
  return runFunction(() =>
    toCellNumber(safeShare(readNumber(part, "part"), readNumber(total, "total")))
  );
}

/**
 * Conversion rate: converting sessions / sessions.
 * @customfunction CONVERSIONRATE
 * @param conversions Sessions that ended in a purchase (or orders, one per converting session).
 * @param sessions Sessions (visits) in the same period.
 * @returns The conversion rate as a fraction (format as %).
 * @example =LUX.CONVERSIONRATE(36, 1200)
 */
export function conversionRateFunction(conversions: unknown, sessions: unknown): number {
  return runFunction(() =>
    toCellNumber(
      conversionRate(readNumber(conversions, "conversions"), readNumber(sessions, "sessions"))
    )
  );
}

/**
 * Average order value: revenue / orders.
 * @customfunction AOV
 * @param revenue Revenue of the orders.
 * @param orders Number of orders.
 * @returns Revenue per order.
 * @example =LUX.AOV(125000, 50)
 */
export function aov(revenue: unknown, orders: unknown): number {
  return runFunction(() =>
    toCellNumber(averageOrderValue(readNumber(revenue, "revenue"), readNumber(orders, "orders")))
  );
}

/**
 * Cart abandonment rate: 1 - purchases / carts created.
 * @customfunction CARTABANDONMENT
 * @param carts_created Carts created (an item added) in the period.
 * @param purchases Carts that ended in a completed purchase.
 * @returns The share of carts abandoned, as a fraction.
 * @example =LUX.CARTABANDONMENT(500, 150)
 */
export function cartAbandonment(carts_created: unknown, purchases: unknown): number {
  return runFunction(() =>
    toCellNumber(
      cartAbandonmentRate(
        readNumber(carts_created, "carts_created"),
        readNumber(purchases, "purchases")
      )
    )
  );
}

/**
 * Bounce rate: single-page sessions / sessions.
 * @customfunction BOUNCERATE
 * @param single_page_sessions Sessions that viewed one page only.
 * @param sessions All sessions in the period.
 * @returns The bounce rate as a fraction.
 * @example =LUX.BOUNCERATE(420, 1200)
 */
export function bounceRateFunction(single_page_sessions: unknown, sessions: unknown): number {
  return runFunction(() =>
    toCellNumber(
      bounceRate(
        readNumber(single_page_sessions, "single_page_sessions"),
        readNumber(sessions, "sessions")
      )
    )
  );
}

/**
 * Average session duration in seconds: total time on site / sessions.
 * @customfunction SESSIONDURATION
 * @param total_seconds Total time spent on the site by all sessions, in seconds.
 * @param sessions Number of sessions.
 * @returns Seconds per session (divide by 86400 for an Excel time).
 * @example =LUX.SESSIONDURATION(360000, 1200)
 */
export function sessionDuration(total_seconds: unknown, sessions: unknown): number {
  return runFunction(() =>
    toCellNumber(
      averageSessionDuration(
        readNumber(total_seconds, "total_seconds"),
        readNumber(sessions, "sessions")
      )
    )
  );
}

/**
 * Return on ad spend: campaign revenue / campaign cost.
 * @customfunction ROAS
 * @param ad_revenue Revenue attributed to the campaigns.
 * @param ad_spend What the campaigns cost.
 * @returns Revenue per unit of spend (4 means 4 back for each 1 spent).
 * @example =LUX.ROAS(48000, 12000)
 */
export function roas(ad_revenue: unknown, ad_spend: unknown): number {
  return runFunction(() =>
    toCellNumber(
      returnOnAdSpend(readNumber(ad_revenue, "ad_revenue"), readNumber(ad_spend, "ad_spend"))
    )
  );
}

/**
 * Customer lifetime value: AOV x orders per year x years as a client x gross margin.
 * @customfunction CLV
 * @param average_order_value The client's average order value.
 * @param orders_per_year Orders per client per year.
 * @param years Expected years as a client.
 * @param [gross_margin] Gross margin as a fraction from 0 to 1 (default 1: lifetime revenue).
 * @returns The predicted lifetime value (net of cost of goods when a margin is given).
 * @example =LUX.CLV(2500, 3, 6, 0.7)
 */
export function clv(
  average_order_value: unknown,
  orders_per_year: unknown,
  years: unknown,
  gross_margin?: unknown
): number {
  return runFunction(() =>
    toCellNumber(
      customerLifetimeValue(
        readNumber(average_order_value, "average_order_value"),
        readNumber(orders_per_year, "orders_per_year"),
        readNumber(years, "years"),
        readOptionalNumber(gross_margin, "gross_margin")
      )
    )
  );
}

/**
 * Customer retention rate: (customers at the end - new customers) / customers at the start.
 * @customfunction RETENTIONRATE
 * @param customers_end Active customers at the end of the period.
 * @param new_customers Customers acquired during the period.
 * @param customers_start Active customers at the start of the period.
 * @returns The retention rate as a fraction.
 * @example =LUX.RETENTIONRATE(1100, 200, 1000)
 */
export function retentionRateFunction(
  customers_end: unknown,
  new_customers: unknown,
  customers_start: unknown
): number {
  return runFunction(() =>
    toCellNumber(
      retentionRate(
        readNumber(customers_end, "customers_end"),
        readNumber(new_customers, "new_customers"),
        readNumber(customers_start, "customers_start")
      )
    )
  );
}

/**
 * E-mail open rate: unique opens / e-mails delivered.
 * @customfunction EMAILOPENRATE
 * @param opens Recipients who opened the e-mail.
 * @param delivered E-mails delivered (sent minus bounces).
 * @returns The open rate as a fraction.
 * @example =LUX.EMAILOPENRATE(1800, 4000)
 */
export function emailOpenRateFunction(opens: unknown, delivered: unknown): number {
  return runFunction(() =>
    toCellNumber(emailOpenRate(readNumber(opens, "opens"), readNumber(delivered, "delivered")))
  );
}

/**
 * E-mail click-through rate: unique clickers / e-mails delivered.
 * @customfunction EMAILCTR
 * @param clicks Recipients who clicked a link in the e-mail.
 * @param delivered E-mails delivered (sent minus bounces).
 * @returns The click-through rate as a fraction.
 * @example =LUX.EMAILCTR(240, 4000)
 */
export function emailCtr(clicks: unknown, delivered: unknown): number {
  return runFunction(() =>
    toCellNumber(
      emailClickThroughRate(readNumber(clicks, "clicks"), readNumber(delivered, "delivered"))
    )
  );
}

/**
 * Customer satisfaction score: satisfied responses / responses.
 * @customfunction CSAT
 * @param satisfied_responses Responses scoring 4 or 5 on a 5-point scale.
 * @param responses All survey responses.
 * @returns CSAT as a fraction.
 * @example =LUX.CSAT(172, 200)
 */
export function csat(satisfied_responses: unknown, responses: unknown): number {
  return runFunction(() =>
    toCellNumber(
      customerSatisfaction(
        readNumber(satisfied_responses, "satisfied_responses"),
        readNumber(responses, "responses")
      )
    )
  );
}

/**
 * Inventory turnover: cost of goods sold / average inventory at cost, over the same period.
 * @customfunction INVENTORYTURNOVER
 * @param cost_of_goods_sold Cost of the goods sold in the period.
 * @param average_inventory Average inventory at cost over the period.
 * @returns How many times the inventory turned.
 * @example =LUX.INVENTORYTURNOVER(900000, 300000)
 */
export function inventoryTurnoverFunction(
  cost_of_goods_sold: unknown,
  average_inventory: unknown
): number {
  return runFunction(() =>
    toCellNumber(
      inventoryTurnover(
        readNumber(cost_of_goods_sold, "cost_of_goods_sold"),
        readNumber(average_inventory, "average_inventory")
      )
    )
  );
}

/**
 * Full-price sell-through: units sold at full price / units received.
 * @customfunction SELLTHROUGH
 * @param units_sold Units sold at full price (at most units received).
 * @param units_received Units received.
 * @returns Sell-through as a fraction.
 * @example =LUX.SELLTHROUGH(65, 100)
 */
export function sellThroughFunction(units_sold: unknown, units_received: unknown): number {
  return runFunction(() =>
    toCellNumber(
      sellThrough(
        readNumber(units_sold, "units_sold"),
        readNumber(units_received, "units_received")
      )
    )
  );
}

/**
 * Average order fulfilment time in hours: total hours from order to dispatch / orders shipped.
 * @customfunction FULFILMENTTIME
 * @param total_hours Hours from order to dispatch, summed over the orders shipped.
 * @param orders_shipped Orders shipped in the period.
 * @returns Hours per order.
 * @example =LUX.FULFILMENTTIME(1440, 60)
 */
export function fulfilmentTime(total_hours: unknown, orders_shipped: unknown): number {
  return runFunction(() =>
    toCellNumber(
      averageFulfilmentTime(
        readNumber(total_hours, "total_hours"),
        readNumber(orders_shipped, "orders_shipped")
      )
    )
  );
}

/**
 * Social engagement rate: interactions / people reached.
 * @customfunction ENGAGEMENTRATE
 * @param engagements Likes, comments, shares and saves in the period.
 * @param reach People reached by the posts.
 * @returns Engagements per person reached, as a fraction.
 * @example =LUX.ENGAGEMENTRATE(540, 12000)
 */
export function engagementRateFunction(engagements: unknown, reach: unknown): number {
  return runFunction(() =>
    toCellNumber(engagementRate(readNumber(engagements, "engagements"), readNumber(reach, "reach")))
  );
}

/** MIXBRIDGE's and BRIDGESEGMENTS's four ranges, read together (see readRanges). */
function weightedAverageRanges(
  base_weights: unknown,
  base_rates: unknown,
  current_weights: unknown,
  current_rates: unknown
) {
  const ranges = readRanges({ base_weights, base_rates, current_weights, current_rates });
  return {
    baseWeights: ranges.base_weights,
    baseRates: ranges.base_rates,
    currentWeights: ranges.current_weights,
    currentRates: ranges.current_rates,
  };
}

function presentBridge(bridge: BridgeResult, decimals: unknown): (string | number)[][] {
  const places = readOptionalNumber(decimals, "decimals");
  return bridgeTable(places === undefined ? bridge : roundBridge(bridge, places));
}
