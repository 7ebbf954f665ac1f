import type { ModelCell, WorkbookModel } from "../../src/domain/model/workbookModel";
import { cellA1 } from "../../src/domain/sheet/a1";
import {
  CELL_BYTES_ESTIMATE,
  intersect,
  loadRegions,
  READ_BUDGET_BYTES,
} from "../../src/excel/readBudget";
import { EXCEL_WEB_PAYLOAD_LIMIT, StrictExcel } from "../support/strictExcel";

/** One sheet of `rows` × `columns` cells, each `cell(row, column)`. */
function sheetOf(
  name: string,
  rows: number,
  columns: number,
  cell: (row: number, column: number) => ModelCell
): WorkbookModel {
  const cells = new Map<string, ModelCell>();
  for (let row = 1; row <= rows; row += 1)
    for (let column = 1; column <= columns; column += 1)
      cells.set(cellA1({ row, column }), cell(row, column));
  return { sheets: [{ name, cells }], names: new Map(), formulaValuesKnown: true };
}

/** Every cell read, exactly once: the blocks of a region follow each other without gap or overlap. */
function expectCovered(
  loaded: Awaited<ReturnType<typeof loadRegions>>["loaded"],
  box: { top: number; bottom: number }
): void {
  const tops = loaded.map(({ slice }) => slice.box).sort((a, b) => a.top - b.top);
  expect(tops[0]?.top).toBe(box.top);
  expect(tops.at(-1)?.bottom).toBe(box.bottom);
  tops.slice(1).forEach((b, i) => expect(b.top).toBe((tops[i]?.bottom ?? 0) + 1));
}

describe("loadRegions", () => {
  const box = { top: 1, left: 1, bottom: 10_205, right: 18 };
  /** Drill 1's data sheet in shape: 10,205 rows of short numbers. */
  const data = sheetOf("D1 Data", box.bottom, box.right, (row, column) => ({
    value: row * 100 + column,
  }));
  /** What a read sized by the first estimate alone would take: one sync per such block. */
  const conservative = (grids: number): number =>
    Math.ceil((box.bottom * box.right * CELL_BYTES_ESTIMATE * grids) / READ_BUDGET_BYTES);

  it("reads a sheet of short numbers in far fewer syncs than the first estimate, every response under the budget", async () => {
    const excel = StrictExcel.fromModel(data);
    const { loaded, syncs } = await loadRegions(
      excel.context,
      [{ sheet: "D1 Data", box }],
      ["values", "formulas", "valueTypes"]
    );
    expectCovered(loaded, box);
    expect(syncs).toBe(excel.syncs);
    expect(syncs).toBeLessThan(conservative(3) / 2);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(READ_BUDGET_BYTES);
    expect(loaded.at(-1)?.range.values.at(-1)?.at(-1)).toBe(box.bottom * 100 + box.right);
  });

  it("reads long texts after short numbers in smaller blocks, reading again what Excel refuses", async () => {
    const text = "x".repeat(3_000);
    const mixed = sheetOf("Notes", 4_000, 10, (row) => ({ value: row <= 200 ? row : text }));
    const excel = StrictExcel.fromModel(mixed);
    const region = { sheet: "Notes", box: { top: 1, left: 1, bottom: 4_000, right: 10 } };
    const { loaded } = await loadRegions(excel.context, [region], ["values"]);
    expectCovered(loaded, region.box);
    // Neither the first estimate nor what 200 rows of numbers measured foresee 3,000-character
    // cells: the block that meets them is refused, once per fourfold cut, then read.
    const refused = excel.responseBytes.filter((bytes) => bytes > EXCEL_WEB_PAYLOAD_LIMIT);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(4);
    expect(loaded.at(-1)?.range.values.at(-1)?.[0]).toBe(text);
    expect(loaded.flatMap(({ range }) => range.values.flat())).toHaveLength(40_000);
  });

  it("reads a block again, smaller, when Excel refuses a response as too large", async () => {
    const text = "y".repeat(500);
    const sheet = sheetOf("Notes", 400, 4, () => ({ value: text }));
    // A limit far below the budget: the first, estimate-sized block is refused and read again.
    const excel = StrictExcel.fromModel(sheet, { responseLimitBytes: 200_000 });
    const region = { sheet: "Notes", box: { top: 1, left: 1, bottom: 400, right: 4 } };
    const { loaded, syncs } = await loadRegions(excel.context, [region], ["values"]);
    expectCovered(loaded, region.box);
    expect(excel.responseBytes.filter((bytes) => bytes > 200_000).length).toBeGreaterThan(0);
    expect(syncs).toBe(excel.syncs);
    expect(loaded.flatMap(({ range }) => range.values.flat())).toHaveLength(1_600);
  });

  it("gives up with Excel's own error when a single row is over the limit, and passes other errors on", async () => {
    const wide = sheetOf("Wide", 2, 3, () => ({ value: "z".repeat(2_000) }));
    const tight = StrictExcel.fromModel(wide, { responseLimitBytes: 1_000 });
    const region = { sheet: "Wide", box: { top: 1, left: 1, bottom: 2, right: 3 } };
    await expect(loadRegions(tight.context, [region], ["values"])).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    const failing = StrictExcel.fromModel(wide, { failOnSync: 1 });
    await expect(loadRegions(failing.context, [region], ["values"])).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(failing.syncs).toBe(1);
  });
});

describe("intersect", () => {
  it("gives the overlap, or nothing", () => {
    const used = { top: 1, left: 1, bottom: 10, right: 5 };
    expect(intersect({ top: 8, left: 3, bottom: 20, right: 3 }, used)).toEqual({
      top: 8,
      left: 3,
      bottom: 10,
      right: 3,
    });
    expect(intersect({ top: 11, left: 1, bottom: 12, right: 1 }, used)).toBeUndefined();
  });
});
