import { PopulateError } from "../../src/excel/populateError";
import { writePlan } from "../../src/excel/writePlan";
import { callsAt, StrictExcel } from "../support/strictExcel";
import { bigPlan, samplePlan } from "./samplePlan";

const modern = () => true;
const noWaterfall = (_name: string, version: string) => Number(version.split(".")[1]) < 9;

describe("writePlan", () => {
  it("writes values, formulas and number formats into the plan's ranges", async () => {
    const excel = new StrictExcel();
    await writePlan(excel.context, samplePlan(), { isSetSupported: modern });

    expect(excel.cell("D1 Data", "A1")?.value).toBe("Order");
    expect(excel.cell("D1 Data", "A2")).toEqual({ value: "001", numberFormat: "@" });
    expect(excel.cell("D1 Data", "C3")).toEqual({ value: 420, numberFormat: "$#,##0" });
    expect(excel.cell("D1 Work", "B3")).toEqual({
      formula: "=SUM('D1 Data'!C2:C3)",
      numberFormat: "$#,##0",
    });
    // The apostrophe keeps "=not a formula" text, as Excel shows it.
    expect(excel.cell("D1 Work", "A5")).toEqual({ value: "=not a formula" });
    expect(excel.cell("D1 Work", "B13")?.value).toBe(1580);
    // Empty plan cells are left alone, not blanked.
    expect(excel.cell("D1 Work", "B4")).toBeUndefined();
  });

  it("styles inputs apart from givens, and headers in ink with a gold rule", async () => {
    const excel = new StrictExcel();
    await writePlan(excel.context, samplePlan(), { isSetSupported: modern });
    const work = excel.sheet("D1 Work");

    expect(callsAt(work, "B4")).toContain("format.fill.color=#FBF5E6");
    expect(callsAt(work, "B3").some((call) => call.startsWith("format.fill"))).toBe(false);
    expect(callsAt(excel.sheet("D1 Data"), "B1")).toEqual(
      expect.arrayContaining([
        "format.fill.color=#2E2E33",
        "format.font.bold=true",
        "format.borders.getItem().color=#A8874F",
        "format.borders.getItem().weight=Medium",
      ])
    );
  });

  it("adds tables, names, validations, notes, freeze panes, widths and hides machinery sheets", async () => {
    const excel = new StrictExcel();
    const result = await writePlan(excel.context, samplePlan(), { isSetSupported: modern });
    const data = excel.sheet("D1 Data");
    const work = excel.sheet("D1 Work");

    expect(result.sheets).toEqual(["D1 Data", "D1 Work", "D1 Kept"]);
    expect(data.tables).toEqual([
      { name: "D1Orders", range: "A1:C3", style: "TableStyleLight1", showTotals: false },
    ]);
    expect(excel.names).toEqual([
      { name: "D1_Method", formula: "='D1 Work'!$B$4", comment: "The bridge method" },
      { name: "D1_Total", formula: "='D1 Work'!$B$3" },
    ]);
    expect(work.calls).toEqual(
      expect.arrayContaining([
        {
          target: "B4",
          path: "dataValidation.rule",
          value: { list: { inCellDropDown: true, source: "midpoint,mix-first" } },
        },
        {
          target: "B5",
          path: "dataValidation.rule",
          value: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
        },
        { target: "freezePanes", path: "freezeAt()", value: ["'D1 Work'!A1:A2"] },
      ])
    );
    expect(data.calls).toEqual(
      expect.arrayContaining([
        { target: "freezePanes", path: "freezeRows()", value: [1] },
        { target: "A:A", path: "format.columnWidth", value: 66.75 },
      ])
    );
    expect(work.notes).toEqual([
      { address: "B4", content: "midpoint, mix-first, rate-first or three-way" },
    ]);
    expect(data.tabColor).toBe("#A68A54");
    expect(excel.sheet("D1 Kept").visibility).toBe("Hidden");
    expect(excel.active).toBe("D1 Data");
  });

  it("draws a native waterfall of Start and the effects where ExcelApi 1.9 exists", async () => {
    const excel = new StrictExcel();
    await writePlan(excel.context, samplePlan(), { isSetSupported: modern });
    const [chart] = excel.sheet("D1 Work").charts;

    expect(chart?.type).toBe("Waterfall");
    expect(chart?.source).toBe("'D1 Work'!A10:B12");
    expect(chart?.calls).toEqual(
      expect.arrayContaining([
        { target: "chart", path: "title.text", value: "AOV bridge" },
        { target: "chart", path: "setPosition()", value: ["D2", "I13"] },
      ])
    );
    expect(excel.sheets.map((sheet) => sheet.name)).not.toContain("D1 Chart data");
  });

  it("falls back to a stacked-column bridge over hidden helper rows without ExcelApi 1.9", async () => {
    const excel = new StrictExcel();
    const result = await writePlan(excel.context, samplePlan(), { isSetSupported: noWaterfall });
    const [chart] = excel.sheet("D1 Work").charts;
    const helper = excel.sheet("D1 Chart data");

    expect(chart?.type).toBe("ColumnStacked");
    expect(chart?.source).toBe("'D1 Chart data'!A1:E5");
    expect(helper.visibility).toBe("Hidden");
    // The domain's helper layout: labels, then Base, Down, Up, Total (what the chart plots), then
    // Value and Level.
    expect(excel.cell("D1 Chart data", "B3")?.formula).toBe("=MIN(G2,G3)");
    expect(excel.cell("D1 Chart data", "F3")?.formula).toBe("=IFERROR(N('D1 Work'!$B$11),0)");
    expect(chart?.calls).toContainEqual({
      target: "chart",
      path: "series.getItemAt().format.fill.setSolidColor()",
      value: ["#8A8A8F"],
    });
    expect(chart?.calls).toContainEqual({
      target: "chart",
      path: "series.getItemAt().format.fill.clear()",
      value: [],
    });
    expect(result.warnings).toEqual([
      "1 cell notes on D1 Work need ExcelApi 1.18 and were left out.",
    ]);
  });

  it("reads a list too long to write inline from a helper column, as the file writer does", async () => {
    const plan = samplePlan();
    const values = Array.from({ length: 40 }, (_, i) => `Boutique number ${i + 1}`);
    const work = plan.sheets[1];
    if (work) work.validations = [{ range: "B4", kind: "list", values }];
    const excel = new StrictExcel();
    await writePlan(excel.context, plan, { isSetSupported: modern });

    expect(excel.sheet("D1 Work").calls).toContainEqual({
      target: "B4",
      path: "dataValidation.rule",
      value: { list: { inCellDropDown: true, source: "='D1 Chart data'!$I$1:$I$40" } },
    });
    expect(excel.cell("D1 Chart data", "I40")?.value).toBe("Boutique number 40");
    expect(excel.sheet("D1 Chart data").visibility).toBe("Hidden");
  });

  it("degrades on an old Excel: leaves out what it cannot do, says so, and still re-points names", async () => {
    const upTo16 = (_name: string, version: string) => Number(version.split(".")[1]) <= 6;
    const excel = new StrictExcel(["Sheet1"]);
    await writePlan(excel.context, samplePlan(), { isSetSupported: upTo16 });
    const second = await writePlan(excel.context, samplePlan(), { isSetSupported: upTo16 });
    const work = excel.sheet("D1 Work (2)");

    expect(
      work.calls.some(
        (call) => call.path.startsWith("dataValidation") || call.target === "freezePanes"
      )
    ).toBe(false);
    expect(excel.sheet("D1 Data (2)").tabColor).toBeUndefined();
    expect(second.warnings).toEqual([
      "Freeze panes and links on D1 Data (2) need ExcelApi 1.7 and were left out.",
      "2 drop-down or range checks on D1 Work (2) need ExcelApi 1.8 and were left out.",
      "Freeze panes and links on D1 Work (2) need ExcelApi 1.7 and were left out.",
      "1 cell notes on D1 Work (2) need ExcelApi 1.18 and were left out.",
    ]);
    expect(excel.names.map((name) => name.formula).sort()).toEqual([
      "='D1 Work (2)'!$B$3",
      "='D1 Work (2)'!$B$4",
    ]);
  });

  it("takes one read and one write sync for a small drill", async () => {
    const excel = new StrictExcel();
    const progress: string[] = [];
    const result = await writePlan(excel.context, samplePlan(), {
      isSetSupported: modern,
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.label}`),
    });

    expect(excel.syncs).toBe(2);
    expect(result.syncs).toBe(2);
    expect(progress).toEqual(["0/1 Reading the workbook", "1/2 Writing D1 Data", "2/2 Done"]);
  });

  it("keeps the first sheets untouched on a second populate and writes a (2) copy whose names win", async () => {
    const excel = new StrictExcel(["Sheet1"]);
    await writePlan(excel.context, samplePlan(), { isSetSupported: modern });
    const before = JSON.stringify([...excel.sheet("D1 Work").cells]);
    excel.sheet("D1 Work").cells.set("B4", { value: "midpoint" });

    const second = await writePlan(excel.context, samplePlan(), { isSetSupported: modern });

    expect(second.sheets).toEqual(["D1 Data (2)", "D1 Work (2)", "D1 Kept (2)"]);
    expect(excel.cell("D1 Work", "B4")?.value).toBe("midpoint");
    excel.sheet("D1 Work").cells.delete("B4");
    expect(JSON.stringify([...excel.sheet("D1 Work").cells])).toBe(before);
    expect(excel.cell("D1 Work (2)", "B3")?.formula).toBe("=SUM('D1 Data (2)'!C2:C3)");
    expect(excel.sheet("D1 Data (2)").tables[0]?.name).toBe("D1Orders_2");
    expect(excel.names.find((name) => name.name === "D1_Method")?.formula).toBe(
      "='D1 Work (2)'!$B$4"
    );
    expect(excel.names).toHaveLength(2);
    expect(excel.sheet("D1 Work (2)").charts[0]?.source).toBe("'D1 Work (2)'!A10:B12");
  });

  it("does not mutate the plan", async () => {
    const plan = samplePlan();
    const copy = JSON.stringify(plan);
    await writePlan(new StrictExcel(["D1 Data"]).context, plan, { isSetSupported: modern });
    expect(JSON.stringify(plan)).toBe(copy);
  });

  it("splits a 10,000-row dataset into requests under the 5 MB limit, with few syncs", async () => {
    const excel = new StrictExcel([], { requestLimitBytes: 4_000_000 });
    const result = await writePlan(excel.context, bigPlan(10_000), { isSetSupported: modern });

    expect(Math.max(...excel.requestBytes)).toBeLessThan(4_000_000);
    expect(result.syncs).toBe(excel.syncs);
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(excel.cell("D1 Data", "A10001")?.value).toBe("LQ-009999");
    expect(excel.cell("D1 Data", "J10001")).toEqual({
      formula: "=H10001*I10001",
      numberFormat: "$#,##0.00",
    });
  });

  it("chunks by rows when the limit is small, and every chunk lands", async () => {
    const excel = new StrictExcel([], { requestLimitBytes: 150_000 });
    const result = await writePlan(excel.context, bigPlan(3_000), {
      isSetSupported: modern,
      maxRequestBytes: 150_000,
    });

    expect(result.syncs).toBeGreaterThan(3);
    expect(Math.max(...excel.requestBytes)).toBeLessThanOrEqual(150_000);
    for (const row of [2, 1500, 3001])
      expect(excel.cell("D1 Data", `A${row}`)?.value).toBe(
        `LQ-${String(row - 2).padStart(6, "0")}`
      );
  });

  it("says nothing was written when the read fails", async () => {
    const excel = new StrictExcel(["Sheet1"], { failOnSync: 1 });
    const error = await writePlan(excel.context, samplePlan()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PopulateError);
    expect((error as PopulateError).code).toBe("read-failed");
    expect((error as PopulateError).message).toMatch(/Nothing was written/);
  });

  it("removes the half-written sheets and restores names when a write fails", async () => {
    const excel = new StrictExcel(["Sheet1"]);
    await writePlan(excel.context, samplePlan(), { isSetSupported: modern });
    const failing = new StrictExcel([], { failOnSync: 2, failPartWay: true });
    // Same workbook as `excel`, failing on its second sync: rebuild it in the failing fake.
    for (const sheet of excel.sheets) failing.sheets.push(sheet);
    failing.names.push(...excel.names.map((name) => ({ ...name })));

    const error = (await writePlan(failing.context, samplePlan(), { isSetSupported: modern }).catch(
      (e: unknown) => e
    )) as PopulateError;

    expect(error).toBeInstanceOf(PopulateError);
    expect(error.code).toBe("write-failed");
    expect(error.rolledBack).toBe(true);
    expect(error.message).toMatch(/request failed.*Nothing was written/);
    expect(failing.sheets.map((sheet) => sheet.name)).toEqual([
      "Sheet1",
      "D1 Data",
      "D1 Work",
      "D1 Kept",
    ]);
    expect(failing.names.find((name) => name.name === "D1_Method")?.formula).toBe(
      "='D1 Work'!$B$4"
    );
  });
});
