import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkWorkbook } from "../../../src/domain/check/checkWorkbook";
import { buildDrill3Plan } from "../../../src/domain/drills/drill3/buildDrill3Plan";
import { DRILL3_ROWS } from "../../../src/domain/drills/drill3/drill3Layout";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { writeXlsx } from "../../../src/xlsx/writeXlsx";
import { recalculateWithLibreOffice } from "../../support/libreoffice";

/**
 * The whole file path a coach takes: the drill-3 answer key written as .xlsx (native formulas, no
 * saved results), recalculated and saved by a spreadsheet program (LibreOffice headless), read back
 * and checked. Before recalculation the check must refuse to judge; after, it must find nothing
 * wrong and say the target is met.
 */
describe("drill-3 answer key through .xlsx and LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "h5-drill3-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is not judged before a spreadsheet saved its results, and passes after", async () => {
    const input = join(dir, "drill3-key.xlsx");
    writeFileSync(
      input,
      await writeXlsx([buildDrill3Plan({ seed: 0, mode: "answer-key", target: "file" })])
    );
    expect(checkWorkbook(await readXlsx(readFileSync(input))).kind).toBe("no-saved-values");

    const output = await recalculateWithLibreOffice(input, join(dir, "out"));
    const result = checkWorkbook(await readXlsx(readFileSync(output)));
    expect(result.kind).toBe("checked");
    if (result.kind !== "checked") return;
    expect(result.findings.map((f) => [f.code, f.cells])).toEqual([
      [
        "target-met",
        [`'D3 Model'!N${DRILL3_ROWS.tcDigitalShare}`, `'D3 Model'!C${DRILL3_ROWS.targetShare}`],
      ],
    ]);
  }, 240_000);
});
