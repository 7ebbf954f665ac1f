import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatPercent, formatPoints } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { exceeds } from "../drill3Tolerances";
import { monthValues, scalarValue } from "../drill3Values";

/**
 * `jump-too-large`: the digital share moves by more than D3_MaxShareStep from one month to the next.
 *
 * @example
 * checkShareJumps(contextWithAJumpInMonth6)[0]?.cells //=> ["'D3 Model'!H31", "'D3 Model'!C39"]
 */
export function checkShareJumps(context: Drill3Context): Finding[] {
  const share = monthValues(context, "D3_TCDigitalShare");
  const row = context.rows.D3_TCDigitalShare;
  const step = scalarValue(context, "D3_MaxShareStep");
  const stepCell = context.scalars.D3_MaxShareStep;
  if (!share || !row || step === undefined || !stepCell) return [];
  const jumps = share.flatMap((v, m) => {
    const before = m === 0 ? undefined : share[m - 1];
    return v !== undefined && before !== undefined && exceeds(Math.abs(v - before), step)
      ? [m]
      : [];
  });
  if (jumps.length === 0) return [];
  const size = (m: number) => Math.abs((share[m] as number) - (share[m - 1] as number));
  const worst = jumps.reduce((a, b) => (size(b) > size(a) ? b : a));
  const from = share[worst - 1] as number;
  const to = share[worst] as number;
  return [
    {
      code: "jump-too-large",
      severity: "warning",
      message:
        `The share ${to > from ? "jumps" : "drops"} ${formatPoints(to - from)} from month ${worst} ` +
        `(${formatPercent(from)}) to month ${worst + 1} (${formatPercent(to)})` +
        `${jumps.length > 1 ? `, and moves too fast in ${describeMonths(jumps.map((m) => m + 1))}` : ""}: ` +
        `more than the ${formatPoints(step)} a month a coach accepts (D3_MaxShareStep). Top clients ` +
        `change habits gradually: spread the ramp, or show the lever that goes live that month.`,
      cells: [...monthCells(row, jumps), stepCell.address],
    },
  ];
}
