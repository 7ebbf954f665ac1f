import { readKpiTable } from "../../../../src/domain/check/kpi/readKpiTable";
import type { ModelCell, WorkbookModel } from "../../../../src/domain/model/workbookModel";
import { cellA1 } from "../../../../src/domain/sheet/a1";

describe("readKpiTable on a crafted sheet", () => {
  it("reads a sheet of 40,000 'Sessions' cells in linear passes (the old finder rescanned per cell)", () => {
    // 40,000 header candidates over 40,000 rows: a rescan per candidate is 1.6 billion cell visits,
    // far past the test's timeout; two passes are 80,000.
    const cells = new Map<string, ModelCell>();
    for (let row = 1; row <= 40_000; row += 1) {
      cells.set(cellA1({ row, column: 1 }), { value: "Sessions" });
      cells.set(cellA1({ row, column: 2 }), { value: "Orders" });
    }
    const model: WorkbookModel = {
      sheets: [{ name: "KPI Data", cells }],
      names: new Map(),
      formulaValuesKnown: true,
    };
    const result = readKpiTable(model, "KPI Data");
    expect(result.kind).toBe("missing");
    if (result.kind === "missing") {
      expect(result.sheet).toBe("KPI Data");
      expect(result.headerAddress).toBe("'KPI Data'!A1:B1");
    }
  });
});
