import {
  CELL_BYTES_ESTIMATE,
  intersect,
  READ_BUDGET_BYTES,
  sliceForReading,
} from "../../src/excel/readBudget";

describe("sliceForReading", () => {
  it("cuts a data sheet into row blocks under the budget that cover it exactly", () => {
    const box = { top: 1, left: 1, bottom: 10_205, right: 18 };
    const slices = sliceForReading("D1 Data", box, ["values", "formulas", "valueTypes"]);
    expect(slices.every((slice) => slice.bytes <= READ_BUDGET_BYTES)).toBe(true);
    expect(slices[0]?.box.top).toBe(1);
    expect(slices.at(-1)?.box.bottom).toBe(10_205);
    slices
      .slice(1)
      .forEach((slice, i) => expect(slice.box.top).toBe((slices[i]?.box.bottom ?? 0) + 1));
    const cells = slices.reduce((sum, slice) => sum + slice.bytes, 0) / (3 * CELL_BYTES_ESTIMATE);
    expect(cells).toBe(10_205 * 18);
  });

  it("asks for fewer, larger blocks when it reads one grid", () => {
    const box = { top: 1, left: 1, bottom: 10_205, right: 18 };
    expect(sliceForReading("D1 Data", box, ["formulas"]).length).toBeLessThan(
      sliceForReading("D1 Data", box, ["values", "formulas", "valueTypes"]).length
    );
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
