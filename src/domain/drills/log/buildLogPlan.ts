import type { PlanSheet, WorkbookPlan } from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { drillInfoBlock } from "../common/drillInfoBlock";
import { contractPlanNames, nameBox } from "../contract/drillContract";
import { LOG_CONTRACT, LOG_INFO_PLACEMENT, LOG_LAYOUT, LOG_SHEET } from "./logContract";
import {
  LOG_COLUMN_WIDTHS,
  logIntroBlock,
  logQuestionBlock,
  logScoreValidations,
  logScoresBlock,
  logTable,
} from "./logSections";

/** Bumped whenever the same seed would give a different sheet. */
export const LOG_GENERATOR_VERSION = "log-1.0.0";

/** The Practice Log sheet: intro, the question table, the Drill info stamp and the running scores. */
function buildLogSheet(options: PlanOptions): PlanSheet {
  const info = drillInfoBlock(
    {
      drill: "log",
      title: "Interview practice log",
      seed: options.seed,
      generatorVersion: LOG_GENERATOR_VERSION,
      mode: options.mode,
    },
    LOG_INFO_PLACEMENT
  );
  return {
    name: LOG_SHEET,
    tabColor: "#7A3E5C",
    columnWidths: LOG_COLUMN_WIDTHS,
    // The header row and the columns up to the question stay in view while scrolling.
    freeze: {
      rows: LOG_LAYOUT.headerRow,
      columns: nameBox(LOG_CONTRACT, "LOG_Questions").right,
    },
    blocks: [logIntroBlock(), logQuestionBlock(), info.block, logScoresBlock()],
    tables: [logTable()],
    validations: logScoreValidations(),
  };
}

/**
 * Builds the interview practice log: the behavioural questions of seed 000 (with what each tests)
 * and the interview questions of seed 002 (with their topic), quoted as they stand, in an Excel table
 * with columns for the candidate's notes and self-score and the coach's score and comment (scores
 * are whole numbers from 1 to 5). The questions do not depend on the seed; the stamp records it.
 *
 * @example
 * buildLogPlan({ seed: 0, mode: "blank", target: "file" }).sheets[0]?.name //=> "Practice Log"
 */
export function buildLogPlan(options: PlanOptions): WorkbookPlan {
  return {
    drill: "log",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: LOG_GENERATOR_VERSION,
    sheets: [buildLogSheet(options)],
    names: contractPlanNames(LOG_CONTRACT),
  };
}
