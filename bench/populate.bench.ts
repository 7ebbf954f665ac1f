import { buildPlan, DRILL_IDS } from "../src/domain/drills/buildPlan";
import { writePlan } from "../src/excel/writePlan";
import { StrictExcel } from "../test/support/strictExcel";

/* Populate through Office.js, per drill: rows written, context.sync() calls and request sizes (the
 * recording fake enforces Excel on the web's 5 MB request limit), plan generation time. Figures
 * only: on a shared machine a time is a reading, not a verdict. */

const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

describe("populate (seed 0)", () => {
  it("reports rows, syncs, request sizes and plan time per drill", async () => {
    const table = [];
    for (const drill of DRILL_IDS) {
      const options = {
        seed: 0,
        mode: drill === "3" ? "starter" : "blank",
        target: "addin",
      } as const;
      buildPlan(drill, options); // warm-up: module loading and JIT are not the drill's cost
      const planMs: number[] = [];
      let plan = buildPlan(drill, options);
      for (let i = 0; i < 5; i += 1) {
        const started = performance.now();
        plan = buildPlan(drill, { ...options, seed: i + 1 });
        planMs.push(performance.now() - started);
      }
      plan = buildPlan(drill, options);
      const excel = new StrictExcel(["Sheet1"], { requestLimitBytes: EXCEL_WEB_LIMIT });
      const result = await writePlan(excel.context, plan, { isSetSupported: () => true });
      const rows = plan.sheets.reduce(
        (sum, sheet) => sum + sheet.blocks.reduce((n, block) => n + block.rows.length, 0),
        0
      );
      table.push({
        drill,
        "rows written": rows,
        "context.sync()": result.syncs,
        "largest request MB": Number((Math.max(...result.requestBytes) / 1e6).toFixed(2)),
        "plan ms (median of 5)": Math.round(median(planMs)),
      });
      expect(Number.isFinite(median(planMs))).toBe(true);
      expect(result.syncs).toBeGreaterThan(0);
    }
    console.table(table);
  });
});
