import type { WorkbookModel } from "../../../src/domain/model/workbookModel";
import { applyRangeWrites } from "../../../src/domain/sharing/applyRangeWrites";
import { applySharingEdits } from "../../../src/domain/sharing/applySharingEdits";
import { prepareSharing } from "../../../src/domain/sharing/prepareSharing";
import { restoreFormulas } from "../../../src/domain/sharing/restoreFormulas";
import { SPILLS, cellOf, sharingModel, snapshot } from "./sharingModel";

const STAMP = { preparedAt: "2026-11-23T11:00:00Z" };

function shared(): WorkbookModel {
  const model = sharingModel();
  return applySharingEdits(model, prepareSharing(model, [], STAMP, { spills: SPILLS }));
}

function edit(
  model: WorkbookModel,
  sheet: string,
  address: string,
  value: number | null
): WorkbookModel {
  return applyRangeWrites(model, [{ sheet, range: address, kind: "values", rows: [[value]] }]);
}

describe("restoreFormulas", () => {
  test("puts every kept formula back exactly and empties the cells it spills into", () => {
    const original = sharingModel();
    const plan = restoreFormulas(shared());
    expect(plan.skipped).toEqual([]);
    expect(plan.writes).toContainEqual({
      sheet: "D3 Model",
      range: "C66:E66",
      kind: "formulas",
      rows: [["=LUX.RAMP(C4:E4,2,2,1)", "", ""]],
    });
    const restored = applyRangeWrites(shared(), plan.writes);
    for (const [sheet, address] of [
      ["D3 Model", "C52"],
      ["D3 Model", "D52"],
      ["D3 Model", "C66"],
      ["D1 Work", "B20"],
    ] as const) {
      expect(cellOf(restored, sheet, address)?.formula).toBe(
        cellOf(original, sheet, address)?.formula
      );
    }
    expect(cellOf(restored, "D1 Work", "C23")).toBeUndefined();
    expect(cellOf(restored, "D3 Model", "C53")).toEqual(cellOf(original, "D3 Model", "C53"));
  });

  test("a value the coach changed is kept and reported, not overwritten", () => {
    const model = edit(shared(), "D3 Model", "C52", 0.35);
    const plan = restoreFormulas(model);
    expect(plan.writes.some((w) => w.sheet === "D3 Model" && w.range === "C52")).toBe(false);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0]).toMatchObject({ reason: "edited", cell: "'D3 Model'!C52" });
    expect(plan.skipped[0]?.message).toContain("'D3 Model'!C52 holds 0.35 now; it held 0.3");
    expect(plan.skipped[0]?.message).toContain("=LUX.SAFESHARE(C50,C51) was not put back");
    expect(plan.restored).toHaveLength(3);
  });

  test("a changed cell inside a spill range also counts as an edit (restoring would clear it)", () => {
    const plan = restoreFormulas(edit(shared(), "D1 Work", "C22", -12));
    expect(plan.skipped.map((s) => s.cell)).toEqual(["'D1 Work'!C22"]);
  });

  test("an emptied cell counts as an edit", () => {
    const plan = restoreFormulas(edit(shared(), "D3 Model", "D52", null));
    expect(plan.skipped.map((s) => s.cell)).toEqual(["'D3 Model'!D52"]);
  });

  test('"overwrite" restores over an edit and says so', () => {
    const plan = restoreFormulas(edit(shared(), "D3 Model", "C52", 0.35), { edited: "overwrite" });
    expect(plan.skipped).toEqual([]);
    expect(plan.overwritten.map((s) => s.cell)).toEqual(["'D3 Model'!C52"]);
    expect(plan.writes).toContainEqual({
      sheet: "D3 Model",
      range: "C52",
      kind: "formulas",
      rows: [["=LUX.SAFESHARE(C50,C51)"]],
    });
  });

  test("formulas already back need nothing; a second restore writes nothing", () => {
    const once = applyRangeWrites(shared(), restoreFormulas(shared()).writes);
    const again = restoreFormulas(once);
    expect(again.writes).toEqual([]);
    expect(again.alreadyRestored).toHaveLength(4);
  });

  test("a kept formula whose sheet is gone is reported", () => {
    const model = shared();
    const without = { ...model, sheets: model.sheets.filter((s) => s.name !== "D1 Work") };
    const plan = restoreFormulas(without);
    expect(plan.skipped.map((s) => [s.reason, s.cell])).toEqual([
      ["sheet-missing", "'D1 Work'!B20"],
    ]);
  });

  test("a cell that could not be computed comes back to its formula too", () => {
    const model = sharingModel({
      Broken: { A1: { value: { error: "#VALUE!" }, formula: "=LUX.SAFESHARE(-1,2)" } },
    });
    const after = applySharingEdits(model, prepareSharing(model, [], STAMP, { spills: SPILLS }));
    const plan = restoreFormulas(after);
    expect(plan.writes).toContainEqual({
      sheet: "Broken",
      range: "A1",
      kind: "formulas",
      rows: [["=LUX.SAFESHARE(-1,2)"]],
    });
  });

  test("a cell kept by two sharings comes back from the later one", () => {
    const once = applyRangeWrites(shared(), restoreFormulas(shared()).writes);
    // Recalculated after the restore: C52 now shows 0.4; prepared again.
    const recalculated = applyRangeWrites(once, [
      { sheet: "D3 Model", range: "C52", kind: "values", rows: [[0.4]] },
    ]);
    const withFormula = {
      ...recalculated,
      sheets: recalculated.sheets.map((s) =>
        s.name === "D3 Model"
          ? {
              ...s,
              cells: new Map([
                ...s.cells,
                ["C52", { value: 0.4, formula: "=LUX.SAFESHARE(C50,C51)" }],
              ]),
            }
          : s
      ),
    };
    const second = applySharingEdits(
      withFormula,
      prepareSharing(withFormula, [], { preparedAt: "2026-11-24T09:00:00Z" })
    );
    const plan = restoreFormulas(second);
    expect(plan.skipped).toEqual([]);
    const c52 = plan.restored.find((k) => k.anchor === "C52");
    expect(c52?.keptSheet).toBe("Kept formulas (2)");
  });

  test("never mutates the model", () => {
    const model = edit(shared(), "D3 Model", "C52", 0.35);
    const before = snapshot(model);
    restoreFormulas(model, { edited: "overwrite" });
    expect(snapshot(model)).toEqual(before);
  });
});
