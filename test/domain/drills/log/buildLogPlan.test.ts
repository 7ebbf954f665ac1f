import { buildLogPlan } from "../../../../src/domain/drills/log/buildLogPlan";
import {
  BEHAVIOURAL_QUESTIONS,
  PRACTICE_QUESTIONS,
  SPECIALIST_QUESTIONS,
} from "../../../../src/domain/drills/log/practiceQuestions";
import { nameCells, planCells } from "../drill1/planCells";

describe("buildLogPlan", () => {
  const plan = buildLogPlan({ seed: 0, mode: "blank", target: "file" });
  const cells = planCells(plan).get("Practice Log");

  it("holds all 28 questions: 8 behavioural with what each tests, 20 specialist with a topic", () => {
    expect(BEHAVIOURAL_QUESTIONS).toHaveLength(8);
    expect(SPECIALIST_QUESTIONS).toHaveLength(20);
    expect(PRACTICE_QUESTIONS.every((q) => q.question.length > 10 && q.about.length > 2)).toBe(
      true
    );
    expect(BEHAVIOURAL_QUESTIONS[0]?.question).toBe("Walk me through your CV.");
    expect(BEHAVIOURAL_QUESTIONS[7]?.about).toMatch(
      /^Whether the candidate understands luxury digital economics/
    );
    expect(SPECIALIST_QUESTIONS[19]).toEqual({
      source: "specialist",
      question: "How would you handle product data management for an e-commerce platform?",
      about: "Product Management",
    });
    const questions = nameCells(plan.names.find((n) => n.name === "LOG_Questions")?.refersTo ?? "");
    expect(questions.addresses).toHaveLength(28);
    expect(questions.addresses.map((a) => cells?.get(a)?.value)).toEqual(
      PRACTICE_QUESTIONS.map((q) => q.question)
    );
  });

  it("gives notes, scores and comments their own named input columns, scores validated 1–5", () => {
    for (const name of ["LOG_Notes", "LOG_SelfScore", "LOG_CoachScore", "LOG_CoachComment"]) {
      const { addresses } = nameCells(plan.names.find((n) => n.name === name)?.refersTo ?? "");
      expect(addresses).toHaveLength(28);
      expect(addresses.every((a) => cells?.get(a)?.style === "input")).toBe(true);
    }
    const sheet = plan.sheets[0];
    expect(sheet?.validations).toEqual([
      expect.objectContaining({ range: "F8:F35", kind: "whole", min: 1, max: 5 }),
      expect.objectContaining({ range: "G8:G35", kind: "whole", min: 1, max: 5 }),
    ]);
    expect(sheet?.tables).toEqual([expect.objectContaining({ range: "A7:H35" })]);
    expect(cells?.get("F7")?.value).toBe("Self-score (1–5)");
  });

  it("stamps the drill and seed, and is the same for the same options", () => {
    const seed = nameCells(plan.names.find((n) => n.name === "LOG_Seed")?.refersTo ?? "");
    expect(cells?.get(seed.addresses[0] as string)?.value).toBe(0);
    expect(buildLogPlan({ seed: 0, mode: "blank", target: "file" })).toEqual(plan);
    expect(buildLogPlan({ seed: 4, mode: "blank", target: "addin" }).seed).toBe(4);
  });
});
