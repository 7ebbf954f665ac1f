import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { buildDrill1Plan } from "../../src/domain/drills/drill1/buildDrill1Plan";
import { buildDrill3Plan } from "../../src/domain/drills/drill3/buildDrill3Plan";
import type { Finding, ModelValue, WorkbookModel } from "../../src/domain/model/workbookModel";
import { applyRangeWrites } from "../../src/domain/sharing/applyRangeWrites";
import { prepareSharing, type SharingEdits } from "../../src/domain/sharing/prepareSharing";
import { isKeptFormulasSheet } from "../../src/domain/sharing/readKeptFormulas";
import { restoreFormulas } from "../../src/domain/sharing/restoreFormulas";
import { sharedWorkbookPlan } from "../../src/domain/sharing/sharedWorkbookPlan";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { workedWorkbook, type WorkedWorkbook } from "./sharingRoundTripWorkbook";

// The round trip of PRODUCT.md section 5: drill 3 (answer key, add-in target: LUX.SAFESHARE in the
// forecast rows, LUX.RAMP and LUX.SEASONAL spilling in the helper rows) and drill 1 (add-in starter:
// LUX.AOVBRIDGE and LUX.STBRIDGE spilling 4×2 bridges), worked in one workbook, prepared for sharing,
// written to .xlsx, recalculated by LibreOffice headless (a spreadsheet without the add-in), read
// back; then the formulas restored. Needs `soffice`: the test fails, never skips, without it.

const TIMEOUT = 300_000;
const PREPARED_AT = "2026-11-23T11:00:00Z";

let dir: string;
let worked: WorkedWorkbook;
let edits: SharingEdits;
let writtenXml: string;
let workbookXml: string;
let shared: WorkbookModel;

const findings: Finding[] = [
  {
    code: "target-met",
    severity: "info",
    message: "Month 12 reaches the 30% target.",
    cells: ["'D3 Model'!N52"],
  },
  {
    code: "jump-too-large",
    severity: "warning",
    message: "The share moves more than 3 points in month 4.",
    cells: ["'D3 Model'!F52", "'D3 Model'!F58"],
  },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "maison-sharing-"));
  const planOptions = [
    { build: buildDrill3Plan, seed: 0, mode: "answer-key" as const },
    { build: buildDrill1Plan, seed: 0, mode: "starter" as const },
  ];
  // The same drills for files (native twins of every LUX formula), calculated by LibreOffice.
  const nativeFile = join(dir, "native.xlsx");
  writeFileSync(
    nativeFile,
    await writeXlsx(planOptions.map((o) => o.build({ seed: o.seed, mode: o.mode, target: "file" })))
  );
  const native = await readXlsx(
    readFileSync(await recalculateWithLibreOffice(nativeFile, join(dir, "native-out")))
  );
  worked = workedWorkbook(
    planOptions.map((o) => o.build({ seed: o.seed, mode: o.mode, target: "addin" })),
    native
  );

  edits = prepareSharing(
    worked.model,
    findings,
    { preparedAt: PREPARED_AT },
    { spills: worked.spills }
  );
  const plan = sharedWorkbookPlan(worked.model, edits, {
    drill: "3",
    seed: 0,
    mode: "answer-key",
    generatorVersion: "shared",
  });
  const sharedFile = join(dir, "shared.xlsx");
  const buffer = await writeXlsx([plan]);
  writeFileSync(sharedFile, buffer);
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter((path) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(path)
  );
  workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  writtenXml = (await Promise.all(parts.map((path) => zip.file(path)?.async("string") ?? ""))).join(
    "\n"
  );
  shared = await readXlsx(
    readFileSync(await recalculateWithLibreOffice(sharedFile, join(dir, "shared-out")))
  );
}, TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function isNumberish(value: ModelValue): value is number {
  return typeof value === "number";
}

