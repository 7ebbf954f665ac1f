import type { PlanMode, PlanOptions } from "../../buildPlan";
import { BRIDGE_METHODS } from "../../../bridge/bridgeMethod";
import type { PlanBlock, PlanName, PlanSheet } from "../../../plan/workbookPlan";
import { drillInfoBlock } from "../../common/drillInfoBlock";
import { contractName, contractPlanNames } from "../../contract/drillContract";
import { drill1CoachDiagnosis, drill1CoachMoves } from "../drill1Coaching";
import { D1_METHOD, D1_STAMP_PLACEMENT, DRILL1_CONTRACT } from "../drill1Contract";
import { D1_LAYOUT, D1_WORK_SHEET } from "../drill1Layout";
import { DRILL1_GENERATOR_VERSION, type Drill1Data } from "../generateDrill1Data";
import { summariseDrill1 } from "../summariseDrill1";
import {
  diagnosisBlock,
  diagnosisFloorBlock,
  introBlock,
  luxExampleBlock,
  methodBlock,
  movesBlock,
} from "./answerBlocks";
import { bridgeBlocks, bridgeCharts } from "./bridgeBlocks";
import { subtitle } from "./cells";
import { controlBlocks } from "./controlBlock";
import { currencyBlock } from "./currencyBlock";
import { dataRefs } from "./dataSheet";
import { headlineBlock } from "./headlineBlock";
import { tierBlock } from "./tierBlock";

const WORK_COLUMN_WIDTHS = {
  A: 36,
  B: 15,
  C: 13,
  D: 13,
  E: 13,
  F: 12,
  G: 12,
  H: 13,
  I: 13,
  J: 12,
  K: 22,
  L: 14,
  M: 14,
  N: 13,
  O: 13,
  P: 16,
};

/**
 * The given figures: headlines, then the tier table (the candidate's to build in a blank workbook),
 * each under its subtitle, and the control totals the check compares with the variant's data.
 */
function givenBlocks(data: Drill1Data, mode: PlanMode): PlanBlock[] {
  const ref = dataRefs(data);
  const tierTitle =
    mode === "blank"
      ? "By tier: yours to build from D1 Data (COUNTIFS / SUMIFS over the raw rows)"
      : "By tier, computed from D1 Data";
  return [
    {
      at: `A${D1_LAYOUT.headlineSubtitle}`,
      rows: [[subtitle("Headline figures, computed from D1 Data")]],
    },
    { at: `A${D1_LAYOUT.headlineHeaderRow}`, rows: headlineBlock(ref) },
    {
      at: `A${D1_LAYOUT.tierHeaderRow - 1}`,
      rows: [[subtitle(tierTitle)]],
    },
    { at: `A${D1_LAYOUT.tierHeaderRow}`, rows: tierBlock(ref, mode) },
    ...controlBlocks(ref),
  ];
}

/**
 * The candidate's answer: method, two bridges, the currency effect, three moves, a diagnosis (the
 * key fills them).
 */
function answerBlocks(data: Drill1Data, options: PlanOptions): PlanBlock[] {
  const answerKey = options.mode === "answer-key";
  const summary = answerKey ? summariseDrill1(data) : undefined;
  const method = answerKey || options.mode === "starter" ? "midpoint" : undefined;
  const blocks = [
    methodBlock(method),
    ...bridgeBlocks(answerKey),
    currencyBlock(dataRefs(data), options.mode),
    diagnosisBlock(summary ? drill1CoachDiagnosis(summary, data) : ""),
    diagnosisFloorBlock(),
    movesBlock(summary ? drill1CoachMoves(summary) : []),
  ];
  if (options.target === "addin" && options.mode === "starter") blocks.push(luxExampleBlock());
  return blocks;
}

/**
 * D1 Work: the headline figures computed by native formulas, the tier table (formulas in starter
 * and answer key, the candidate's to build in blank), the control totals over the raw rows, the
 * candidate's bridge and diagnosis cells, two waterfalls and the Drill info stamp, with the
 * contract's names.
 *
 * @example
 * buildWorkSheet(generateDrill1Data(0), { seed: 0, mode: "blank", target: "file" }).sheet.name //=> "D1 Work"
 */
export function buildWorkSheet(
  data: Drill1Data,
  options: PlanOptions
): { sheet: PlanSheet; names: PlanName[] } {
  const info = drillInfoBlock(
    {
      drill: "1",
      title: "Quarter diagnosis: AOV and sell-through bridges",
      seed: options.seed,
      generatorVersion: DRILL1_GENERATOR_VERSION,
      mode: options.mode,
    },
    D1_STAMP_PLACEMENT
  );
  const sheet: PlanSheet = {
    name: D1_WORK_SHEET,
    tabColor: "#C9A227",
    columnWidths: WORK_COLUMN_WIDTHS,
    freeze: { rows: 1, columns: 1 },
    blocks: [
      introBlock(options.mode),
      ...givenBlocks(data, options.mode),
      ...answerBlocks(data, options),
      info.block,
    ],
    validations: [
      {
        range: contractName(DRILL1_CONTRACT, D1_METHOD).range,
        kind: "list",
        values: [...BRIDGE_METHODS],
        prompt: "The bridge method you use for both bridges.",
      },
    ],
    charts: bridgeCharts(),
  };
  return { sheet, names: [...contractPlanNames(DRILL1_CONTRACT), ...info.names] };
}
