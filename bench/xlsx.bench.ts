import { buildPlan, DRILL_IDS } from "../src/domain/drills/buildPlan";
import type { DrillId, WorkbookPlan } from "../src/domain/plan/workbookPlan";
import { readXlsx } from "../src/xlsx/readXlsx";
import { writeXlsx } from "../src/xlsx/writeXlsx";

/** Rows and cells a plan writes (distinct sheet rows that hold at least one planned cell). */
function planSize(plan: WorkbookPlan): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  for (const sheet of plan.sheets) {
    const used = new Set<number>();
    for (const block of sheet.blocks) {
      const top = Number(/\d+/.exec(block.at)?.[0] ?? 1);
      block.rows.forEach((row, r) => {
        if (row.length > 0) used.add(top + r);
        cells += row.length;
      });
    }
    rows += used.size;
  }
  return { rows, cells };
}

type Row = {
  drill: DrillId | "all";
  rows: number;
  cells: number;
  planMs: number;
  writeMs: number;
  readMs: number;
  kb: number;
};

async function measure(drill: DrillId | "all"): Promise<Row> {
  const ids = drill === "all" ? [...DRILL_IDS] : [drill];
  let started = performance.now();
  const plans = ids.map((id) => buildPlan(id, { seed: 0, mode: "blank", target: "file" }));
  const planMs = performance.now() - started;
  started = performance.now();
  const buffer = await writeXlsx(plans);
  const writeMs = performance.now() - started;
  started = performance.now();
  await readXlsx(buffer);
  const readMs = performance.now() - started;
  const size = plans
    .map(planSize)
    .reduce((a, b) => ({ rows: a.rows + b.rows, cells: a.cells + b.cells }));
  return { drill, ...size, planMs, writeMs, readMs, kb: buffer.length / 1024 };
}

describe("xlsx adapter speed (seed 0, blank)", () => {
  it("writes and reads every drill", async () => {
    // Warm-up: the first ExcelJS write pays for module loading and JIT, not for the drill.
    await measure("log");
    const rows: Row[] = [];
    for (const drill of [...DRILL_IDS, "all" as const]) rows.push(await measure(drill));
    const table = rows.map((row) => ({
      drill: row.drill,
      "rows written": row.rows,
      cells: row.cells,
      "plan ms": Math.round(row.planMs),
      ".xlsx write ms": Math.round(row.writeMs),
      ".xlsx read ms": Math.round(row.readMs),
      "file KB": Math.round(row.kb),
    }));
    console.table(table);
    for (const row of rows) {
      for (const value of [row.rows, row.cells, row.planMs, row.writeMs, row.readMs, row.kb]) {
        expect(Number.isFinite(value)).toBe(true);
      }
    }
  });
});
