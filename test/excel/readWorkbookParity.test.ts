import { checkWorkbook } from "../../src/domain/check/checkWorkbook";
import type { WorkbookModel } from "../../src/domain/model/workbookModel";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { buildDrill3Model, D3_SHEET, LAYOUT } from "../fixtures/check/buildDrill3Model";
import { DRILL3_FIXTURES } from "../fixtures/check/drill3Fixtures";
import { renameSheet, shiftRows } from "../fixtures/check/editModel";
import { StrictExcel } from "../support/strictExcel";

const robustness: [string, () => WorkbookModel][] = [
  ["rows inserted", () => shiftRows(buildDrill3Model(), D3_SHEET, 3, 2)],
  [
    "assumption row deleted",
    () => shiftRows(buildDrill3Model(), D3_SHEET, LAYOUT.rows.D3_CartValue, -1),
  ],
  ["sheet renamed", () => renameSheet(buildDrill3Model(), D3_SHEET, "My forecast")],
];

describe("the same fixtures through the Office.js adapter give the same findings", () => {
  it.each([
    ...DRILL3_FIXTURES.map((f): [string, () => WorkbookModel] => [
      `${f.code}: ${f.title}`,
      f.model,
    ]),
    ...robustness,
  ])("%s", async (_title, build) => {
    const model = build();
    const mock = StrictExcel.fromModel(model);
    const read = await readWorkbook(mock.context);
    // Two syncs find the sheets and names; a drill-3 workbook's named blocks fit one more.
    expect(mock.syncs).toBeLessThanOrEqual(3);
    expect(checkWorkbook(read)).toEqual(checkWorkbook(model));
  });
});
