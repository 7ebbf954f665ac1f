import type { Finding } from "../../src/domain/model/workbookModel";
import { prepareForSharing } from "../../src/excel/prepareForSharing";
import { restoreFormulas } from "../../src/excel/restoreFormulas";
import { sharingModel } from "../domain/sharing/sharingModel";
import { StrictExcel } from "../support/strictExcel";

const modern = () => true;
const before112 = (_name: string, version: string) => Number(version.split(".")[1]) < 12;
const now = () => new Date("2026-11-23T11:00:00Z");
const SPILLS = { "D3 Model!C66": "C66:E66", "D1 Work!B20": "B20:C23" };

const findings: Finding[] = [
  { code: "typed-output", severity: "error", message: "E14 is typed.", cells: ["'D3 Model'!E14"] },
];

/** What the LUX formulas of the sample model calculate to in Excel with the add-in. */
const calculate = (_sheet: string, address: string) =>
  ({ C52: 0.3, D52: 0, C66: 0, B20: "Start" })[address] ?? null;

describe("prepareForSharing (Office.js)", () => {
  test("keeps the formulas, adds the Review, then turns every LUX result into values, in 8 syncs", async () => {
    const excel = StrictExcel.fromModel(sharingModel(), { spills: SPILLS });
    const result = await prepareForSharing(excel.context, findings, {
      isSetSupported: modern,
      now,
    });

    expect(result).toMatchObject({
      keptFormulas: 4,
      keptSheet: "Kept formulas",
      reviewSheet: "Review",
      problems: [],
      syncs: 8,
    });
    // Sheets and names (2), the formulas (1), the spills (1) and LUX results (1), the two new
    // sheets (2), the values (1).
    expect(excel.syncs).toBe(8);
    expect(excel.cell("D3 Model", "C52")).toEqual({ value: 0.3 });
    expect(excel.cell("D3 Model", "E66")).toEqual({ value: 1 });
    expect(excel.cell("D1 Work", "C23")).toEqual({ value: 1220 });
    expect(excel.cell("D3 Model", "C53")).toEqual({ value: 0.6, formula: "=C52*2" });
    expect(excel.sheet("Kept formulas").visibility).toBe("Hidden");
    expect(excel.cell("Kept formulas", "D6")?.value).toBe("LUX.SAFESHARE(C50,C51)");
    expect([...excel.sheet("Review").links.values()]).toContain("'D3 Model'!E14");
    expect(excel.sheets[0]?.name).toBe("Review");
    // The kept formulas are written before any formula is replaced.
    const keptWrite = excel.writes.findIndex((w) => w.startsWith("values Kept formulas!"));
    const firstValue = excel.writes.findIndex((w) => w.startsWith("values D3 Model!"));
    expect(keptWrite).toBeGreaterThanOrEqual(0);
    expect(keptWrite).toBeLessThan(firstValue);
  });

  test("without ExcelApi 1.12 it converts formula cells only and warns", async () => {
    const excel = StrictExcel.fromModel(sharingModel(), { spills: SPILLS });
    const result = await prepareForSharing(excel.context, [], { isSetSupported: before112, now });
    expect(excel.spillProbes).toEqual([]);
    expect(result.warnings.join(" ")).toContain("ExcelApi 1.12");
    expect(result.syncs).toBe(7);
    // The documented limit: a spilled result loses its spilled cells (Excel clears them).
    expect(excel.cell("D3 Model", "C66")).toEqual({ value: 0 });
    expect(excel.cell("D3 Model", "E66")).toBeUndefined();
  });

  test("a LUX error is reported and written as an explanation, not a number", async () => {
    const model = sharingModel({
      Broken: { A1: { value: { error: "#VALUE!" }, formula: "=LUX.SAFESHARE(-1,2)" } },
    });
    const excel = StrictExcel.fromModel(model, { spills: SPILLS });
    const result = await prepareForSharing(excel.context, [], { isSetSupported: modern, now });
    expect(result.problems.map((p) => p.cell)).toEqual(["A1"]);
    expect(excel.cell("Broken", "A1")).toEqual({ value: "not computed (#VALUE!), see Review" });
  });

  test("if Excel refuses the value writes, the formulas are still there and kept", async () => {
    const excel = StrictExcel.fromModel(sharingModel(), { spills: SPILLS, failOnSync: 8 });
    await expect(
      prepareForSharing(excel.context, [], { isSetSupported: modern, now })
    ).rejects.toThrow(/formulas are kept on "Kept formulas"/);
    expect(excel.cell("D3 Model", "C52")?.formula).toBe("=LUX.SAFESHARE(C50,C51)");
    expect(excel.cell("Kept formulas", "D6")?.value).toBe("LUX.SAFESHARE(C50,C51)");
  });

  test("a second sharing adds new sheets and keeps the first ones", async () => {
    const excel = StrictExcel.fromModel(sharingModel(), { spills: SPILLS });
    await prepareForSharing(excel.context, [], { isSetSupported: modern, now });
    const again = await prepareForSharing(excel.context, [], { isSetSupported: modern, now });
    expect(again).toMatchObject({ keptFormulas: 0, reviewSheet: "Review (2)" });
    expect(again.keptSheet).toBeUndefined();
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "Review (2)",
      "Review",
      "D3 Model",
      "D1 Work",
      "Kept formulas",
    ]);
  });
});

