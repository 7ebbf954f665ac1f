import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatUsd } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { LEVER_SUM_TOLERANCE_USD } from "../drill3Tolerances";
import { monthValues, otherLeverValues } from "../drill3Values";

/**
 * `levers-dont-sum`: the lever rows (save-the-cart, salon, organic and the levers the candidate
 * added) do not add up to D3_TCDigitalRevenue within $1 in a month.
 *
 * @example
 * checkLeversSum(contextWithSalonLeftOut)[0]?.code //=> "levers-dont-sum"
 */
export function checkLeversSum(context: Drill3Context): Finding[] {
  const cart = monthValues(context, "D3_LeverCart");
  const salon = monthValues(context, "D3_LeverSalon");
  const organic = monthValues(context, "D3_LeverOrganic");
  const digital = monthValues(context, "D3_TCDigitalRevenue");
  const others = otherLeverValues(context);
  const row = context.rows.D3_TCDigitalRevenue;
  if (!cart || !salon || !organic || !digital || !others || !row) return [];
  const off: { m: number; parts: number[]; sum: number; shown: number }[] = [];
  digital.forEach((shown, m) => {
    const parts = [cart[m], salon[m], organic[m], ...others.map((o) => o[m])];
    if (shown === undefined || parts.some((p) => p === undefined)) return;
    const numbers = parts as number[];
    const sum = numbers.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - shown) > LEVER_SUM_TOLERANCE_USD)
      off.push({ m, parts: numbers, sum, shown });
  });
  const first = off[0];
  if (!first) return [];
  const [c = 0, s = 0, o = 0, ...rest] = first.parts;
  const otherTotal = rest.reduce((a, b) => a + b, 0);
  const gap = first.sum - first.shown;
  return [
    {
      code: "levers-dont-sum",
      severity: "error",
      message:
        `Top-client digital revenue (D3_TCDigitalRevenue) is not the sum of the lever rows in ` +
        `${describeMonths(off.map((x) => x.m + 1))}: month ${first.m + 1} shows ${formatUsd(first.shown)}, but ` +
        `save-the-cart ${formatUsd(c)} + salon ${formatUsd(s)} + organic ${formatUsd(o)} + added levers ` +
        `${formatUsd(otherTotal)} = ${formatUsd(first.sum)} (${formatUsd(Math.abs(gap))} ` +
        `${gap > 0 ? "left out" : "unexplained"}). Make digital revenue the sum of every lever row, ` +
        `so each dollar of the forecast comes from a named lever.`,
      cells: monthCells(
        row,
        off.map((x) => x.m)
      ),
    },
  ];
}
