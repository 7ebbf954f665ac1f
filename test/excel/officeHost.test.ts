import type { WorkbookModel } from "../../src/domain/model/workbookModel";
import { createOfficeHost, type ExcelRun } from "../../src/excel/officeHost";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { StrictExcel } from "../support/strictExcel";
import { samplePlan } from "./samplePlan";

jest.mock("../../src/excel/readWorkbook", () => ({ readWorkbook: jest.fn() }));

function hostOn(
  excel: StrictExcel,
  isSetSupported: (name: string, version: string) => boolean = () => true
) {
  const run: ExcelRun = (batch) => batch(excel.context);
  return createOfficeHost(run, { isSetSupported });
}

describe("createOfficeHost", () => {
  it("reports the newest ExcelApi set and whether native waterfalls exist", async () => {
    const upTo = (max: number) => (_name: string, version: string) =>
      Number(version.split(".")[1]) <= max;
    expect(await hostOn(new StrictExcel(), upTo(17)).capabilities()).toEqual({
      waterfallChart: true,
      excelApi: "1.17",
    });
    expect(await hostOn(new StrictExcel(), upTo(8)).capabilities()).toEqual({
      waterfallChart: false,
      excelApi: "1.8",
    });
  });

  it("lists the sheets that exist", async () => {
    expect(await hostOn(new StrictExcel(["Budget", "Notes"])).sheetNames()).toEqual([
      "Budget",
      "Notes",
    ]);
  });

  it("populates through the writer, reporting sheets, names and progress", async () => {
    const excel = new StrictExcel(["D1 Data"]);
    const labels: string[] = [];
    const result = await hostOn(excel).populate(samplePlan(), (p) => labels.push(p.label));

    expect(result).toEqual({
      sheets: ["D1 Data (2)", "D1 Work", "D1 Kept"],
      names: ["D1_Method", "D1_Total"],
      warnings: [],
    });
    expect(labels).toEqual(["Reading the workbook", "Writing D1 Data (2)", "Done"]);
    expect(excel.syncs).toBe(2);
  });

  it("activates the sheet and selects the range of a finding", async () => {
    const excel = new StrictExcel(["Sheet1", "D3 Work"]);
    await hostOn(excel).select("'D3 Work'!C10:N10");

    expect(excel.active).toBe("D3 Work");
    expect(excel.selections).toEqual(["'D3 Work'!C10:N10"]);
    expect(excel.syncs).toBe(1);
  });

  it("reads the model with readWorkbook in the same request context", async () => {
    const excel = new StrictExcel();
    const model: WorkbookModel = { sheets: [], names: new Map(), formulaValuesKnown: true };
    (readWorkbook as jest.Mock).mockResolvedValue(model);

    expect(await hostOn(excel).readModel()).toBe(model);
    expect(readWorkbook).toHaveBeenCalledWith(excel.context);
  });
});