describe("a drill worked with LUX formulas, shared and opened without the add-in", () => {
  test("the worked workbook really uses LUX functions, computed by our implementations", () => {
    const functions = new Set(worked.luxCells.map((c) => /LUX\.[A-Z]+/.exec(c.formula)?.[0]));
    expect([...functions].sort()).toEqual(
      ["LUX.AOVBRIDGE", "LUX.RAMP", "LUX.SAFESHARE", "LUX.SEASONAL", "LUX.STBRIDGE"].sort()
    );
    expect(worked.spills.length).toBeGreaterThanOrEqual(4);
    // Where the file plan has a native twin, our LUX value equals what LibreOffice computed.
    const twins = worked.luxCells.filter((c) => typeof c.nativeValue === "number");
    expect(twins.length).toBe(24);
    for (const twin of twins) {
      expect(twin.value).toBeCloseTo(twin.nativeValue as number, 9);
    }
  });

  test("every LUX cell is kept, none is a problem, and the written file holds no LUX formula", () => {
    expect(edits.kept).toHaveLength(worked.luxCells.length);
    expect(edits.problems).toEqual([]);
    expect(edits.sheets.map((s) => s.name)).toEqual(["Kept formulas", "Review"]);
    expect(writtenXml).toMatch(/<f>/); // native formulas are still formulas
    expect(writtenXml).not.toMatch(/<f>[^<]*LUX/i);
  });

  test("LibreOffice shows the same numbers in every cell, and no error value anywhere", () => {
    const errors = shared.sheets.flatMap((sheet) =>
      [...sheet.cells.entries()]
        .filter(([, cell]) => typeof cell.value === "object" && cell.value !== null)
        .map(([address, cell]) => `${sheet.name}!${address}=${JSON.stringify(cell.value)}`)
    );
    expect(errors).toEqual([]);

    let compared = 0;
    let recomputed = 0;
    const different: string[] = [];
    for (const sheet of worked.model.sheets) {
      const after = shared.sheets.find((s) => s.name === sheet.name);
      expect(after).toBeDefined();
      for (const [address, cell] of sheet.cells) {
        const now = after?.cells.get(address);
        const at = `${sheet.name}!${address}`;
        if (isNumberish(cell.value)) {
          compared += 1;
          if (now?.formula !== undefined) recomputed += 1;
          const close =
            typeof now?.value === "number" &&
            Math.abs(now.value - cell.value) <= 1e-9 * Math.max(1, Math.abs(cell.value));
          if (!close)
            different.push(`${at}: ${String(cell.value)} → ${JSON.stringify(now?.value)}`);
        } else if (cell.value !== null && cell.value !== "" && now?.value !== cell.value) {
          different.push(`${at}: ${JSON.stringify(cell.value)} → ${JSON.stringify(now?.value)}`);
        }
      }
    }
    expect(different).toEqual([]);
    expect(compared).toBeGreaterThan(500);
    // Native formulas downstream of the kept values were recalculated by LibreOffice, not copied.
    expect(recomputed).toBeGreaterThan(100);
  });

  test("the Review sheet shows the stamp, the findings with links, and the hidden kept formulas", () => {
    const review = shared.sheets.find((s) => s.name === "Review");
    const texts = [...(review?.cells.values() ?? [])].map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining(["jump-too-large", "target-met", "'D3 Model'!F52"])
    );
    expect(texts).toEqual(expect.arrayContaining(["3", "1", 0, "answer-key", "starter"]));
    expect(shared.sheets.filter(isKeptFormulasSheet).map((s) => s.name)).toEqual(["Kept formulas"]);
    // Each finding's cell is an internal hyperlink; the kept formulas are on a hidden sheet.
    expect(writtenXml).toMatch(
      /<hyperlink ref="D\d+" location="(?:'|&apos;)D3 Model(?:'|&apos;)!F52"/
    );
    expect(workbookXml).toMatch(/<sheet [^>]*name="Kept formulas"[^>]*state="hidden"/);
  });

  test("restoring brings back every LUX formula unchanged", () => {
    const plan = restoreFormulas(shared);
    expect(plan.skipped).toEqual([]);
    expect(plan.restored).toHaveLength(worked.luxCells.length);
    const restored = applyRangeWrites(shared, plan.writes);
    for (const lux of worked.luxCells) {
      const sheet = restored.sheets.find((s) => s.name === lux.sheet);
      expect({
        at: `${lux.sheet}!${lux.cell}`,
        formula: sheet?.cells.get(lux.cell)?.formula,
      }).toEqual({
        at: `${lux.sheet}!${lux.cell}`,
        formula: lux.formula,
      });
    }
    for (const spill of worked.spills) {
      const sheet = restored.sheets.find((s) => s.name === spill.sheet);
      const [, end] = spill.range.split(":");
      expect(sheet?.cells.get(end ?? "")).toBeUndefined(); // emptied, so the result can spill again
    }
  });
});
