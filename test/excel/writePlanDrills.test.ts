import { buildPlan, DRILL_IDS } from "../../src/domain/drills/buildPlan";
import { writePlan } from "../../src/excel/writePlan";
import { StrictExcel } from "../support/strictExcel";

const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;

/** Every real drill through the writer: few syncs, every request under Excel on the web's limit. */
describe("writePlan on the real drills", () => {
  const figures: string[] = [];
  afterAll(() =>
    console.log(["Office.js writer, per drill (add-in plans):", ...figures].join("\n"))
  );

  it.each(DRILL_IDS.map((drill) => [drill]))(
    "drill %s: at most 3 syncs, every request under 5 MB",
    async (drill) => {
      const plan = buildPlan(drill, {
        seed: 0,
        mode: drill === "3" ? "starter" : "blank",
        target: "addin",
      });
      const excel = new StrictExcel(["Sheet1"], { requestLimitBytes: EXCEL_WEB_LIMIT });
      const started = performance.now();
      const result = await writePlan(excel.context, plan, { isSetSupported: () => true });
      const ms = performance.now() - started;
      const rows = plan.sheets.reduce(
        (sum, sheet) => sum + sheet.blocks.reduce((n, block) => n + block.rows.length, 0),
        0
      );
      const cells = excel.sheets.reduce((sum, sheet) => sum + sheet.cells.size, 0);
      figures.push(
        `  drill ${drill}: ${rows} rows, ${cells} cells, ${result.syncs} syncs, requests ${result.requestBytes
          .map((bytes) => `${(bytes / 1e6).toFixed(2)} MB`)
          .join(" + ")}, queued in ${ms.toFixed(0)} ms`
      );

      expect(result.syncs).toBeLessThanOrEqual(3);
      expect(Math.max(...excel.requestBytes)).toBeLessThan(EXCEL_WEB_LIMIT);
      expect(result.sheets).toEqual(plan.sheets.map((sheet) => sheet.name));
      for (const name of plan.names) {
        expect(excel.names.find((entry) => entry.name === name.name)?.formula).toBe(
          `=${name.refersTo}`
        );
      }
    }
  );

  it("drill 1's bridges become native waterfalls with ExcelApi 1.9, stacked-column bridges without", async () => {
    const plan = buildPlan("1", { seed: 0, mode: "blank", target: "addin" });
    const charts = plan.sheets.flatMap((sheet) => sheet.charts ?? []);
    expect(charts.length).toBeGreaterThan(0);

    const modern = new StrictExcel([]);
    await writePlan(modern.context, plan, { isSetSupported: () => true });
    const older = new StrictExcel([]);
    const result = await writePlan(older.context, plan, {
      isSetSupported: (_name, version) => Number(version.split(".")[1]) < 9,
    });

    expect(modern.sheets.flatMap((sheet) => sheet.charts.map((chart) => chart.type))).toEqual(
      charts.map(() => "Waterfall")
    );
    expect(older.sheets.flatMap((sheet) => sheet.charts.map((chart) => chart.type))).toEqual(
      charts.map(() => "ColumnStacked")
    );
    expect(result.sheets.at(-1)).toBe("D1 Chart data");
    expect(older.sheet("D1 Chart data").visibility).toBe("Hidden");
  });

  it("populating drill 3 twice leaves the first copy as it was and points the names at the second", async () => {
    const plan = buildPlan("3", { seed: 0, mode: "blank", target: "addin" });
    const excel = new StrictExcel(["Sheet1"]);
    await writePlan(excel.context, plan, { isSetSupported: () => true });
    const snapshot = excel.sheets.map((sheet) => [sheet.name, JSON.stringify([...sheet.cells])]);

    const second = await writePlan(excel.context, plan, { isSetSupported: () => true });

    expect(second.sheets.every((name) => name.endsWith(" (2)"))).toBe(true);
    expect(
      excel.sheets
        .slice(0, snapshot.length)
        .map((sheet) => [sheet.name, JSON.stringify([...sheet.cells])])
    ).toEqual(snapshot);
    expect(excel.names.find((name) => name.name === "D3_SAs")?.formula).toMatch(
      /^='D3 Model \(2\)'!/
    );
    expect(excel.names).toHaveLength(plan.names.length);
  });
});
