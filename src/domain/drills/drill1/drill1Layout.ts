import { cellA1, mustParseCell } from "../../sheet/a1";
import { DRILL1_CURRENCIES, DRILL1_TIERS } from "./drill1Catalogue";

/**
 * Where drill 1 lives in a workbook: the sheet names and every row and column of D1 Work, derived
 * here once from the number of tiers and the height of each block. The contract (drill1Contract.ts)
 * places the names from it, the sheet sections place their cells from it, so a block that grows
 * moves everything below it without a row number typed anywhere else.
 */

export const D1_DATA_SHEET = "D1 Data";
export const D1_WORK_SHEET = "D1 Work";

/** The headline figures of D1 Work, top to bottom; each row holds LQ in B and TQ in C. */
export const D1_HEADLINES = [
  "orders",
  "revenue",
  "aov",
  "sellThrough",
  "channelShare",
  "topClientShare",
  "mixIcons",
  "mixEntry",
  "mixOther",
] as const;

export type D1Headline = (typeof D1_HEADLINES)[number];

/** Tier table columns on D1 Work (column A holds the tier's name). */
export const D1_TIER_COLUMNS = {
  ordersLQ: "B",
  ordersTQ: "C",
  revenueLQ: "D",
  revenueTQ: "E",
  aovLQ: "F",
  aovTQ: "G",
  shareLQ: "H",
  shareTQ: "I",
  receivedLQ: "J",
  receivedTQ: "K",
  soldLQ: "L",
  soldTQ: "M",
  stLQ: "N",
  stTQ: "O",
} as const;

export type D1TierColumn = keyof typeof D1_TIER_COLUMNS;

/** A bridge block: header, Start, Mix, Rate, Interaction, End, then the closing check. */
export const D1_BRIDGE_PARTS = ["Start", "Mix", "Rate", "Interaction", "End"] as const;
export type D1BridgePart = (typeof D1_BRIDGE_PARTS)[number];
const BRIDGE_HEIGHT = 1 + D1_BRIDGE_PARTS.length + 1;

/** Each waterfall's size in cells; the second sits below the first, beside the bridges. */
export const D1_CHART = { widthCells: 7, heightCells: 11, column: "D" } as const;

/** The Drill info stamp's top-left cell, right of the headline figures. */
export const D1_INFO_AT = "K7";

/**
 * The control totals over the raw rows, top to bottom: what the check compares with the variant's
 * own data to know D1 Data is still the generator's (each row holds LQ then TQ).
 */
export const D1_CONTROL_TOTALS = ["orders", "revenue", "received", "sold", "tiers"] as const;
export type D1ControlTotal = (typeof D1_CONTROL_TOTALS)[number];
/** The totals that are sums of a tier-table column (the tier checksum weighs orders by tier position). */
export type D1TierMeasure = Exclude<D1ControlTotal, "tiers">;

/**
 * Where the control totals sit: under the Drill info stamp, right of the headline figures (a blank
 * row, a header row, one row per total, then a note), so no row of the sheet moves for them.
 */
function controlLayout(infoAt: string) {
  const info = mustParseCell(infoAt);
  // The stamp is a title and four rows; the control block starts a blank row below it.
  const headerRow = info.row + 6;
  const at = (row: number, offset: number): string => cellA1({ row, column: info.column + offset });
  const rows = Object.fromEntries(
    D1_CONTROL_TOTALS.map((key, i) => [key, headerRow + 1 + i])
  ) as Record<D1ControlTotal, number>;
  const noteRow = headerRow + 1 + D1_CONTROL_TOTALS.length;
  return {
    /** The block's top-left cell (its header's label). */
    at: at(headerRow, 0),
    /** A total's LQ:TQ pair, e.g. "L14:M14" for orders. */
    range: (key: D1ControlTotal): string => `${at(rows[key], 1)}:${at(rows[key], 2)}`,
    noteAt: at(noteRow, 0),
  };
}

/**
 * The control-total block's place on D1 Work.
 *
 * @example
 * D1_CONTROL.at //=> "K13"
 * D1_CONTROL.range("orders") //=> "L14:M14"
 */
export const D1_CONTROL = controlLayout(D1_INFO_AT);

/** The three moves a candidate writes. */
export const D1_MOVE_COUNT = 3;

