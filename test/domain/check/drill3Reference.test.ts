import fc from "fast-check";
import { checkWorkbook } from "../../../src/domain/check/checkWorkbook";
import { buildDrill3Plan } from "../../../src/domain/drills/drill3/buildDrill3Plan";
import { computeDrill3Reference } from "../../../src/domain/drills/drill3/computeDrill3Reference";
import { DRILL3_ROWS, DRILL3_SHEETS } from "../../../src/domain/drills/drill3/drill3Layout";
import type { Finding, WorkbookModel } from "../../../src/domain/model/workbookModel";
import { parseCell } from "../../../src/domain/sheet/a1";
import { planToModel } from "../../fixtures/check/planToModel";

/**
 * The real drill-3 template (H3's plan) filled with the coach's reference programme, its output
 * formulas showing the numbers of the reference forecast: the check must find nothing wrong.
 */
function answerKeyModel(seed: number): WorkbookModel {
  const plan = buildDrill3Plan({ seed, mode: "answer-key", target: "file" });
  const { forecast } = computeDrill3Reference(seed);
  const byRow = new Map<number, number[]>([
    [DRILL3_ROWS.leverCart, forecast.leverCart],
    [DRILL3_ROWS.leverSalon, forecast.leverSalon],
    [DRILL3_ROWS.leverOrganic, forecast.leverOrganic],
    [DRILL3_ROWS.otherLever1, forecast.otherLevers[0]],
    [DRILL3_ROWS.otherLever2, forecast.otherLevers[1]],
    [DRILL3_ROWS.tcDigitalRevenue, forecast.tcDigitalRevenue],
    [DRILL3_ROWS.tcTotalRevenue, forecast.tcTotalRevenue],
    [DRILL3_ROWS.tcDigitalShare, forecast.tcDigitalShare],
  ]);
  return planToModel(plan, (sheet, a1) => {
    const at = parseCell(a1);
    if (sheet !== DRILL3_SHEETS.model || !at || at.column < 3 || at.column > 14) return undefined;
    return byRow.get(at.row)?.[at.column - 3];
  });
}

const problems = (findings: Finding[]) => findings.filter((f) => f.severity !== "info");

describe("the reference forecast in the real drill-3 template", () => {
  it("passes every rule and meets the target for the canonical seed", () => {
    const result = checkWorkbook(answerKeyModel(0));
    expect(result.kind).toBe("checked");
    if (result.kind !== "checked") return;
    expect(problems(result.findings)).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["target-met"]);
  });

  it("gives no error finding and target-met for drawn variants too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const result = checkWorkbook(answerKeyModel(seed));
        if (result.kind !== "checked") throw new Error(result.kind);
        expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(result.findings.filter((f) => f.severity === "info").map((f) => f.code)).toEqual([
          "target-met",
        ]);
      }),
      { numRuns: 15 }
    );
  });

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
