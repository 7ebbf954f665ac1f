import { checkReads } from "../../src/domain/check/checkReads";
import { checkWorkbook } from "../../src/domain/check/checkWorkbook";
import { luxFormulaCells } from "../../src/domain/sharing/luxFormulaCells";
import { prepareForSharing } from "../../src/excel/prepareForSharing";
import { CELL_BYTES_ESTIMATE, READ_BUDGET_BYTES } from "../../src/excel/readBudget";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { everyDrillWorkbook } from "../support/everyDrillWorkbook";
import { EXCEL_WEB_PAYLOAD_LIMIT, type StrictExcel } from "../support/strictExcel";

/** The syncs `excel` made while `run` ran, as measured. */
async function measured<T>(excel: StrictExcel, run: () => Promise<T>) {
  const first = excel.syncs;
  const result = await run();
  const syncs = excel.syncLog.slice(first);
  return {
    result,
    syncs: syncs.length,
    largestRequest: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    largestResponse: Math.max(0, ...syncs.map((s) => s.responseBytes)),
  };
}

describe("reads of every drill plus a second copy of drill 1, on Excel on the web's limits", () => {
  let excel: StrictExcel;
  beforeAll(async () => {
    ({ excel } = await everyDrillWorkbook());
  }, 120_000);

  it("is a workbook the old one-sync read could not read: its used ranges are over 5 MB", async () => {
    expect(excel.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["D1 Data", "D1 Data (2)", "D2 Plan", "D3 Model", "KPI Data"])
    );
    const sheets = excel.context.workbook.worksheets.load("items/name");
    await excel.context.sync();
    for (const sheet of sheets.items) {
      sheet.getUsedRangeOrNullObject(false).load("address,values,formulas,valueTypes");
    }
    await expect(excel.context.sync()).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });

  it("the check reads only what its rules read: every response under the read budget, the same findings as a read in full", async () => {
    const full = excel.toModel();
    const read = await measured(excel, () => readWorkbook(excel.context));

    expect(read.largestResponse).toBeLessThan(READ_BUDGET_BYTES);
    expect(read.largestRequest).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    // Two syncs find the sheets and names; the rest are bounded by the blocks the rules read.
    const reads = checkReads(full.names);
    expect(read.syncs).toBeLessThanOrEqual(2 + reads.blocks.length + reads.wholeSheets.length);
    // The data sheets no name points at are not read, and say so.
    for (const name of ["D1 Data", "D1 Data (2)", "D1 Work"]) {
      const sheet = read.result.sheets.find((s) => s.name === name);
      expect(sheet?.coverage?.cells).toBeDefined();
    }
    const findings = checkWorkbook(read.result);
    expect(findings.kind).toBe("checked");
    expect(findings).toEqual(checkWorkbook(full));
  });

  it("prepare for sharing finds every LUX formula with every response under the read budget, in syncs bounded by the blocks", async () => {
    const full = excel.toModel();
    const lux = luxFormulaCells(full);
    expect(lux.length).toBeGreaterThan(0);
    const blocks = excel.sheets.reduce((sum, sheet) => {
      const box = excel.usedBox(sheet.name);
      // The blocks a read sized by the first estimate alone would take, sheet by sheet.
      const cells = box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0;
      return sum + Math.ceil((cells * CELL_BYTES_ESTIMATE) / READ_BUDGET_BYTES);
    }, 0);

    const shared = await measured(excel, () =>
      prepareForSharing(excel.context, [], { isSetSupported: () => true })
    );

    expect(shared.result.keptFormulas).toBe(lux.length);
    expect(shared.largestResponse).toBeLessThan(READ_BUDGET_BYTES);
    expect(shared.largestRequest).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(shared.syncs).toBe(shared.result.syncs);
    // Sheets and names (2), the formulas (at most one sync per block), spills and LUX results
    // (one each for this many formulas), the two new sheets (2), the values (1).
    expect(shared.syncs).toBeGreaterThan(2 + 1);
    expect(shared.syncs).toBeLessThanOrEqual(2 + blocks + 2 + 2 + 1);
    for (const { sheet, address } of lux) {
      expect(excel.cell(sheet, address)?.formula).toBeUndefined();
    }
  });
});
