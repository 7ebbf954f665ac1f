import { buildPlan, DRILL_IDS } from "../../src/domain/drills/buildPlan";
import { writePlan } from "../../src/excel/writePlan";
import { StrictExcel } from "./strictExcel";

/** What populating took, measured by the double. */
export type PopulateFigures = { syncs: number; largestRequest: number; largestResponse: number };

/**
 * The heaviest workbook the add-in makes in ordinary use: every drill populated (seed 0; drill 3 as
 * the starter, with its LUX formulas) and drill 1 populated a second time, so "D1 Data (2)" holds
 * another 10,200 order rows. Each populate goes through `writePlan` on the strict double, as the
 * add-in's populate does (the writer places the copy, renames its sheets and re-points the names).
 */
export async function everyDrillWorkbook(): Promise<{
  excel: StrictExcel;
  populate: PopulateFigures;
}> {
  const excel = new StrictExcel(["Sheet1"]);
  const drills = [...DRILL_IDS, "1" as const];
  for (const drill of drills) {
    const plan = buildPlan(drill, {
      seed: 0,
      mode: drill === "3" ? "starter" : "blank",
      target: "addin",
    });
    await writePlan(excel.context, plan, { isSetSupported: () => true });
  }
  return {
    excel,
    populate: {
      syncs: excel.syncs,
      largestRequest: excel.largestRequest(),
      largestResponse: excel.largestResponse(),
    },
  };
}
