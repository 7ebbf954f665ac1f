import { checkWorkbook } from "../../src/domain/check/checkWorkbook";
import type { WorkbookModel } from "../../src/domain/model/workbookModel";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { MAX_COLUMN, MAX_ROW, mustParseCell, mustParseRange } from "../../src/domain/sheet/a1";
import { buildDrill3Model, D3_SHEET } from "../fixtures/check/buildDrill3Model";
import { StrictExcel } from "../support/strictExcel";

function withCells(
  model: WorkbookModel,
  sheet: string,
  cells: Record<
    string,
    WorkbookModel["sheets"][number]["cells"] extends Map<string, infer C> ? C : never
  >
): WorkbookModel {
  return {
    ...model,
    sheets: model.sheets.map((s) =>
      s.name === sheet ? { ...s, cells: new Map([...s.cells, ...Object.entries(cells)]) } : s
    ),
  };
}

describe("readWorkbook (Office.js adapter, strict double)", () => {
  it("gives back the model it was built from where it reads, and says where it did not", async () => {
    const model = buildDrill3Model();
    const read = await readWorkbook(StrictExcel.fromModel(model).context);
    expect(read.formulaValuesKnown).toBe(true);
    expect(read.sheets.map((s) => s.name)).toEqual(model.sheets.map((s) => s.name));
    for (const sheet of model.sheets) {
      const got = read.sheets.find((s) => s.name === sheet.name);
      const covered = got?.coverage?.cells?.map((range) => mustParseRange(range));
      const inside = (a1: string) => {
        const at = mustParseCell(a1);
        return (covered ?? [{ top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN }]).some(
          (box) =>
            at.row >= box.top &&
            at.row <= box.bottom &&
            at.column >= box.left &&
            at.column <= box.right
        );
      };
      expect(got?.cells).toEqual(new Map([...sheet.cells].filter(([a1]) => inside(a1))));
    }
    // The roster is read only where a name points (here, nowhere), and says so: its unread cells
    // are not mistaken for empty ones.
    const roster = read.sheets.find((s) => s.name !== D3_SHEET);
    expect(roster?.coverage?.cells).toBeDefined();
    expect(roster?.cells.has("A1")).toBe(false);
    expect(read.names).toEqual(model.names);
  });

  it('turns Excel error values into {error}, keeps text, booleans and formulas showing ""', async () => {
    const model = withCells(buildDrill3Model(), D3_SHEET, {
      E26: { value: { error: "#DIV/0!" }, formula: "=E25/0" },
      F26: { value: "n/a" },
      G26: { value: true },
      H26: { value: "", formula: '=IF(1,"",0)' },
    });
    const read = await readWorkbook(StrictExcel.fromModel(model).context);
    const cells = read.sheets.find((s) => s.name === D3_SHEET)?.cells;
    expect(cells?.get("E26")).toEqual({ value: { error: "#DIV/0!" }, formula: "=E25/0" });
    expect(cells?.get("F26")).toEqual({ value: "n/a" });
    expect(cells?.get("G26")).toEqual({ value: true });
    expect(cells?.get("H26")).toEqual({ value: "", formula: '=IF(1,"",0)' });
  });

  it("reads an empty sheet as no cells and a #REF! name without a target", async () => {
    const base = buildDrill3Model();
    const names = new Map(base.names);
    names.set("D3_CARTVALUE", { name: "D3_CartValue", refersTo: "#REF!" });
    const model: WorkbookModel = {
      ...base,
      sheets: [...base.sheets, { name: "Empty", cells: new Map() }],
      names,
    };
    const mock = StrictExcel.fromModel(model);
    const read = await readWorkbook(mock.context);
    expect(mock.syncs).toBe(3);
    const empty = read.sheets.find((s) => s.name === "Empty");
    expect(empty?.cells.size).toBe(0);
    // An empty sheet is known to be empty: no coverage says otherwise.
    expect(empty?.coverage).toBeUndefined();
    expect(read.names.get("D3_CARTVALUE")).toEqual({ name: "D3_CartValue", refersTo: "#REF!" });
  });

  it("finds a range name's cells from its range address, whatever its text says", async () => {
    const base = buildDrill3Model();
    const names = new Map(base.names);
    const target = { sheet: D3_SHEET, range: "C26:N26" };
    names.set("D3_CARTVALUE", {
      name: "D3_CartValue",
      refersTo: "=OFFSET(D3_Start,0,0,1,12)",
      target,
    });
    const read = await readWorkbook(StrictExcel.fromModel({ ...base, names }).context);
    expect(read.names.get("D3_CARTVALUE")?.target).toEqual(target);
  });

  it("the reference workbook read through Office.js checks like the model itself", async () => {
    const model = buildDrill3Model();
    const read = await readWorkbook(StrictExcel.fromModel(model).context);
    expect(checkWorkbook(read)).toEqual(checkWorkbook(model));
  });
});
