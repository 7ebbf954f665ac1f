import { FORMATS, type PlanCell } from "../../../plan/workbookPlan";
import { DRILL1_TIERS } from "../drill1Catalogue";
import { D1_LAYOUT, D1_TIER_COLUMNS as C } from "../drill1Layout";
import { given, header, label } from "./cells";
import type { Drill1DataRefs } from "./dataSheet";

type Quarter = "LQ" | "TQ";

const TIER_HEADERS = [
  "Tier",
  "Orders LQ",
  "Orders TQ",
  "Revenue LQ",
  "Revenue TQ",
  "AOV LQ",
  "AOV TQ",
  "Order share LQ",
  "Order share TQ",
  "Received LQ",
  "Received TQ",
  "Sold at full price LQ",
  "Sold at full price TQ",
  "Sell-through LQ",
  "Sell-through TQ",
];

/** One tier's row: its counts and sums from the raw rows, then the ratios of those cells. */
function tierRow(ref: Drill1DataRefs, tier: string, row: number): PlanCell[] {
  const total = D1_LAYOUT.tierTotalRow;
  const count = (quarter: Quarter): string =>
    `=COUNTIFS(${ref.quarter},"${quarter}",${ref.tier},$A${row})`;
  const revenue = (quarter: Quarter): string =>
    `=SUMIFS(${ref.usd},${ref.quarter},"${quarter}",${ref.tier},$A${row})`;
  const inventory = (range: string, quarter: Quarter): string =>
    `=SUMIFS(${range},${ref.invQuarter},"${quarter}",${ref.invTier},$A${row})`;
  return [
    label(tier),
    given(count("LQ"), FORMATS.int),
    given(count("TQ"), FORMATS.int),
    given(revenue("LQ"), FORMATS.usd),
    given(revenue("TQ"), FORMATS.usd),
    given(`=${C.revenueLQ}${row}/${C.ordersLQ}${row}`, FORMATS.usdCents),
    given(`=${C.revenueTQ}${row}/${C.ordersTQ}${row}`, FORMATS.usdCents),
    given(`=${C.ordersLQ}${row}/${C.ordersLQ}$${total}`, FORMATS.pct2),
    given(`=${C.ordersTQ}${row}/${C.ordersTQ}$${total}`, FORMATS.pct2),
    given(inventory(ref.invReceived, "LQ"), FORMATS.int),
    given(inventory(ref.invReceived, "TQ"), FORMATS.int),
    given(inventory(ref.invSold, "LQ"), FORMATS.int),
    given(inventory(ref.invSold, "TQ"), FORMATS.int),
    given(`=${C.soldLQ}${row}/${C.receivedLQ}${row}`, FORMATS.pct2),
    given(`=${C.soldTQ}${row}/${C.receivedTQ}${row}`, FORMATS.pct2),
  ];
}

/** The "All tiers" row: sums of the tier rows, ratios of the sums. */
function totalRow(): PlanCell[] {
  const { firstTierRow, lastTierRow, tierTotalRow: total } = D1_LAYOUT;
  const sumOf = (col: string, format: string): PlanCell =>
    given(`=SUM(${col}${firstTierRow}:${col}${lastTierRow})`, format);
  return [
    label("All tiers"),
    sumOf(C.ordersLQ, FORMATS.int),
    sumOf(C.ordersTQ, FORMATS.int),
    sumOf(C.revenueLQ, FORMATS.usd),
    sumOf(C.revenueTQ, FORMATS.usd),
    given(`=${C.revenueLQ}${total}/${C.ordersLQ}${total}`, FORMATS.usdCents),
    given(`=${C.revenueTQ}${total}/${C.ordersTQ}${total}`, FORMATS.usdCents),
    sumOf(C.shareLQ, FORMATS.pct2),
    sumOf(C.shareTQ, FORMATS.pct2),
    sumOf(C.receivedLQ, FORMATS.int),
    sumOf(C.receivedTQ, FORMATS.int),
    sumOf(C.soldLQ, FORMATS.int),
    sumOf(C.soldTQ, FORMATS.int),
    given(`=${C.soldLQ}${total}/${C.receivedLQ}${total}`, FORMATS.pct2),
    given(`=${C.soldTQ}${total}/${C.receivedTQ}${total}`, FORMATS.pct2),
  ];
}

/**
 * The tier table: one row per tier, LQ and TQ side by side, then totals.
 *
 * @example
 * tierBlock(dataRefs(data))[1]?.[0]?.value //=> "Icons & haute"
 */
export function tierBlock(ref: Drill1DataRefs): PlanCell[][] {
  return [
    TIER_HEADERS.map(header),
    ...DRILL1_TIERS.map((tier, i) => tierRow(ref, tier, D1_LAYOUT.firstTierRow + i)),
    totalRow(),
  ];
}

/**
 * A tier-table column over the tier rows, absolute, as the bridge formulas read it.
 *
 * @example
 * tierRange(D1_TIER_COLUMNS.ordersLQ) //=> "$B$21:$B$24"
 */
export function tierRange(column: string): string {
  return `$${column}$${D1_LAYOUT.firstTierRow}:$${column}$${D1_LAYOUT.lastTierRow}`;
}