describe("restoreFormulas (Office.js)", () => {
  test("brings back every kept formula and empties spill cells, in 4 syncs", async () => {
    const excel = StrictExcel.fromModel(sharingModel(), { spills: SPILLS, calculate });
    await prepareForSharing(excel.context, [], { isSetSupported: modern, now });
    const before = excel.syncs;
    const result = await restoreFormulas(excel.context);
    expect(excel.syncs - before).toBe(result.syncs);
    expect(result).toEqual({
      restored: 4,
      alreadyRestored: 0,
      overwritten: [],
      skipped: [],
      syncs: 4,
    });
    expect(excel.cell("D3 Model", "C52")).toEqual({
      value: 0.3,
      formula: "=LUX.SAFESHARE(C50,C51)",
    });
    expect(excel.cell("D1 Work", "B20")?.formula).toBe(
      '=_xldudf_LUX_AOVBRIDGE(B2:B5,C2:C5,D2:D5,E2:E5,"midpoint")'
    );
    expect(excel.cell("D1 Work", "C23")).toBeUndefined();
    expect(excel.cell("D3 Model", "E66")).toBeUndefined();
  });

  test("a coach's edit stays and is reported; overwrite restores it", async () => {
    const excel = StrictExcel.fromModel(sharingModel(), { spills: SPILLS, calculate });
    await prepareForSharing(excel.context, [], { isSetSupported: modern, now });
    excel.sheet("D3 Model").cells.set("C52", { value: 0.35 });

    const kept = await restoreFormulas(excel.context);
    expect(kept.restored).toBe(3);
    expect(kept.skipped).toEqual([
      expect.objectContaining({ reason: "edited", cell: "'D3 Model'!C52" }),
    ]);
    expect(excel.cell("D3 Model", "C52")).toEqual({ value: 0.35 });

    const overwritten = await restoreFormulas(excel.context, { edited: "overwrite" });
    expect(overwritten).toMatchObject({ restored: 1, alreadyRestored: 3, skipped: [] });
    expect(overwritten.overwritten.map((o) => o.cell)).toEqual(["'D3 Model'!C52"]);
    expect(excel.cell("D3 Model", "C52")?.formula).toBe("=LUX.SAFESHARE(C50,C51)");
  });

  test("nothing kept: reads only, writes nothing", async () => {
    const excel = StrictExcel.fromModel(sharingModel());
    const result = await restoreFormulas(excel.context);
    expect(result).toEqual({
      restored: 0,
      alreadyRestored: 0,
      overwritten: [],
      skipped: [],
      syncs: 3,
    });
    expect(excel.writes).toEqual([]);
  });
});
