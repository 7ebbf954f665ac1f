import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatPercent, formatUsd } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { MAX_REVENUE_DROP } from "../drill3Tolerances";
import { monthValues, scalarValue } from "../drill3Values";

/**
 * `total-revenue-drop`: forecast top-client total revenue falls more than 5% (or the workbook's
 * D3_MaxTotalRevenueDrop, when it has that coach setting) below the baseline
 * top-client revenue of the same month — a share won by shrinking the boutiques, not by growing
 * digital.
 *
 * @example
 * checkTotalRevenue(contextWithCannibalisation)[0]?.cells //=> ["'D3 Model'!G30:H30"]
 */
export function checkTotalRevenue(context: Drill3Context): Finding[] {
  const total = monthValues(context, "D3_TCTotalRevenue");
  const baseline = monthValues(context, "D3_BaselineTCRevenue");
  const row = context.rows.D3_TCTotalRevenue;
  if (!total || !baseline || !row) return [];
  // A workbook may carry the limit as a coach setting; otherwise the spec's 5% applies.
  const limitCell = context.scalars.D3_MaxTotalRevenueDrop;
  const limit = scalarValue(context, "D3_MaxTotalRevenueDrop") ?? MAX_REVENUE_DROP;
  const drops = total.flatMap((t, m) => {
    const b = baseline[m];
    return t !== undefined && b !== undefined && b > 0 && t < b * (1 - limit) ? [m] : [];
  });
  if (drops.length === 0) return [];
  const drop = (m: number) => 1 - (total[m] as number) / (baseline[m] as number);
  const worst = drops.reduce((a, b) => (drop(b) > drop(a) ? b : a));
  return [
    {
      code: "total-revenue-drop",
      severity: "error",
      message:
        `Top-client total revenue falls ${formatPercent(drop(worst))} below its baseline in month ` +
        `${worst + 1} (${formatUsd(total[worst] as number)} against ${formatUsd(baseline[worst] as number)})` +
        `${drops.length > 1 ? `; ${describeMonths(drops.map((m) => m + 1))} are more than ${formatPercent(limit, 0)} down` : ""}. ` +
        `The share must rise because digital grows, not because boutique revenue shrinks: a programme ` +
        `that cannibalises the boutiques is exactly what the wary SAs fear.`,
      cells: [...monthCells(row, drops), ...(limitCell ? [limitCell.address] : [])],
    },
  ];
}
