import type { PlanOptions } from "../domain/drills/buildPlan";
import type { CheckResult, WorkbookModel } from "../domain/model/workbookModel";
import type { DrillId, WorkbookPlan } from "../domain/plan/workbookPlan";
import type { WorkbookHost } from "../domain/workbookHost";

/**
 * Everything the pane needs from outside React: the workbook host, the drill generators and the check.
 * Generators and rules are loaded on first use (a separate chunk), so the pane is interactive before
 * the code that builds 10,000 order rows has even been downloaded.
 */
export type PaneServices = {
  host: WorkbookHost;
  buildPlan: (drill: DrillId, options: PlanOptions) => Promise<WorkbookPlan>;
  checkWorkbook: (model: WorkbookModel) => Promise<CheckResult>;
};

/** The production services around a host. */
export function createPaneServices(host: WorkbookHost): PaneServices {
  return {
    host,
    buildPlan: async (drill, options) =>
      (await import("../domain/drills/buildPlan")).buildPlan(drill, options),
    checkWorkbook: async (model) =>
      (await import("../domain/check/checkWorkbook")).checkWorkbook(model),
  };
}
