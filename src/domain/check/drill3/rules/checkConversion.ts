import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatPercent } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { exceeds } from "../drill3Tolerances";
import { monthValues, scalarValue } from "../drill3Values";

const PAIRS = [
  {
    row: "D3_CartConversion",
    limit: "D3_MaxCartConversion",
    label: "Cart conversion",
    what: "sent carts",
    advice: "a sent cart is a suggestion, not an order",
  },
  {
    row: "D3_SalonConversion",
    limit: "D3_MaxSalonConversion",
    label: "Salon conversion",
    what: "digital salon sessions",
    advice: "a video consultation often ends in a boutique visit rather than an online order",
  },
] as const;

/**
 * `conversion-implausible`: cart conversion above D3_MaxCartConversion or salon conversion above
 * D3_MaxSalonConversion in a month.
 *
 * @example
 * checkConversion(contextWith80PercentCarts)[0]?.cells //=> ["'D3 Model'!C15:N15", "'D3 Model'!C40"]
 */
export function checkConversion(context: Drill3Context): Finding[] {
  const findings: Finding[] = [];
  for (const pair of PAIRS) {
    const values = monthValues(context, pair.row);
    const row = context.rows[pair.row];
    const max = scalarValue(context, pair.limit);
    const maxCell = context.scalars[pair.limit];
    if (!values || !row || max === undefined || !maxCell) continue;
    const high = values.flatMap((v, m) => (v !== undefined && exceeds(v, max) ? [m] : []));
    const first = high[0];
    if (first === undefined) continue;
    const peak = Math.max(...high.map((m) => values[m] as number));
    findings.push({
      code: "conversion-implausible",
      severity: "warning",
      message:
        `${pair.label} (${pair.row}) reaches ${formatPercent(peak)} of ${pair.what} in ` +
        `${describeMonths(high.map((m) => m + 1))}, ` +
        `above the ${formatPercent(max)} a coach finds credible (${pair.limit}): ${pair.advice}. ` +
        `Bring it under ${formatPercent(max)}, or show the evidence for it.`,
      cells: [...monthCells(row, high), maxCell.address],
    });
  }
  return findings;
}
