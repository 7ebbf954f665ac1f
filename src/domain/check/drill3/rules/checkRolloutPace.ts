import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatNumber } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { exceeds } from "../drill3Tolerances";
import { monthValues, scalarValue } from "../drill3Values";

/**
 * `rollout-too-fast`: more than D3_MaxDOSPerMonth boutiques go live in one month, or any go live in
 * month 1 (save-the-cart is not in production yet: month 1 builds it).
 *
 * @example
 * checkRolloutPace(contextWith30InMonth3)[0]?.cells //=> ["'D3 Model'!E12", "'D3 Model'!C38"]
 */
export function checkRolloutPace(context: Drill3Context): Finding[] {
  const live = monthValues(context, "D3_DOSLive");
  const row = context.rows.D3_DOSLive;
  if (!live || !row) return [];
  const findings: Finding[] = [];
  const firstMonth = live[0];
  if (firstMonth !== undefined && firstMonth > 0 && row[0]) {
    findings.push({
      code: "rollout-too-fast",
      severity: "warning",
      message:
        `${formatNumber(firstMonth)} boutiques are live in month 1, but save-the-cart is not in ` +
        `production and SAs are not trained yet: month 1 builds and pilots the tool. Start the ` +
        `rollout in month 2 at the earliest, with a pilot group.`,
      cells: [row[0].address],
    });
  }
  const max = scalarValue(context, "D3_MaxDOSPerMonth");
  const maxCell = context.scalars.D3_MaxDOSPerMonth;
  if (max === undefined || !maxCell) return findings;
  const fast = live.flatMap((v, m) => {
    const before = m === 0 ? 0 : live[m - 1];
    return v !== undefined && before !== undefined && exceeds(v - before, max) ? [m] : [];
  });
  const worst = fast.reduce<number | undefined>((best, m) => {
    const step = (live[m] as number) - (m === 0 ? 0 : (live[m - 1] as number));
    const bestStep =
      best === undefined
        ? -Infinity
        : (live[best] as number) - (best === 0 ? 0 : (live[best - 1] as number));
    return step > bestStep ? m : best;
  }, undefined);
  if (worst !== undefined) {
    const step = (live[worst] as number) - (worst === 0 ? 0 : (live[worst - 1] as number));
    findings.push({
      code: "rollout-too-fast",
      severity: "warning",
      message:
        `${formatNumber(step)} boutiques go live in month ${worst + 1}` +
        `${fast.length > 1 ? ` (too many in ${describeMonths(fast.map((m) => m + 1))})` : ""}, more than ` +
        `the ${formatNumber(max)} a month the field team can train and support (D3_MaxDOSPerMonth). ` +
        `Spread the rollout in waves of at most ${formatNumber(max)}.`,
      cells: [...monthCells(row, fast), maxCell.address],
    });
  }
  return findings;
}
