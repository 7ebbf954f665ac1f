import type { PlanBlock } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { DRILL3_HELPER_ROWS as H, drill3Cell } from "../drill3Layout";
import { absoluteA1, mustParseRange } from "../../../sheet/a1";
import { row } from "./modelCells";

/** A parameter cell of the block, absolute ("$C$62"), so the formulas can be copied. */
const abs = (at: number) => absoluteA1(mustParseRange(drill3Cell(at)));

const param = (at: number, label: string, value: string | number, format: string): PlanBlock =>
  row(at, [{ value: label, style: "label" }, {}, { value, style: "input", numberFormat: format }]);

/**
 * The optional LUX helper block (add-in plans that are wired): a ramp and a seasonal spread an
 * assumption row may point at.
 *
 * @example
 * helperBlocks()[5]?.rows[0]?.[2]?.formula //=> "=LUX.RAMP(D3_Months,$C$62,$C$63,$C$64,$C$65)"
 */
export function helperBlocks(): PlanBlock[] {
  return [
    row(H.header, [
      {
        value: `Helpers (optional): a ramp or a seasonal spread from the LUX functions. Point an assumption row at a helper row (e.g. =${drill3Cell(H.ramp)}) or copy its values.`,
        style: "subtitle",
      },
    ]),
    param(H.start, "Ramp — start month", 2, "0"),
    param(H.months, "Ramp — months to reach the ceiling", 6, "0"),
    param(H.ceiling, "Ramp — ceiling", 1, FORMATS.decimal2),
    param(H.shape, "Ramp — shape (linear or s-curve)", "linear", FORMATS.text),
    row(H.ramp, [
      { value: "Ramp row", style: "label" },
      {},
      {
        formula: `=LUX.RAMP(D3_Months,${abs(H.start)},${abs(H.months)},${abs(H.ceiling)},${abs(H.shape)})`,
        style: "check",
        numberFormat: FORMATS.decimal2,
      },
    ]),
    param(H.annual, "Annual figure to spread by seasonality", 1200, FORMATS.int),
    row(H.seasonal, [
      { value: "Seasonal row", style: "label" },
      {},
      {
        formula: `=LUX.SEASONAL(${abs(H.annual)},D3_Seasonality)`,
        style: "check",
        numberFormat: FORMATS.int,
      },
    ]),
  ];
}
