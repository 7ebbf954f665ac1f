import { FORMATS, type PlanCell } from "../../../plan/workbookPlan";
import type { PlanMode } from "../../buildPlan";
import { DRILL1_TIERS } from "../drill1Catalogue";
import { D1_LAYOUT, D1_TIER_COLUMNS as C } from "../drill1Layout";
import { given, header, input, label } from "./cells";
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

const QUARTERS: readonly Quarter[] = ["LQ", "TQ"];
type Measure = "orders" | "revenue" | "aov" | "share" | "received" | "sold" | "st";

/** A measure's column for a quarter ("revenue", "TQ" is E). */
const col = (measure: Measure, quarter: Quarter): string => C[`${measure}${quarter}`];

/** The same cell for LQ then TQ, as every measure of the table sits. */
const both = (cell: (quarter: Quarter) => PlanCell): PlanCell[] => QUARTERS.map(cell);

/** A ratio of two measures on one row (AOV, sell-through), for both quarters. */
const ratio = (numerator: Measure, denominator: Measure, row: number, format: string) =>
  both((q) => given(`=${col(numerator, q)}${row}/${col(denominator, q)}${row}`, format));

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
    ...both((q) => given(count(q), FORMATS.int)),
    ...both((q) => given(revenue(q), FORMATS.usd)),
    ...ratio("revenue", "orders", row, FORMATS.usdCents),
    ...both((q) => given(`=${col("orders", q)}${row}/${col("orders", q)}$${total}`, FORMATS.pct2)),
    ...both((q) => given(inventory(ref.invReceived, q), FORMATS.int)),
    ...both((q) => given(inventory(ref.invSold, q), FORMATS.int)),
    ...ratio("sold", "received", row, FORMATS.pct2),
  ];
}

/** The "All tiers" row: sums of the tier rows, ratios of the sums. */
function totalRow(): PlanCell[] {
  const { firstTierRow, lastTierRow, tierTotalRow: total } = D1_LAYOUT;
  const sums = (measure: Measure, format: string): PlanCell[] =>
    both((q) => {
      const c = col(measure, q);
      return given(`=SUM(${c}${firstTierRow}:${c}${lastTierRow})`, format);
    });
  return [
    label("All tiers"),
    ...sums("orders", FORMATS.int),
    ...sums("revenue", FORMATS.usd),
    ...ratio("revenue", "orders", total, FORMATS.usdCents),
    ...sums("share", FORMATS.pct2),
    ...sums("received", FORMATS.int),
    ...sums("sold", FORMATS.int),
    ...ratio("sold", "received", total, FORMATS.pct2),
  ];
}

/** The formats of a row's figures, in column order (counts, dollars, AOV, shares, units, rates). */
const ROW_FORMATS: readonly string[] = [
  ...[FORMATS.int, FORMATS.usd, FORMATS.usdCents, FORMATS.pct2].flatMap((f) => [f, f]),
  ...[FORMATS.int, FORMATS.int, FORMATS.pct2].flatMap((f) => [f, f]),
];

/** A row left to the candidate: its label, then empty input cells formatted as the key's. */
const emptyRow = (name: string): PlanCell[] => [
  label(name),
  ...ROW_FORMATS.map((numberFormat) => input({ numberFormat })),
];

/**
 * The tier table: one row per tier, LQ and TQ side by side, then totals. In a blank workbook the
 * table is the candidate's legwork (COUNTIFS / SUMIFS over D1 Data): the frame and the tier names
 * are given, every figure is an empty input cell. Starter and answer key compute it.
 *
 * @example
 * tierBlock(dataRefs(data), "starter")[1]?.[0]?.value //=> "Icons & haute"
 * tierBlock(dataRefs(data), "blank")[1]?.[1]?.formula //=> undefined
 */
export function tierBlock(ref: Drill1DataRefs, mode: PlanMode): PlanCell[][] {
  if (mode === "blank") {
    return [TIER_HEADERS.map(header), ...DRILL1_TIERS.map(emptyRow), emptyRow("All tiers")];
  }
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
