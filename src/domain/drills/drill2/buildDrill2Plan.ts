import type { WorkbookPlan } from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { contractPlanNames } from "../contract/drillContract";
import { drillInfoBlock } from "../common/drillInfoBlock";
import { computeDrill2Reference } from "./computeDrill2Reference";
import { DRILL2_CONTRACT } from "./drill2Contract";
import {
  DRILL2_INFO_AT,
  DRILL2_REMOVAL_COUNT,
  DRILL2_REPLACEMENT_COUNT,
  DRILL2_SHEETS,
} from "./drill2Layout";
import { drill2Levers } from "./drill2Levers";
import { DRILL2_GENERATOR_VERSION, generateDrill2Data } from "./generateDrill2Data";
import { baselineSheet } from "./sheets/baselineSheet";
import { planSheet } from "./sheets/planSheet";

/**
 * The drill 2 workbook: "D2 Baseline" (13 weeks of site data by traffic source as a table, weekly
 * totals and source totals recomputed from it with SUMIF, homepage modules, category nav, what is in
 * production) and "D2 Plan" (guardrails a coach can edit, the levers to remove and the replacements to
 * launch, the 13-week plan grid and the weekly revenue and conversion forecast). "blank" leaves the
 * plan grid and every forecast formula to the candidate; "starter" wires them to the (blank) choices;
 * "answer-key" fills the coach's reference plan (`computeDrill2Reference`). Native formulas only,
 * except `LUX.SAFESHARE` for conversion in an add-in starter or key. Its names are drill 2's
 * contract (DRILL2_CONTRACT.ts) and the Drill info stamp.
 *
 * @example
 * buildDrill2Plan({ seed: 0, mode: "blank", target: "file" }).sheets.map((s) => s.name)
 * //=> ["D2 Baseline", "D2 Plan"]
 */
export function buildDrill2Plan(options: PlanOptions): WorkbookPlan {
  const data = generateDrill2Data(options.seed);
  const levers = drill2Levers(data);
  // The contract's lever tables have fixed lengths; a lever list of another length is a bug.
  if (
    levers.removals.length !== DRILL2_REMOVAL_COUNT ||
    levers.replacements.length !== DRILL2_REPLACEMENT_COUNT
  ) {
    throw new RangeError("drill 2's levers do not fit the lever tables of its layout");
  }
  const choices =
    options.mode === "answer-key" ? computeDrill2Reference(options.seed).choices : undefined;
  const info = drillInfoBlock(
    {
      drill: "2",
      title: "90-day teardown and rebuild of the .com",
      seed: options.seed,
      generatorVersion: DRILL2_GENERATOR_VERSION,
      mode: options.mode,
    },
    {
      sheet: DRILL2_SHEETS.plan,
      at: DRILL2_INFO_AT,
      namePrefix: DRILL2_CONTRACT.prefix.replace(/_$/, ""),
    }
  );
  return {
    drill: "2",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: DRILL2_GENERATOR_VERSION,
    sheets: [baselineSheet(data), planSheet(data, levers, options, choices, info.block)],
    names: [...contractPlanNames(DRILL2_CONTRACT), ...info.names],
  };
}