/** Rows of D1 Work. Every block starts a blank row after the one above it. */
function workLayout(tierCount: number) {
  const intro = { title: 1, instructions: 2 };
  const headlineSubtitle = 7;
  const headlineHeaderRow = headlineSubtitle + 1;
  const headlineRows = Object.fromEntries(
    D1_HEADLINES.map((key, i) => [key, headlineHeaderRow + 1 + i])
  ) as Record<D1Headline, number>;
  const tierHeaderRow = headlineHeaderRow + D1_HEADLINES.length + 3;
  const firstTierRow = tierHeaderRow + 1;
  const tierTotalRow = firstTierRow + tierCount;
  // "Your answer" subtitle, one instruction line, then the method.
  const methodRow = tierTotalRow + 4;
  const aovBridgeHeaderRow = methodRow + 2;
  const stBridgeHeaderRow = aovBridgeHeaderRow + BRIDGE_HEIGHT + 1;
  const aovChartRow = aovBridgeHeaderRow;
  const stChartRow = aovChartRow + D1_CHART.heightCells + 1;
  // Diagnosis before moves, as the interviewer asks: the diagnosis's subtitle sits on the first row
  // below the second waterfall, the moves' a blank row under the diagnosis.
  const diagnosisRow = stChartRow + D1_CHART.heightCells + 2;
  const movesRow = diagnosisRow + 3;
  const luxExampleRow = movesRow + D1_MOVE_COUNT + 2;
  return {
    intro,
    headlineSubtitle,
    headlineHeaderRow,
    headlineRows,
    tierHeaderRow,
    firstTierRow,
    lastTierRow: firstTierRow + tierCount - 1,
    tierTotalRow,
    methodRow,
    aovBridgeHeaderRow,
    stBridgeHeaderRow,
    aovChartRow,
    stChartRow,
    movesRow,
    diagnosisRow,
    luxExampleRow,
  };
}

export type Drill1Layout = ReturnType<typeof workLayout>;

/**
 * The rows of D1 Work for the maison's tiers (the tier count is fixed by the catalogue, not drawn
 * per seed, so one layout serves every variant).
 *
 * @example
 * D1_LAYOUT.firstTierRow //=> 21
 * D1_LAYOUT.aovBridgeHeaderRow //=> 31
 */
export const D1_LAYOUT: Drill1Layout = workLayout(DRILL1_TIERS.length);

/**
 * The rows of one bridge block: the header and each part's row.
 *
 * @example
 * bridgeRows(D1_LAYOUT.aovBridgeHeaderRow).End //=> 36
 */
export function bridgeRows(headerRow: number): Record<D1BridgePart | "header" | "check", number> {
  const parts = Object.fromEntries(D1_BRIDGE_PARTS.map((part, i) => [part, headerRow + 1 + i]));
  return {
    header: headerRow,
    ...(parts as Record<D1BridgePart, number>),
    check: headerRow + D1_BRIDGE_PARTS.length + 1,
  };
}

/** The currency block's columns: currency, TQ local sales, LQ rate, TQ rate, TQ sales at LQ rates. */
export const D1_CURRENCY_COLUMNS = {
  currency: "L",
  local: "M",
  rateLQ: "N",
  rateTQ: "O",
  atLQ: "P",
} as const;

/**
 * The currency block: right of the AOV bridge's waterfall, from the bridge's header row, one row per
 * currency, a total, the answer (the currency effect on this quarter's AOV) and a note.
 *
 * @example
 * D1_CURRENCY.answerCell //=> "P42"
 */
export const D1_CURRENCY = (() => {
  const headerRow = D1_LAYOUT.aovBridgeHeaderRow;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + DRILL1_CURRENCIES.length;
  const totalRow = lastRow + 1;
  const answerRow = totalRow + 1;
  return {
    at: `${D1_CURRENCY_COLUMNS.currency}${headerRow}`,
    headerRow,
    firstRow,
    lastRow,
    totalRow,
    answerRow,
    answerCell: `${D1_CURRENCY_COLUMNS.atLQ}${answerRow}`,
    noteRow: answerRow + 1,
  };
})();

/** The coach setting beside the diagnosis: the fewest words a diagnosis may have (label, value). */
export const D1_DIAGNOSIS_FLOOR = {
  labelAt: `K${D1_LAYOUT.diagnosisRow}`,
  valueAt: `L${D1_LAYOUT.diagnosisRow}`,
  noteAt: `M${D1_LAYOUT.diagnosisRow}`,
} as const;

/**
 * Fewest words in a diagnosis (the coach may change it on the sheet): five evidence points, each a
 * clause with its figure, take about fifty words; fewer cannot weigh the quarter's explanations.
 */
export const D1_DIAGNOSIS_MIN_WORDS_DEFAULT = 50;
