import { fromFileFormula, toFileFormula } from "../../src/xlsx/fileFormula";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import JSZip from "jszip";

describe("file formulas", () => {
  it("prefixes functions newer than the 2007 format, outside strings and sheet names", () => {
    expect(toFileFormula('=IFS(A1>0,"IFS(x)",TRUE,MAXIFS(B:B,C:C,1))')).toBe(
      '_xlfn.IFS(A1>0,"IFS(x)",TRUE,_xlfn.MAXIFS(B:B,C:C,1))'
    );
    expect(toFileFormula("=SUM('IFS(1)'!A1)+stdev.s(A1:A3)")).toBe(
      "SUM('IFS(1)'!A1)+_xlfn.stdev.s(A1:A3)"
    );
    expect(toFileFormula("=SUMIFS(A:A,B:B,1)+MYIFS(1)")).toBe("SUMIFS(A:A,B:B,1)+MYIFS(1)");
  });

  it("reads prefixed functions back as typed", () => {
    expect(fromFileFormula('_xlfn.XLOOKUP(A1,B:B,"_xlfn.")')).toBe('XLOOKUP(A1,B:B,"_xlfn.")');
  });

  it("round-trips through a written file", async () => {
    const buffer = await writeXlsx([
      {
        drill: "3",
        seed: 0,
        mode: "blank",
        generatorVersion: "t",
        names: [],
        sheets: [
          {
            name: "D3 Model",
            blocks: [{ at: "A1", rows: [[{ value: 2 }, { formula: "=IFS(A1>1,1,TRUE,0)" }]] }],
          },
        ],
      },
    ]);
    const sheetXml = await (
      await JSZip.loadAsync(buffer)
    )
      .file("xl/worksheets/sheet1.xml")
      ?.async("string");
    expect(sheetXml).toContain("<f>_xlfn.IFS(A1&gt;1,1,TRUE,0)</f>");
    expect((await readXlsx(buffer)).sheets[0]?.cells.get("B1")?.formula).toBe(
      "=IFS(A1>1,1,TRUE,0)"
    );
  });
});
