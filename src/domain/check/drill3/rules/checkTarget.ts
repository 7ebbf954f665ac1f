import type { Finding } from "../../../model/workbookModel";
import { formatPercent, formatPoints } from "../../findingText";
import type { Drill3Context } from "../drill3Context";
import { SHARE_TOLERANCE } from "../drill3Tolerances";
import { monthValues, scalarValue } from "../drill3Values";

/**
 * `target-met` / `target-missed` (info): the month-12 share against D3_TargetShare, the gap in
 * points, and the first month the share reaches the target (within 0.05 points).
 *
 * @example
 * checkTarget(referenceContext)[0]?.code //=> "target-met"
 */
export function checkTarget(context: Drill3Context): Finding[] {
  const share = monthValues(context, "D3_TCDigitalShare");
  const target = scalarValue(context, "D3_TargetShare");
  const row = context.rows.D3_TCDigitalShare;
  const targetCell = context.scalars.D3_TargetShare;
  const last = share?.[share.length - 1];
  const lastCell = row?.[row.length - 1];
  if (!share || target === undefined || last === undefined || !lastCell || !targetCell) return [];
  const reached = (v: number | undefined) => v !== undefined && v >= target - SHARE_TOLERANCE;
  const firstAt = share.findIndex(reached);
  const gap = last - target;
  if (reached(last)) {
    return [
      {
        code: "target-met",
        severity: "info",
        message:
          `Target met: month 12 share is ${formatPercent(last)} against a ${formatPercent(target)} ` +
          `target (${gap >= 0 ? `${formatPoints(gap)} above` : "at target"}), first reached in month ${firstAt + 1}.`,
        cells: [lastCell.address, targetCell.address],
      },
    ];
  }
  const when =
    firstAt >= 0
      ? `The share reaches the target in month ${firstAt + 1} but does not hold it.`
      : "The share never reaches the target.";
  return [
    {
      code: "target-missed",
      severity: "info",
      message:
        `Target missed: month 12 share is ${formatPercent(last)} against a ${formatPercent(target)} ` +
        `target, ${formatPoints(gap)} short. ${when} Find the missing points in the programme levers ` +
        `(boutiques live sooner, adoption with attribution, digital salons) rather than in the organic drift.`,
      cells: [lastCell.address, targetCell.address],
    },
  ];
}
