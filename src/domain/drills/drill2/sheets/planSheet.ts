import type { PlanOptions } from "../../buildPlan";
import type { PlanBlock, PlanCell, PlanSheet } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { DRILL2_PLAN_ROWS as P, DRILL2_SHEETS, DRILL2_TOTAL_COLUMN } from "../drill2Layout";
import type { Drill2RemovalLever, Drill2ReplacementLever } from "../drill2Levers";
import type { Drill2Choices } from "../forecastDrill2";
import type { Drill2Data } from "../generateDrill2Data";
import { DRILL2_TAB, line, weekColumnWidths } from "./drill2Cells";
import { planCells } from "./planCells";
import { baselineMirror, forecastRows, planGrid, statusRow } from "./planForecast";
import { planValidations, removalTable, replacementTable } from "./planLeverTables";
import { notesBlock } from "./planNotes";

/**
 * "D2 Plan": the guardrails a coach can edit, the levers to remove and the replacements to launch,
 * the 13-week plan grid, the baseline it starts from, the weekly forecast, the guardrail status
 * (wired plans only) and the notes; the Drill info stamp sits top right.
 *
 * @example
 * planSheet(data, drill2Levers(data), options, undefined, info.block).name //=> "D2 Plan"
 */
export function planSheet(
  data: Drill2Data,
  levers: { removals: Drill2RemovalLever[]; replacements: Drill2ReplacementLever[] },
  options: PlanOptions,
  choices: Drill2Choices | undefined,
  infoBlock: PlanBlock
): PlanSheet {
  const cells = planCells(options);
  const blocks: PlanBlock[] = [
    titleBlock(),
    infoBlock,
    ...guardrailBlocks(data),
    ...removalTable(levers.removals, choices, cells),
    ...replacementTable(levers.replacements, choices, cells),
    ...planGrid(levers, cells),
    ...baselineMirror(),
    ...forecastRows(cells),
    ...(cells.wired ? [statusRow()] : []),
    notesBlock(data),
  ];
  return {
    name: DRILL2_SHEETS.plan,
    tabColor: DRILL2_TAB,
    columnWidths: {
      A: 48,
      B: 36,
      ...weekColumnWidths(),
      [DRILL2_TOTAL_COLUMN]: 14,
      // The Drill info stamp: a gap, then its labels, values and notes.
      Q: 3,
      R: 18,
      S: 14,
      T: 40,
    },
    freeze: { rows: 0, columns: 1 },
    blocks,
    validations: planValidations(levers.replacements.map((r) => r.label)),
  };
}

function titleBlock(): PlanBlock {
  return {
    at: "A1",
    rows: [
      [
        {
          value: "Drill 2 — 90-day teardown and rebuild, without crashing conversion or revenue",
          style: "title",
        },
      ],
      [
        {
          value: `Decide which premium-DTC levers to switch off and which maison levers replace them, week by week; forecast weekly revenue and conversion against the guardrails. Read the notes from row ${P.notes}.`,
          style: "instruction",
        },
      ],
    ],
  };
}

/** The guardrails: label, the value a coach may edit (given), and what it means. */
function guardrailBlocks(data: Drill2Data): PlanBlock[] {
  const g = data.guardrails;
  const guardrail = (row: number, label: string, value: number, format: string, note: string) =>
    line(row, [
      { value: label, style: "label" },
      {},
      { value, style: "given", numberFormat: format, note } satisfies PlanCell,
      { value: note, style: "note" },
    ]);
  return [
    line(P.guardrailsHeader, [
      {
        value: "Guardrails (a coach may change these; the check reads them from here)",
        style: "subtitle",
      },
    ]),
    guardrail(
      P.maxRevenueDrop,
      "Max weekly revenue drop vs the same baseline week",
      g.maxRevenueDrop,
      FORMATS.pct0,
      "Forecast revenue must stay at or above (1 − this) × baseline revenue, every week."
    ),
    guardrail(
      P.minCVRRatio,
      "Min weekly conversion as a share of baseline",
      g.minCVRRatio,
      FORMATS.pct0,
      "Forecast conversion must stay at or above this share of the baseline week's conversion."
    ),
    guardrail(
      P.replaceWithinWeeks,
      "Replacement live within (weeks) of a removal",
      g.replaceWithinWeeks,
      "0",
      "A removed discount or retargeting lever needs its replacement live no later than this many weeks after."
    ),
    guardrail(
      P.discountFreeByWeek,
      "Discount-driven revenue at zero from week",
      g.discountFreeByWeek,
      "0",
      "From this week on no revenue may depend on a discount or a retargeting blast."
    ),
  ];
}
