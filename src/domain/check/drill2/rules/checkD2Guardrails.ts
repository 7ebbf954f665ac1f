import type { Finding } from "../../../model/workbookModel";
import { cellNumber } from "../../cellNumber";
import { formatPercent, formatUsd, showHuge } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { RangeCell } from "../../readNamedBlock";
import type { Drill2Context } from "../drill2Context";
import { describeWeeks } from "../weekText";

const usd = (value: number) => showHuge(value) ?? formatUsd(value);
const pct = (share: number) => showHuge(share) ?? formatPercent(share, 2);

/** Below its floor by more than floating-point noise. */
const below = (value: number, floor: number) => value < floor - Math.abs(floor) * 1e-9 - 1e-12;

type Breach = { week: number; value: number; floor: number; baseline: number };

function breaches(
  forecast: readonly RangeCell[],
  baseline: readonly RangeCell[],
  floorOf: (baseline: number) => number
): Breach[] {
  const found: Breach[] = [];
  forecast.forEach((cell, w) => {
    const value = cellNumber(cell);
    const base = cellNumber(baseline[w]);
    if (value === undefined || base === undefined) return;
    const floor = floorOf(base);
    if (below(value, floor)) found.push({ week: w + 1, value, floor, baseline: base });
  });
  return found;
}

/** The breach furthest below its floor, relative to the floor. */
const worst = (list: Breach[]): Breach =>
  list.reduce((a, b) =>
    (b.floor - b.value) / Math.abs(b.floor || 1) > (a.floor - a.value) / Math.abs(a.floor || 1)
      ? b
      : a
  );

/**
 * The guardrails stated on the sheet, week by week:
 * - `revenue-guardrail`: forecast revenue below (1 − D2_MaxRevenueDrop) × the baseline week;
 * - `cvr-guardrail`: forecast conversion below D2_MinCVRRatio × the baseline week's conversion.
 * One finding per guardrail on the weeks that breach it, naming the worst week. Limits are read from
 * the guardrail cells, never from constants.
 *
 * @example
 * checkD2Guardrails(contextWithWeek5RevenueCrash)[0]?.cells //=> ["'D2 Plan'!G53"]
 */
export function checkD2Guardrails(context: Drill2Context): Finding[] {
  const findings: Finding[] = [];
  const maxDrop = cellNumber(context.guardrails.D2_MaxRevenueDrop);
  const revenue = context.rows.D2_ForecastRevenue;
  const baseRevenue = context.rows.D2_BaselineRevenue;
  if (maxDrop !== undefined && revenue && baseRevenue) {
    const list = breaches(revenue, baseRevenue, (b) => (1 - maxDrop) * b);
    if (list.length > 0) {
      const w = worst(list);
      findings.push({
        code: "revenue-guardrail",
        severity: "error",
        message:
          `Forecast revenue falls more than ${formatPercent(maxDrop, 0)} below the baseline week in ` +
          `${describeWeeks(list.map((b) => b.week))}: worst in week ${w.week}, ${usd(w.value)} against a floor of ` +
          `${usd(w.floor)} (baseline ${usd(w.baseline)}). "Without crashing revenue" means ` +
          `launching each replacement before its lever goes, or phasing the removals.`,
        cells: monthCells(
          revenue,
          list.map((b) => b.week - 1)
        ),
      });
    }
  }
  const minRatio = cellNumber(context.guardrails.D2_MinCVRRatio);
  const cvr = context.rows.D2_ForecastCVR;
  const baseCvr = context.rows.D2_BaselineCVR;
  if (minRatio !== undefined && cvr && baseCvr) {
    const list = breaches(cvr, baseCvr, (b) => minRatio * b);
    if (list.length > 0) {
      const w = worst(list);
      findings.push({
        code: "cvr-guardrail",
        severity: "error",
        message:
          `Forecast conversion falls below ${formatPercent(minRatio, 0)} of the baseline week's in ` +
          `${describeWeeks(list.map((b) => b.week))}: worst in week ${w.week}, ${pct(w.value)} against a floor of ` +
          `${pct(w.floor)} (baseline ${pct(w.baseline)}). Removing high-converting ` +
          `discount traffic lowers orders faster than sessions: bring in converting full-price demand (save-the-cart, ` +
          `appointments) before switching it off.`,
        cells: monthCells(
          cvr,
          list.map((b) => b.week - 1)
        ),
      });
    }
  }
  return findings;
}
