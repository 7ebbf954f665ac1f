import { checkWorkbook } from "../../../src/domain/check/checkWorkbook";
import type { WorkbookModel } from "../../../src/domain/model/workbookModel";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { buildDrill3Model, D3_SHEET } from "../../fixtures/check/buildDrill3Model";
import { DRILL3_FIXTURES } from "../../fixtures/check/drill3Fixtures";
import { renameSheet, shiftRows } from "../../fixtures/check/editModel";
import { modelToXlsx } from "../../fixtures/check/modelToXlsx";

/** The drill-3 fixtures saved as .xlsx and read back by the file adapter check the same. */
describe("the same fixtures through the .xlsx adapter give the same findings", () => {
  const cases: [string, () => WorkbookModel][] = [
    ...DRILL3_FIXTURES.map((f): [string, () => WorkbookModel] => [
      `${f.code}: ${f.title}`,
      f.model,
    ]),
    ["rows inserted", () => shiftRows(buildDrill3Model(), D3_SHEET, 3, 2)],
    ["sheet renamed", () => renameSheet(buildDrill3Model(), D3_SHEET, "Julia's forecast")],
  ];
  it.each(cases)("%s", async (_title, build) => {
    const model = build();
    const { buffer, skippedNames } = await modelToXlsx(model);
    const read = await readXlsx(buffer);
    // A name ExcelJS cannot write is simply missing from the file: same finding code and cell.
    const expected = checkWorkbook(model);
    const got = checkWorkbook(read);
    if (skippedNames.length === 0) {
      expect(got).toEqual(expected);
    } else {
      const strip = (r: typeof got) =>
        r.kind === "checked" ? r.findings.map((f) => [f.code, f.severity, f.cells]) : r;
      expect(strip(got)).toEqual(strip(expected));
    }
  });
});
