import { nameBox } from "../../../../src/domain/drills/contract/drillContract";
import { buildLogPlan } from "../../../../src/domain/drills/log/buildLogPlan";
import { LOG_CONTRACT, LOG_LAYOUT } from "../../../../src/domain/drills/log/logContract";
import {
  logQuestionBlock,
  logScoreValidations,
  logTable,
} from "../../../../src/domain/drills/log/logSections";
import { PRACTICE_QUESTIONS } from "../../../../src/domain/drills/log/practiceQuestions";
import { columnNumber, mustParseCell, mustParseRange } from "../../../../src/domain/sheet/a1";

describe("practice log sections", () => {
  it("puts the table over the header row and every question, as wide as the header", () => {
    const block = logQuestionBlock();
    const table = mustParseRange(logTable().range);
    expect(mustParseCell(block.at)).toEqual({ row: table.top, column: table.left });
    expect(block.rows).toHaveLength(table.bottom - table.top + 1);
    expect(block.rows.every((row) => row.length === table.right - table.left + 1)).toBe(true);
    expect(table.bottom).toBe(nameBox(LOG_CONTRACT, "LOG_Questions").bottom);
    expect(block.rows).toHaveLength(PRACTICE_QUESTIONS.length + 1);
  });

  it("validates exactly the contract's two score columns", () => {
    expect(logScoreValidations().map((v) => mustParseRange(v.range))).toEqual([
      nameBox(LOG_CONTRACT, "LOG_SelfScore"),
      nameBox(LOG_CONTRACT, "LOG_CoachScore"),
    ]);
  });

  it("freezes the header row and the columns up to the question", () => {
    const sheet = buildLogPlan({ seed: 0, mode: "blank", target: "file" }).sheets[0];
    expect(sheet?.freeze).toEqual({
      rows: LOG_LAYOUT.headerRow,
      columns: columnNumber(LOG_LAYOUT.questionColumn),
    });
  });
});
