import type { PlanValidation } from "../../../plan/workbookPlan";
import {
  DRILL3_HELPER_ROWS as H,
  DRILL3_ROWS as R,
  drill3Cell,
  drill3MonthRange,
} from "../drill3Layout";
import type { Drill3Data } from "../generateDrill3Data";

type Bounds = { kind: "decimal" | "whole"; min: number; max: number; prompt: string };

/** The same bounds on months 1–12 of each row. */
const each = (rows: readonly number[], bounds: Bounds): PlanValidation[] =>
  rows.map((r) => ({ range: drill3MonthRange(r), ...bounds }));

/**
 * The data validation of the assumption rows (and of the helper block's ramp shape when present):
 * counts, rates, flags and amounts each within their sensible bounds.
 *
 * @example
 * modelValidations(generateDrill3Data(0), false)[0] //=> { range: "C28:N28", kind: "whole", min: 0, max: 80, … }
 */
export function modelValidations(data: Drill3Data, helpers: boolean): PlanValidation[] {
  const list: PlanValidation[] = [
    {
      range: drill3MonthRange(R.dosLive),
      kind: "whole",
      min: 0,
      max: data.dos,
      prompt: "Cumulative DOS live (0 to the roster's DOS count).",
    },
    ...each([R.activeSARate, R.cartConversion, R.salonConversion], {
      kind: "decimal",
      min: 0,
      max: 1,
      prompt: "A rate between 0% and 100%.",
    }),
    ...each([R.attributionLive, R.clickToDOSLive], {
      kind: "whole",
      min: 0,
      max: 1,
      prompt: "1 when live this month, 0 when not.",
    }),
    {
      range: drill3MonthRange(R.cartsPerSAWeek),
      kind: "decimal",
      min: 0,
      max: 100,
      prompt: "Carts or looks one active SA sends in a week.",
    },
    ...each([R.salonSessions, R.other1Orders, R.other2Orders], {
      kind: "whole",
      min: 0,
      max: 1_000_000,
      prompt: "A count per month (0 or more).",
    }),
    ...each([R.cartValue, R.salonTicket, R.other1Value, R.other2Value], {
      kind: "decimal",
      min: 0,
      max: 10_000_000,
      prompt: "An amount in dollars (0 or more).",
    }),
    {
      range: drill3MonthRange(R.organicDrift),
      kind: "decimal",
      min: -5,
      max: 5,
      prompt: "Percentage points per month, e.g. 0.05 (0 in month 1).",
    },
  ];
  if (helpers) {
    list.push({
      range: drill3Cell(H.shape),
      kind: "list",
      values: ["linear", "s-curve"],
      prompt: "Shape of the ramp.",
    });
  }
  return list;
}
