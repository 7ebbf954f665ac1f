import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatNumber } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { monthValues, scalarValue } from "../drill3Values";

/**
 * `rollout-exceeds-dos`: D3_DOSLive (boutiques live, cumulative) goes above D3_DOS or below 0, or
 * goes down from one month to the next.
 *
 * @example
 * checkRolloutWithinDos(contextWith90Live)[0]?.cells //=> ["'D3 Model'!M12:N12"]
 */
export function checkRolloutWithinDos(context: Drill3Context): Finding[] {
  const live = monthValues(context, "D3_DOSLive");
  const row = context.rows.D3_DOSLive;
  if (!live || !row) return [];
  const findings: Finding[] = [];
  const dos = scalarValue(context, "D3_DOS");
  const dosCell = context.scalars.D3_DOS;
  if (dos !== undefined && dosCell) {
    const over = live.flatMap((v, m) => (v !== undefined && (v > dos || v < 0) ? [m] : []));
    const first = over[0];
    if (first !== undefined) {
      const shown = live[first] as number;
      findings.push({
        code: "rollout-exceeds-dos",
        severity: "error",
        message:
          `Boutiques live (D3_DOSLive) is ${formatNumber(shown)} in month ${first + 1}` +
          `${over.length > 1 ? ` (out of range in ${describeMonths(over.map((m) => m + 1))})` : ""}, ` +
          `${shown < 0 ? "below zero" : `but the maison has ${formatNumber(dos)} boutiques (D3_DOS)`}. ` +
          `The row is cumulative: it can only run from 0 to ${formatNumber(dos)}.`,
        cells: [...monthCells(row, over), dosCell.address],
      });
    }
  }
  const down = live.flatMap((v, m) => {
    const before = m === 0 ? undefined : live[m - 1];
    return v !== undefined && before !== undefined && v < before ? [m] : [];
  });
  const firstDown = down[0];
  if (firstDown !== undefined) {
    findings.push({
      code: "rollout-exceeds-dos",
      severity: "error",
      message:
        `Boutiques live (D3_DOSLive) goes down in ${describeMonths(down.map((m) => m + 1))} ` +
        `(from ${formatNumber(live[firstDown - 1] as number)} to ${formatNumber(live[firstDown] as number)}` +
        `${down.length > 1 ? ` in month ${firstDown + 1}` : ""}). It counts boutiques live so far, so it ` +
        `never decreases: a boutique that goes live stays live. If you meant boutiques going live that month, make the row a running total.`,
      cells: monthCells(row, down),
    });
  }
  return findings;
}
