import type { PlanCell, PlanSheet, WorkbookPlan } from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { drillInfoBlock } from "../common/drillInfoBlock";
import { contractName, contractPlanNames } from "../contract/drillContract";
import {
  LOG_CONTRACT,
  LOG_INFO_PLACEMENT,
  LOG_LAST_ROW,
  LOG_LAYOUT,
  LOG_SHEET,
} from "./logContract";
import { PRACTICE_QUESTIONS } from "./practiceQuestions";

/** Bumped whenever the same seed would give a different sheet. */
export const LOG_GENERATOR_VERSION = "log-1.0.0";

const SETS = {
  behavioural: "Luxury digital lead: behavioural",
  specialist: "E-commerce specialist: interview",
} as const;

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
  const header = (value: string): PlanCell => ({ value, style: "header" });
  const rows: PlanCell[][] = PRACTICE_QUESTIONS.map((q, i) => [
    { value: i + 1, numberFormat: "0", style: "label" },
    { value: SETS[q.source], style: "given" },
    { value: q.question, style: "given" },
    { value: q.about, style: "given" },
    { style: "input" },
    { numberFormat: "0", style: "input" },
    { numberFormat: "0", style: "input" },
    { style: "input" },
  ]);
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
  const scoreRange = (name: string): string => contractName(LOG_CONTRACT, name).range;
  const average = (range: string): PlanCell => ({
    formula: `=IF(COUNT(${range})=0,"",AVERAGE(${range}))`,
    numberFormat: "0.0",
    style: "output",
  });
  const sheet: PlanSheet = {
    name: LOG_SHEET,
    tabColor: "#7A3E5C",
    columnWidths: {
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
    },
    freeze: { rows: LOG_LAYOUT.headerRow, columns: 3 },
    blocks: [
      {
        at: "A1",
        rows: [
          [{ value: "Interview practice log", style: "title" }],
          [
            {
              value:
                "Practise each question out loud, then note the story you used and score yourself from 1 " +
                "(not ready) to 5 (ready for the real interview).",
              style: "instruction",
            },
          ],
          [
            {
              value:
                "Your coach scores the same answer from 1 to 5 and says what to change. The questions and " +
                "what they test are quoted from the preparation documents.",
              style: "instruction",
            },
          ],
          [
            {
              value: "Cells styled as inputs are for the candidate and the coach.",
              style: "instruction",
            },
          ],
        ],
      },
      {
        at: `A${LOG_LAYOUT.headerRow}`,
        rows: [
          [
            "#",
            "Set",
            "Question",
            "What it tests / topic",
            "Your notes",
            "Self-score (1–5)",
            "Coach score (1–5)",
            "Coach comment",
          ].map(header),
          ...rows,
        ],
      },
      info.block,
      {
        at: LOG_LAYOUT.scoresAt,
        rows: [
          [{ value: "Scores so far", style: "subtitle" }],
          [{ value: "Average self-score", style: "label" }, average(scoreRange("LOG_SelfScore"))],
          [{ value: "Average coach score", style: "label" }, average(scoreRange("LOG_CoachScore"))],
        ],
      },
    ],
    tables: [
      {
        name: "tblPracticeLog",
        range: `A${LOG_LAYOUT.headerRow}:${LOG_LAYOUT.coachCommentColumn}${LOG_LAST_ROW}`,
        style: "TableStyleLight1",
      },
    ],
    validations: [
      {
        range: scoreRange("LOG_SelfScore"),
        kind: "whole",
        min: 1,
        max: 5,
        prompt: "A whole number from 1 to 5.",
      },
      {
        range: scoreRange("LOG_CoachScore"),
        kind: "whole",
        min: 1,
        max: 5,
        prompt: "A whole number from 1 to 5.",
      },
    ],
  };
  return {
    drill: "log",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: LOG_GENERATOR_VERSION,
    sheets: [sheet],
    names: contractPlanNames(LOG_CONTRACT),
  };
}
