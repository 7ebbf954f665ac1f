import type { DrillId, WorkbookPlan } from "../plan/workbookPlan";
import { buildDrill1Plan } from "./drill1/buildDrill1Plan";
import { buildDrill2Plan } from "./drill2/buildDrill2Plan";
import { buildDrill3Plan } from "./drill3/buildDrill3Plan";
import { buildKpiPlan } from "./kpi/buildKpiPlan";
import { buildLogPlan } from "./log/buildLogPlan";

/**
 * Where a plan will be rendered. "file" plans use native formulas only (a coach without the add-in
 * must see numbers); "addin" plans may use `LUX.*` functions where a starter model wires them.
 */
export type PlanTarget = "addin" | "file";

export type PlanMode = WorkbookPlan["mode"];

export type PlanOptions = {
  seed: number;
  mode: PlanMode;
  target: PlanTarget;
};

export type DrillBuilder = (options: PlanOptions) => WorkbookPlan;

const builders: Record<DrillId, DrillBuilder> = {
  "1": buildDrill1Plan,
  "2": buildDrill2Plan,
  "3": buildDrill3Plan,
  kpi: buildKpiPlan,
  log: buildLogPlan,
};

// The list of drills lives beside the plan type; re-exported here for the builders' callers.
export { DRILL_IDS } from "../plan/drillIds";

/**
 * Builds the workbook plan of one drill.
 *
 * @example
 * buildPlan("1", { seed: 0, mode: "blank", target: "file" }).sheets.map((s) => s.name)
 * //=> ["D1 Data", "D1 Work"]
 */
export function buildPlan(drill: DrillId, options: PlanOptions): WorkbookPlan {
  return builders[drill](options);
}
