import type { PlanBlock, PlanSheet, WorkbookPlan } from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { drillInfoBlock } from "../common/drillInfoBlock";
import { contractPlanNames } from "../contract/drillContract";
import { computeDrill3Reference } from "./computeDrill3Reference";
import { DRILL3_CONTRACT } from "./drill3Contract";
import { DRILL3_ROWS as R, DRILL3_SHEETS, drill3MonthColumn } from "./drill3Layout";
import type { Drill3Assumptions } from "./forecastDrill3";
import {
  DRILL3_GENERATOR_VERSION,
  generateDrill3Data,
  type Drill3Data,
} from "./generateDrill3Data";
import { assumptionBlocks } from "./sheets/assumptionBlocks";
import { coachBlocks } from "./sheets/coachBlocks";
import { givenBlocks, headBlocks } from "./sheets/givenBlocks";
import { helperBlocks } from "./sheets/helperBlocks";
import { MONTH_INDEXES, pct } from "./sheets/modelCells";
import { modelValidations } from "./sheets/modelValidations";
import { notesBlock } from "./sheets/notesBlock";
import { outputBlocks } from "./sheets/outputBlocks";
import { rosterSheet } from "./sheets/rosterSheet";
import { sanityBlocks } from "./sheets/sanityBlocks";

/**
 * The drill 3 workbook: a DOS roster and a model sheet with the givens, the coach settings, one row
 * per candidate assumption and per forecast output (months 1–12 in columns C–N), sanity rows and the
 * drill's instructions. "blank" leaves every assumption and output to the candidate; "starter" wires
 * the outputs to the (blank) assumption rows; "answer-key" fills the coach's reference programme
 * (see `computeDrill3Reference`). Target "file" uses native formulas only; "addin" may use `LUX.*`.
 * Every name comes from drill 3's contract, plus the Drill info stamp.
 *
 * @example
 * buildDrill3Plan({ seed: 0, mode: "blank", target: "file" }).sheets.map((s) => s.name)
 * //=> ["D3 Roster", "D3 Model"]
 */
export function buildDrill3Plan(options: PlanOptions): WorkbookPlan {
  const data = generateDrill3Data(options.seed);
  const assumptions =
    options.mode === "answer-key" ? computeDrill3Reference(options.seed).assumptions : undefined;
  const info = drillInfoBlock(
    {
      drill: "3",
      title: `Top-client digital share ${pct(data.baselineShare)} → ${pct(data.targetShare)} in 12 months`,
      seed: options.seed,
      generatorVersion: DRILL3_GENERATOR_VERSION,
      mode: options.mode,
    },
    { sheet: DRILL3_SHEETS.model, at: "Q1", namePrefix: "D3" }
  );
  return {
    drill: "3",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: DRILL3_GENERATOR_VERSION,
    sheets: [rosterSheet(data), modelSheet(data, options, assumptions, info.block)],
    names: [...contractPlanNames(DRILL3_CONTRACT, { D3_RosterSAs: data.dos }), ...info.names],
  };
}

/** The model sheet: its sections top to bottom; sanity rows and LUX helpers only when wired. */
function modelSheet(
  data: Drill3Data,
  options: PlanOptions,
  assumptions: Drill3Assumptions | undefined,
  infoBlock: PlanBlock
): PlanSheet {
  const wired = options.mode !== "blank";
  const lux = options.target === "addin";
  const blocks: PlanBlock[] = [
    ...headBlocks(data, infoBlock),
    ...givenBlocks(data),
    ...coachBlocks(data.coach),
    ...assumptionBlocks(assumptions),
    ...outputBlocks(wired, lux, assumptions),
  ];
  if (wired) blocks.push(...sanityBlocks());
  if (wired && lux) blocks.push(...helperBlocks());
  blocks.push(notesBlock(data));

  return {
    name: DRILL3_SHEETS.model,
    tabColor: "#385723",
    columnWidths: {
      A: 50,
      B: 11,
      ...Object.fromEntries(MONTH_INDEXES.map((m) => [drill3MonthColumn(m), 12])),
      O: 14,
      P: 3,
      Q: 18,
      R: 12,
      S: 40,
    },
    freeze: { rows: R.calendar, columns: 2 },
    blocks,
    validations: modelValidations(data, wired && lux),
  };
}
