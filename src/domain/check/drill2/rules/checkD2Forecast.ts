import type { Finding } from "../../../model/workbookModel";
import { cellNumber } from "../../cellNumber";
import { formatPercent, quoteContent, showHuge } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill2Context } from "../drill2Context";
import { D2_FORECAST_ROWS, D2_LABELS } from "../drill2Names";
import { describeWeeks } from "../weekText";

const pct = (share: number) => showHuge(share) ?? formatPercent(share, 2);

/** Conversion may differ from orders / sessions by 0.05 point (rounding), as drill 3's share. */
export const CVR_TOLERANCE = 0.0005;

/**
 * The forecast as a coach reads it before judging it against the guardrails:
 * - `typed-output`: a forecast week holds a typed number instead of a formula (it cannot move when
 *   a removal or a launch week does, and a typed row can be made to pass any guardrail);
 * - `cvr-mismatch`: forecast conversion is not forecast orders / forecast sessions (within 0.05
 *   point), so the conversion guardrail would be judged on a number the plan does not give.
 *
 * @example
 * checkD2Forecast(contextWithTypedConversion).map((f) => f.code) //=> ["typed-output"]
 */
export function checkD2Forecast(context: Drill2Context): Finding[] {
  const findings: Finding[] = [];
  for (const name of D2_FORECAST_ROWS) {
    const row = context.rows[name];
    if (!row) continue;
    const weeks = row.flatMap((cell, w) =>
      cell.formula === undefined && typeof cell.value === "number" ? [w] : []
    );
    const first = weeks[0];
    if (first === undefined) continue;
    findings.push({
      code: "typed-output",
      severity: "error",
      message:
        `${name} (${D2_LABELS[name]}) is typed, not computed, in ${describeWeeks(weeks.map((w) => w + 1))} ` +
        `(${quoteContent(row[first]?.value)} in week ${first + 1}). A typed forecast does not move when a ` +
        `removal or a launch week does: write one formula across the row, reading the plan grid and the lever tables.`,
      cells: monthCells(row, weeks),
    });
  }
  const cvr = context.rows.D2_ForecastCVR;
  const orders = context.rows.D2_ForecastOrders;
  const sessions = context.rows.D2_ForecastSessions;
  if (!cvr || !orders || !sessions) return findings;
  const off: { week: number; given: number; expected: number }[] = [];
  cvr.forEach((cell, w) => {
    const given = cellNumber(cell);
    const o = cellNumber(orders[w]);
    const s = cellNumber(sessions[w]);
    if (given === undefined || o === undefined || s === undefined || s === 0) return;
    const expected = o / s;
    if (Math.abs(given - expected) > CVR_TOLERANCE * (1 + 1e-9)) {
      off.push({ week: w + 1, given, expected });
    }
  });
  const firstOff = off[0];
  if (firstOff) {
    findings.push({
      code: "cvr-mismatch",
      severity: "error",
      message:
        `Forecast conversion is not forecast orders / forecast sessions in ${describeWeeks(off.map((o) => o.week))}: ` +
        `week ${firstOff.week} shows ${pct(firstOff.given)} where the forecast gives ` +
        `${pct(firstOff.expected)} (tolerance 0.05 point). Compute it from the forecast rows, ` +
        `so the conversion guardrail judges the plan you made.`,
      cells: monthCells(
        cvr,
        off.map((o) => o.week - 1)
      ),
    });
  }
  return findings;
}
