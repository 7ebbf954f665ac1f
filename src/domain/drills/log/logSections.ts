import type { PlanBlock, PlanCell, PlanTable, PlanValidation } from "../../plan/workbookPlan";
import { contractName } from "../contract/drillContract";
import { LOG_CONTRACT, LOG_LAST_ROW, LOG_LAYOUT } from "./logContract";
import { PRACTICE_QUESTIONS, type PracticeQuestion } from "./practiceQuestions";

/**
 * The sections of the practice log's one sheet, each read from the log's layout and contract, so
 * `buildLogPlan` reads as the list of what the sheet holds.
 */

const SETS = {
  behavioural: "Luxury digital lead: behavioural",
  specialist: "E-commerce specialist: interview",
} as const;

const TABLE_HEADERS = [
  "#",
  "Set",
  "Question",
  "What it tests / topic",
  "Your notes",
  "Self-score (1–5)",
  "Coach score (1–5)",
  "Coach comment",
];

/** Widths of the table's columns (A to H), a narrow gap (I), then the blocks beside it (J to L). */
export const LOG_COLUMN_WIDTHS: Record<string, number> = {
  A: 5,
  B: 32,
  C: 70,
  D: 70,
  E: 50,
  F: 12,
  G: 12,
  H: 40,
  I: 3,
  J: 20,
  K: 14,
  L: 30,
};

/** A row of one instruction line. */
const instructionRow = (value: string): PlanCell[] => [{ value, style: "instruction" }];

/**
 * The title and the three lines that tell the candidate and the coach what to do.
 *
 * @example
 * logIntroBlock().rows[0]?.[0]?.value //=> "Interview practice log"
 */
export function logIntroBlock(): PlanBlock {
  return {
    at: LOG_LAYOUT.titleAt,
    rows: [
      [{ value: "Interview practice log", style: "title" }],
      instructionRow(
        "Practise each question out loud, then note the story you used and score yourself from 1 " +
          "(not ready) to 5 (ready for the real interview)."
      ),
      instructionRow(
        "Your coach scores the same answer from 1 to 5 and says what to change. The questions and " +
          "what they test are quoted from the preparation documents."
      ),
      instructionRow("Cells styled as inputs are for the candidate and the coach."),
    ],
  };
}

/** One question's row: its number and set, the question and what it tests, then the input cells. */
function questionRow(question: PracticeQuestion, index: number): PlanCell[] {
  return [
    { value: index + 1, numberFormat: "0", style: "label" },
    { value: SETS[question.source], style: "given" },
    { value: question.question, style: "given" },
    { value: question.about, style: "given" },
    { style: "input" },
    { numberFormat: "0", style: "input" },
    { numberFormat: "0", style: "input" },
    { style: "input" },
  ];
}

/**
 * The practice table: the header row, then one row per question, from the layout's header row on.
 *
 * @example
 * logQuestionBlock().rows[1]?.[2]?.value //=> "Walk me through your CV."
 */
export function logQuestionBlock(): PlanBlock {
  return {
    at: `${LOG_LAYOUT.numberColumn}${LOG_LAYOUT.headerRow}`,
    rows: [
      TABLE_HEADERS.map((value): PlanCell => ({ value, style: "header" })),
      ...PRACTICE_QUESTIONS.map(questionRow),
    ],
  };
}

/** The whole range of one of the contract's score columns, e.g. "F8:F35" for LOG_SelfScore. */
const scoreRange = (name: string): string => contractName(LOG_CONTRACT, name).range;

/** The average of a score column, blank until a score is typed. */
function averageCell(name: string): PlanCell {
  const range = scoreRange(name);
  return {
    formula: `=IF(COUNT(${range})=0,"",AVERAGE(${range}))`,
    numberFormat: "0.0",
    style: "output",
  };
}

/**
 * "Scores so far": the running average of the self-scores and of the coach's scores.
 *
 * @example
 * logScoresBlock().rows[1]?.[1]?.formula //=> '=IF(COUNT(F8:F35)=0,"",AVERAGE(F8:F35))'
 */
export function logScoresBlock(): PlanBlock {
  return {
    at: LOG_LAYOUT.scoresAt,
    rows: [
      [{ value: "Scores so far", style: "subtitle" }],
      [{ value: "Average self-score", style: "label" }, averageCell("LOG_SelfScore")],
      [{ value: "Average coach score", style: "label" }, averageCell("LOG_CoachScore")],
    ],
  };
}

/**
 * The Excel table over the header row and every question, from the number column to the coach's
 * comment.
 *
 * @example
 * logTable().range //=> "A7:H35"
 */
export function logTable(): PlanTable {
  return {
    name: "tblPracticeLog",
    range: `${LOG_LAYOUT.numberColumn}${LOG_LAYOUT.headerRow}:${LOG_LAYOUT.coachCommentColumn}${LOG_LAST_ROW}`,
    style: "TableStyleLight1",
  };
}

/**
 * Both score columns take a whole number from 1 to 5.
 *
 * @example
 * logScoreValidations().map((v) => v.range) //=> ["F8:F35", "G8:G35"]
 */
export function logScoreValidations(): PlanValidation[] {
  return ["LOG_SelfScore", "LOG_CoachScore"].map((name): PlanValidation => ({
    range: scoreRange(name),
    kind: "whole",
    min: 1,
    max: 5,
    prompt: "A whole number from 1 to 5.",
  }));
}
