import type { WorkbookPlan } from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { DRILL1_GENERATOR_VERSION, generateDrill1Data } from "./generateDrill1Data";
import { buildDataSheet } from "./sheets/dataSheet";
import { buildWorkSheet } from "./sheets/workSheet";

/**
 * Builds drill 1 (quarter diagnosis): `D1 Data` with every online order, the online inventory and
 * the channel totals as Excel tables, and `D1 Work` with the headline figures and the tier table
 * computed by native formulas, the candidate's bridge and diagnosis cells, two waterfalls and the
 * Drill info stamp. "answer-key" fills the answers with native formulas (midpoint bridge) and a
 * coach's moves and diagnosis; an add-in starter also shows `LUX.AOVBRIDGE` / `LUX.STBRIDGE`.
 * Every name on D1 Work comes from the drill's contract (drill1Contract.ts).
 *
 * @example
 * const plan = buildDrill1Plan({ seed: 0, mode: "blank", target: "file" });
 * plan.sheets.map((s) => s.name) //=> ["D1 Data", "D1 Work"]
 */
export function buildDrill1Plan(options: PlanOptions): WorkbookPlan {
  const data = generateDrill1Data(options.seed);
  const work = buildWorkSheet(data, options);
  return {
    drill: "1",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: DRILL1_GENERATOR_VERSION,
    sheets: [buildDataSheet(data), work.sheet],
    names: work.names,
  };
}
