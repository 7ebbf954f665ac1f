import { drillInfoNames, type DrillInfoPlacement } from "../common/drillInfoBlock";
import type { ContractName, DrillContract, NameRole } from "../contract/drillContract";
import { PRACTICE_QUESTIONS } from "./practiceQuestions";

export const LOG_SHEET = "Practice Log";

/**
 * Where everything of the practice log sits: the table's header row and first question, the column
 * of each named field, the Drill info block and the running averages beside the table.
 */
export const LOG_LAYOUT = {
  /** Top-left cell of the title and instructions. */
  titleAt: "A1",
  headerRow: 7,
  firstQuestionRow: 8,
  /** The table's first column, the question number. */
  numberColumn: "A",
  questionColumn: "C",
  notesColumn: "E",
  selfScoreColumn: "F",
  coachScoreColumn: "G",
  coachCommentColumn: "H",
  /** Top-left cell of the Drill info block. */
  drillInfoAt: "J1",
  /** Top-left cell of the "Scores so far" block. */
  scoresAt: "J7",
} as const;

/** The row of the last question. */
export const LOG_LAST_ROW = LOG_LAYOUT.firstQuestionRow + PRACTICE_QUESTIONS.length - 1;

/** The Drill info block of the log, with its stamp names `LOG_Drill` … */
export const LOG_INFO_PLACEMENT: DrillInfoPlacement = {
  sheet: LOG_SHEET,
  at: LOG_LAYOUT.drillInfoAt,
  namePrefix: "LOG",
};

/** The whole question range of one column of the log, e.g. "F8:F35". */
function logColumnRange(column: string): string {
  return `${column}${LOG_LAYOUT.firstQuestionRow}:${column}${LOG_LAST_ROW}`;
}

const field = (
  name: string,
  role: NameRole,
  column: string,
  label: string,
  comment: string
): ContractName => ({
  name,
  role,
  sheet: LOG_SHEET,
  range: logColumnRange(column),
  label,
  comment,
});

/**
 * The practice log's names: one column each for the questions, the candidate's notes and
 * self-score, and the coach's score and comment, then the Drill info stamp. The coach's columns are
 * coach settings: a coach, not the candidate, types them.
 *
 * @example
 * contractName(LOG_CONTRACT, "LOG_SelfScore").range //=> "F8:F35"
 */
export const LOG_CONTRACT: DrillContract = {
  drill: "log",
  prefix: "LOG_",
  names: [
    field(
      "LOG_Questions",
      "given",
      LOG_LAYOUT.questionColumn,
      "practice questions",
      "Given: the practice questions."
    ),
    field("LOG_Notes", "answer", LOG_LAYOUT.notesColumn, "notes", "Candidate: notes per question."),
    field(
      "LOG_SelfScore",
      "answer",
      LOG_LAYOUT.selfScoreColumn,
      "self-score",
      "Candidate: self-score, 1 to 5."
    ),
    field(
      "LOG_CoachScore",
      "coach-setting",
      LOG_LAYOUT.coachScoreColumn,
      "coach score",
      "Coach: score, 1 to 5."
    ),
    field(
      "LOG_CoachComment",
      "coach-setting",
      LOG_LAYOUT.coachCommentColumn,
      "coach comment",
      "Coach: comment per question."
    ),
    ...drillInfoNames(LOG_INFO_PLACEMENT),
  ],
};
