import fc from "fast-check";
import { checkWorkbook } from "../../../src/domain/check/checkWorkbook";
import { buildDrill3Plan } from "../../../src/domain/drills/drill3/buildDrill3Plan";
import type { Finding } from "../../../src/domain/model/workbookModel";
import { drill3AnswerKeyModel } from "../../fixtures/check/drill3AnswerKeyModel";
import { planToModel } from "../../fixtures/check/planToModel";

const problems = (findings: Finding[]) => findings.filter((f) => f.severity !== "info");

describe("the reference forecast in the real drill-3 template", () => {
  it("passes every rule and meets the target for the canonical seed", () => {
    const result = checkWorkbook(drill3AnswerKeyModel(0));
    expect(result.kind).toBe("checked");
    if (result.kind !== "checked") return;
    expect(problems(result.findings)).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["target-met"]);
  });

  it("passes clean with target-met for drawn variants too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const result = checkWorkbook(drill3AnswerKeyModel(seed));
        if (result.kind !== "checked") throw new Error(result.kind);
        expect(problems(result.findings)).toEqual([]);
        expect(result.findings.map((f) => f.code)).toEqual(["target-met"]);
      }),
      { numRuns: 15 }
    );
  });

  it.each([1, 7, 10, 21, 492, -2984, -1_000_000])(
    "passes clean for seed %i (among them the widest gaps and the busiest carts)",
    (seed) => {
      const result = checkWorkbook(drill3AnswerKeyModel(seed));
      if (result.kind !== "checked") throw new Error(result.kind);
      expect(result.findings.map((f) => f.code)).toEqual(["target-met"]);
    }
  );

  it("reads a blank template as unfinished work, not as a crash", () => {
    const model = planToModel(buildDrill3Plan({ seed: 0, mode: "blank", target: "file" }));
    const result = checkWorkbook(model);
    if (result.kind !== "checked") throw new Error(result.kind);
    const codes = new Set(result.findings.map((f) => f.code));
    expect([...codes]).toEqual(["non-numeric"]);
    // One finding per assumption row and per output row, each on its 12 months.
    expect(result.findings).toHaveLength(11 + 6);
    for (const f of result.findings) expect(f.cells[0]).toMatch(/^'D3 Model'!C\d+:N\d+$/);
  });

  it("reads a starter template (outputs wired, assumptions blank) without a crash", () => {
    const plan = buildDrill3Plan({ seed: 0, mode: "starter", target: "file" });
    const zeros = planToModel(plan, () => 0);
    const result = checkWorkbook(zeros);
    if (result.kind !== "checked") throw new Error(result.kind);
    const codes = new Set(result.findings.map((f) => f.code));
    expect(codes.has("non-numeric")).toBe(true);
    expect(codes.has("baseline-mismatch")).toBe(true);
  });
});
