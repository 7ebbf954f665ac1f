import {
  contractName,
  contractPlanNames,
  nameBox,
  namesOfRole,
} from "../../../../src/domain/drills/contract/drillContract";
import { buildLogPlan } from "../../../../src/domain/drills/log/buildLogPlan";
import { LOG_CONTRACT } from "../../../../src/domain/drills/log/logContract";
import { PRACTICE_QUESTIONS } from "../../../../src/domain/drills/log/practiceQuestions";
import { cellA1 } from "../../../../src/domain/sheet/a1";
import { planCells, resolveName } from "../common/planCells";

describe("practice log contract", () => {
  it.each(["blank", "answer-key"] as const)("is exactly what the %s plan names", (mode) => {
    expect(buildLogPlan({ seed: 2, mode, target: "addin" }).names).toEqual(
      contractPlanNames(LOG_CONTRACT)
    );
  });

  it("names one column per field, one row per question, under the header it declares", () => {
    const plan = buildLogPlan({ seed: 0, mode: "blank", target: "file" });
    const cells = planCells(plan).get("Practice Log");
    const headerAbove = (name: string): unknown => {
      const box = nameBox(LOG_CONTRACT, name);
      return cells?.get(cellA1({ row: box.top - 1, column: box.left }))?.value;
    };
    for (const { name } of namesOfRole(LOG_CONTRACT, "answer")) {
      expect(resolveName(plan, name).rows).toBe(PRACTICE_QUESTIONS.length);
    }
    expect(headerAbove("LOG_Questions")).toBe("Question");
    expect(headerAbove("LOG_Notes")).toBe("Your notes");
    expect(headerAbove("LOG_SelfScore")).toBe("Self-score (1–5)");
    expect(headerAbove("LOG_CoachScore")).toBe("Coach score (1–5)");
    expect(headerAbove("LOG_CoachComment")).toBe("Coach comment");
  });

  it("averages the score columns it names", () => {
    const plan = buildLogPlan({ seed: 0, mode: "blank", target: "file" });
    const formulas = [...(planCells(plan).get("Practice Log")?.values() ?? [])]
      .map((c) => c.formula)
      .filter((f): f is string => f !== undefined);
    for (const name of ["LOG_SelfScore", "LOG_CoachScore"]) {
      const range = contractName(LOG_CONTRACT, name).range;
      expect(formulas).toContain(`=IF(COUNT(${range})=0,"",AVERAGE(${range}))`);
    }
  });
});
