/* These tests break the Office.js rules on purpose (read before load, before sync) to prove the
 * double refuses what Excel refuses; the lint rules also do not see `excel.context.sync()` as a sync. */
/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read */
import type { WorkbookModel } from "../../src/domain/model/workbookModel";
import { EXCEL_WEB_PAYLOAD_LIMIT, StrictExcel } from "./strictExcel";

/** The double is only worth its tests if it refuses what Excel refuses. */
describe("StrictExcel, the Office.js double", () => {
  it("lands writes and shows loaded properties only after the sync", async () => {
    const excel = new StrictExcel(["Data"]);
    const range = excel.context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    range.values = [[1, "x"]];
    expect(excel.cell("Data", "A1")).toBeUndefined();
    range.load("values,address");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await excel.context.sync();
    expect(excel.cell("Data", "A1")).toEqual({ value: 1 });
    expect(range.values).toEqual([[1, "x"]]);
    expect(range.address).toBe("'Data'!A1:B1");
  });

  it("rejects reading a property that was not loaded, even after a sync", async () => {
    const excel = new StrictExcel(["Data"]);
    const range = excel.context.workbook.worksheets.getItem("Data").getRange("A1");
    range.load("address");
    await excel.context.sync();
    expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
    const sheets = excel.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load("items/name");
    await excel.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
    expect(() => sheets.items[0]?.visibility).toThrow(/PropertyNotLoaded/);
  });

  it("fails a getItem of a missing sheet at the sync; the …OrNullObject variant says isNullObject", async () => {
    const excel = new StrictExcel(["Data"]);
    excel.context.workbook.worksheets.getItem("Nope");
    await expect(excel.context.sync()).rejects.toThrow(/ItemNotFound/);
    const maybe = excel.context.workbook.worksheets.getItemOrNullObject("Nope");
    expect(() => maybe.isNullObject).toThrow(/PropertyNotLoaded/);
    await excel.context.sync();
    expect(maybe.isNullObject).toBe(true);
    const used = excel.context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject();
    used.load("address");
    await excel.context.sync();
    expect(used.isNullObject).toBe(true);
  });

  it("refuses a matrix that does not fit its range, and a sheet that exists", async () => {
    const excel = new StrictExcel(["Data"]);
    excel.context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2]];
    await expect(excel.context.sync()).rejects.toThrow(/InvalidArgument/);
    excel.context.workbook.worksheets.add("data");
    await expect(excel.context.sync()).rejects.toThrow(/ItemAlreadyExists/);
  });

  it("records each sync's request and response bytes as the UTF-8 length of their JSON", async () => {
    const excel = new StrictExcel(["Data"]);
    const range = excel.context.workbook.worksheets.getItem("Data").getRange("A1");
    range.values = [["é"]];
    await excel.context.sync();
    range.load("values");
    await excel.context.sync();
    // The write sends its matrix [["é"]] (9 bytes in UTF-8) and the sheet lookup; the read sends
    // almost nothing and returns {"values":[["é"]]}.
    expect(excel.syncs).toBe(2);
    expect(excel.requestBytes[0]).toBeGreaterThanOrEqual(9);
    expect(excel.responseBytes[0]).toBe(0);
    expect(excel.responseBytes[1]).toBe(new TextEncoder().encode('{"values":[["é"]]}').length);
  });

  it("refuses a request over the limit, sending nothing", async () => {
    const excel = new StrictExcel(["Data"], { requestLimitBytes: 1000 });
    const rows = Array.from({ length: 100 }, () => ["a long enough text"]);
    excel.context.workbook.worksheets.getItem("Data").getRange("A1:A100").values = rows;
    await expect(excel.context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(excel.sheet("Data").cells.size).toBe(0);
  });

  it("refuses a response over the limit (5 MB by default), showing nothing of it", async () => {
    const model: WorkbookModel = {
      sheets: [
        {
          name: "Big",
          cells: new Map(
            Array.from({ length: 60_000 }, (_, i) => [`A${i + 1}`, { value: "x".repeat(90) }])
          ),
        },
      ],
      names: new Map(),
      formulaValuesKnown: true,
    };
    const excel = StrictExcel.fromModel(model);
    const range = excel.context.workbook.worksheets.getItem("Big").getRange("A1:A60000");
    range.load("values");
    await expect(excel.context.sync()).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
    expect(excel.responseBytes[0]).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(() => range.values).toThrow(/PropertyNotLoaded/);

    const half = excel.context.workbook.worksheets.getItem("Big").getRange("A1:A30000");
    half.load("values");
    await excel.context.sync();
    expect(half.values).toHaveLength(30_000);
    expect(excel.largestResponse()).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
  });

  it("fails a chosen sync, part-way when asked", async () => {
    const excel = new StrictExcel(["Data"], { failOnSync: 1, failPartWay: true });
    const sheet = excel.context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A2").values = [[2]];
    sheet.getRange("A3").values = [[3]];
    await expect(excel.context.sync()).rejects.toThrow(/GeneralException/);
    // The sheet lookup and the first write ran; the rest did not.
    expect(excel.cell("Data", "A1")).toEqual({ value: 1 });
    expect(excel.cell("Data", "A3")).toBeUndefined();
  });

  it("asks onSync at every sync, waiting for it, and fails the syncs it names", async () => {
    const asked: number[] = [];
    const excel = new StrictExcel(["Data"], {
      onSync: async (sync) => {
        asked.push(sync);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return sync === 2 ? "fail-part-way" : sync === 3 ? "fail" : undefined;
      },
    });
    const sheet = excel.context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1").values = [[1]];
    expect(excel.cell("Data", "A1")).toBeUndefined();
    await excel.context.sync();
    expect(excel.cell("Data", "A1")).toEqual({ value: 1 });
    sheet.getRange("A2").values = [[2]];
    sheet.getRange("A3").values = [[3]];
    sheet.getRange("A4").values = [[4]];
    await expect(excel.context.sync()).rejects.toThrow(/GeneralException/);
    // Part-way: the first of the three writes landed, the rest did not.
    expect(excel.cell("Data", "A2")).toEqual({ value: 2 });
    expect(excel.cell("Data", "A4")).toBeUndefined();
    sheet.getRange("A5").values = [[5]];
    await expect(excel.context.sync()).rejects.toThrow(/GeneralException/);
    expect(excel.cell("Data", "A5")).toBeUndefined();
    expect(asked).toEqual([1, 2, 3]);
  });

  it("reads a model's names like Excel: type, value and the range they point at", async () => {
    const model: WorkbookModel = {
      sheets: [{ name: "D3 Model", cells: new Map([["C5", { value: 0.18 }]]) }],
      names: new Map([
        [
          "D3_BASE",
          {
            name: "D3_Base",
            refersTo: "'D3 Model'!$C$5",
            target: { sheet: "D3 Model", range: "C5" },
          },
        ],
        ["D3_GONE", { name: "D3_Gone", refersTo: "#REF!" }],
      ]),
      formulaValuesKnown: true,
    };
    const excel = StrictExcel.fromModel(model);
    const names = excel.context.workbook.names.load("items/name,items/type,items/value");
    await excel.context.sync();
    expect(names.items.map((n) => [n.name, n.type, n.value])).toEqual([
      ["D3_Base", "Range", "'D3 Model'!$C$5"],
      ["D3_Gone", "Error", "#REF!"],
    ]);
    const ranges = names.items.map((n) => n.getRangeOrNullObject().load("address"));
    await excel.context.sync();
    expect(ranges.map((r) => (r.isNullObject ? null : r.address))).toEqual(["'D3 Model'!C5", null]);
  });
});
