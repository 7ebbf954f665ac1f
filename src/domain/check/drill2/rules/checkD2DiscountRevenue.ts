import type { Finding } from "../../../model/workbookModel";
import { cellNumber } from "../../cellNumber";
import { formatUsd, showHuge } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill2Context } from "../drill2Context";
import { D2_WEEKS } from "../drill2Names";
import { isDiscountLever, leverName } from "../isDiscountLever";
import { describeWeeks, plannedWeek } from "../weekText";

/** Forecast discount revenue up to half a dollar is rounding, not a lever still running. */
const ZERO_TOLERANCE_USD = 0.5;

/**
 * `discount-revenue-remaining`: from week D2_DiscountFreeByWeek on, no revenue may depend on a
 * discount or a retargeting blast. Fires on the forecast weeks that still show some, and on the
 * removal week of every discount or retargeting lever kept or switched off too late (so a forecast
 * formula that hides it does not hide the plan).
 *
 * @example
 * checkD2DiscountRevenue(contextKeepingInfluencerCodes)[0]?.cells
 * //=> ["'D2 Plan'!O55", "'D2 Plan'!H13"]
 */
export function checkD2DiscountRevenue(context: Drill2Context): Finding[] {
  const deadline = cellNumber(context.guardrails.D2_DiscountFreeByWeek);
  if (deadline === undefined) return [];
  const row = context.rows.D2_DiscountRevenue;
  const late = row
    ? row.flatMap((cell, w) => {
        const value = cellNumber(cell);
        return w + 1 >= deadline && value !== undefined && Math.abs(value) > ZERO_TOLERANCE_USD
          ? [w]
          : [];
      })
    : [];
  const running = (context.removals ?? []).flatMap((removal, i) => {
    if (!isDiscountLever(removal)) return [];
    const off = plannedWeek(removal.D2_Removals);
    if (off.kind === "invalid") return [];
    if (off.kind === "week" && off.week <= deadline) return [];
    return [{ removal, i, off }];
  });
  if (late.length === 0 && running.length === 0) return [];
  const parts: string[] = [];
  if (late.length > 0 && row) {
    const last = row[late.at(-1) as number];
    parts.push(
      `the forecast still shows discount-driven revenue in ${describeWeeks(late.map((w) => w + 1))} (${showHuge(cellNumber(last) ?? 0) ?? formatUsd(cellNumber(last) ?? 0)} in week ${(late.at(-1) as number) + 1})`
    );
  }
  if (running.length > 0) {
    const levers = running.map(({ removal, i, off }) =>
      off.kind === "week"
        ? `${leverName(removal.D2_RemovalLevers.value, i)} only goes in week ${off.week}`
        : `${leverName(removal.D2_RemovalLevers.value, i)} is never switched off`
    );
    parts.push(levers.join(", "));
  }
  return [
    {
      code: "discount-revenue-remaining",
      severity: "error",
      message: `Discount-driven revenue must be zero from week ${deadline} (D2_DiscountFreeByWeek), but ${parts.join("; and ")}. Switch every discount and retargeting lever off by week ${Math.min(deadline, D2_WEEKS)}, each with its replacement live in time.`,
      cells: [
        ...(row ? monthCells(row, late) : []),
        ...running.map(({ removal }) => removal.D2_Removals.address),
      ],
    },
  ];
}
