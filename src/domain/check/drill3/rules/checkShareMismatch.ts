import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatPercent, formatPoints, formatUsd } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { SHARE_TOLERANCE } from "../drill3Tolerances";
import { monthValues } from "../drill3Values";

/**
 * `share-mismatch`: D3_TCDigitalShare differs from D3_TCDigitalRevenue ÷ D3_TCTotalRevenue by more
 * than 0.05 points in a month (months with a zero total are left to `non-numeric`).
 *
 * @example
 * checkShareMismatch(contextWithShareOff)[0]?.cells //=> ["'D3 Model'!F31"]
 */
export function checkShareMismatch(context: Drill3Context): Finding[] {
  const share = monthValues(context, "D3_TCDigitalShare");
  const digital = monthValues(context, "D3_TCDigitalRevenue");
  const total = monthValues(context, "D3_TCTotalRevenue");
  const row = context.rows.D3_TCDigitalShare;
  if (!share || !digital || !total || !row) return [];
  const off: { m: number; shown: number; computed: number; d: number; t: number }[] = [];
  share.forEach((shown, m) => {
    const d = digital[m];
    const t = total[m];
    if (shown === undefined || d === undefined || t === undefined || t === 0) return;
    const computed = d / t;
    if (Math.abs(shown - computed) > SHARE_TOLERANCE) off.push({ m, shown, computed, d, t });
  });
  const first = off[0];
  if (!first) return [];
  return [
    {
      code: "share-mismatch",
      severity: "error",
      message:
        `Top-client digital share (D3_TCDigitalShare) is not digital ÷ total revenue in ` +
        `${describeMonths(off.map((o) => o.m + 1))}: month ${first.m + 1} shows ${formatPercent(first.shown, 2)} ` +
        `but ${formatUsd(first.d)} ÷ ${formatUsd(first.t)} = ${formatPercent(first.computed, 2)} ` +
        `(${formatPoints(first.shown - first.computed, 2)} apart). Compute each month's share as ` +
        `D3_TCDigitalRevenue ÷ D3_TCTotalRevenue of the same month.`,
      cells: monthCells(
        row,
        off.map((o) => o.m)
      ),
    },
  ];
}
