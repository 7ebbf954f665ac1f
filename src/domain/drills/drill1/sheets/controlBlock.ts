import { FORMATS, type PlanBlock, type PlanCell } from "../../../plan/workbookPlan";
import { absoluteRef } from "../../../sheet/sheetRef";
import {
  D1_CONTROL,
  D1_CONTROL_TOTALS,
  D1_LAYOUT,
  D1_WORK_SHEET,
  type D1ControlTotal,
} from "../drill1Layout";
import { given, header, label, note } from "./cells";
import type { Drill1DataRefs } from "./dataSheet";

/** The tier names on D1 Work, which the tier checksum numbers 1, 2, 3… */
const TIER_NAMES = absoluteRef(
  D1_WORK_SHEET,
  `A${D1_LAYOUT.firstTierRow}:A${D1_LAYOUT.lastTierRow}`
);

/** How each control total reads on the sheet, and its formula over the raw rows for a quarter. */
function controlSpecs(
  ref: Drill1DataRefs
): Record<
  D1ControlTotal,
  { label: string; numberFormat: string; formula: (quarter: string) => string }
> {
  return {
    orders: {
      label: "Online orders",
      numberFormat: FORMATS.int,
      formula: (q) => `=COUNTIFS(${ref.quarter},"${q}")`,
    },
    revenue: {
      label: "Online revenue (USD)",
      numberFormat: FORMATS.usd,
      formula: (q) => `=SUMIFS(${ref.usd},${ref.quarter},"${q}")`,
    },
    received: {
      label: "Units received",
      numberFormat: FORMATS.int,
      formula: (q) => `=SUMIFS(${ref.invReceived},${ref.invQuarter},"${q}")`,
    },
    sold: {
      label: "Units sold at full price",
      numberFormat: FORMATS.int,
      formula: (q) => `=SUMIFS(${ref.invSold},${ref.invQuarter},"${q}")`,
    },
    tiers: {
      label: "Tier checksum (orders × tier position)",
      numberFormat: FORMATS.int,
      formula: (q) => `=SUMPRODUCT((${ref.quarter}="${q}")*MATCH(${ref.tier},${TIER_NAMES},0))`,
    },
  };
}

/**
 * The control totals over the raw rows, in every mode: orders, USD revenue, units received and
 * units sold for LQ and TQ. The check compares them with the variant's own data (it never reads
 * D1 Data itself), so an edited raw row is reported instead of judging the tier table against
 * figures the workbook no longer holds. The note under them says so to the candidate.
 *
 * @example
 * controlBlocks(dataRefs(data))[0]?.rows[1]?.[1]?.formula //=> "=COUNTIFS('D1 Data'!$C$6:$C$10205,\"LQ\")"
 */
export function controlBlocks(ref: Drill1DataRefs): PlanBlock[] {
  const specs = controlSpecs(ref);
  const rows: PlanCell[][] = D1_CONTROL_TOTALS.map((key) => {
    const spec = specs[key];
    return [
      label(spec.label),
      given(spec.formula("LQ"), spec.numberFormat),
      given(spec.formula("TQ"), spec.numberFormat),
    ];
  });
  return [
    { at: D1_CONTROL.at, rows: [["Control totals", "LQ", "TQ"].map(header), ...rows] },
    {
      at: D1_CONTROL.noteAt,
      rows: [[note("Over D1 Data, for the check: an edited raw row shows here.")]],
    },
  ];
}
