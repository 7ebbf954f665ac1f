import { checkReads } from "../../../src/domain/check/checkReads";
import { qualify } from "../../../src/domain/sheet/sheetRef";
import type { ModelName } from "../../../src/domain/model/workbookModel";

const name = (key: string, sheet?: string, range?: string): [string, ModelName] => [
  key.toUpperCase(),
  {
    name: key,
    refersTo: sheet && range ? qualify(sheet, range) : "#REF!",
    ...(sheet && range ? { target: { sheet, range } } : {}),
  },
];

describe("checkReads", () => {
  it("reads the blocks drill names point at, once each, and whole the sheets holding KPI names", () => {
    const names = new Map([
      name("D1_Method", "D1 Work (2)", "C5"),
      name("D1_Moves", "D1 Work (2)", "C6:C8"),
      name("D1_Again", "D1 Work (2)", "C6:C8"),
      name("KPI_Weeks", "KPI Data", "B3"),
      name("D3_Gone"),
      name("MyOwnName", "D1 Data", "A1:R10205"),
    ]);
    expect(checkReads(names)).toEqual({
      blocks: [
        { sheet: "D1 Work (2)", range: "C5" },
        { sheet: "D1 Work (2)", range: "C6:C8" },
        { sheet: "KPI Data", range: "B3" },
      ],
      wholeSheets: ["KPI Data"],
    });
  });

  it("reads nothing for a workbook without drill names", () => {
    expect(checkReads(new Map([name("Budget", "Sheet1", "A1:Z900")]))).toEqual({
      blocks: [],
      wholeSheets: [],
    });
  });
});
