import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkWorkbook } from "../../../../src/domain/check/checkWorkbook";
import { buildPlan } from "../../../../src/domain/drills/buildPlan";
import { generateDrill1Data } from "../../../../src/domain/drills/drill1/generateDrill1Data";
import type { CheckResult, WorkbookModel } from "../../../../src/domain/model/workbookModel";
import { readXlsx } from "../../../../src/xlsx/readXlsx";
import { writeXlsx } from "../../../../src/xlsx/writeXlsx";
import { setCells } from "../../../fixtures/check/editModel";
import { recalculateWithLibreOffice } from "../../../support/libreoffice";

// The drill-1, drill-2 and KPI checks on real files: the answer keys (native formulas only) written
// to .xlsx, recalculated by LibreOffice headless, read back by the file adapter and checked. The
// numbers the check judges are the spreadsheet's, not the fixtures'. Needs `soffice`.

const TIMEOUT = 300_000;
let dir: string;
const results = new Map<number, CheckResult>();
const models = new Map<number, WorkbookModel>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "maison-h7-keys-"));
  await Promise.all(
    [0, 31].map(async (seed) => {
      const plans = (["1", "2", "kpi"] as const).map((drill) =>
        buildPlan(drill, { seed, mode: "answer-key", target: "file" })
      );
      const file = join(dir, `keys-${seed}.xlsx`);
      writeFileSync(file, await writeXlsx(plans));
      const recalculated = await recalculateWithLibreOffice(file, join(dir, `out-${seed}`));
      const model = await readXlsx(readFileSync(recalculated));
      models.set(seed, model);
      results.set(seed, checkWorkbook(model));
    })
  );
}, TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([0, 31])("answer keys of seed %i, recalculated by LibreOffice", (seed) => {
  it("are recognised as drills 1, 2 and KPI and give no finding at all", () => {
    expect(results.get(seed)).toEqual({ kind: "checked", drills: ["1", "2", "kpi"], findings: [] });
  });
});

it("judge the spreadsheet's numbers: the same file with three-way chosen gets bridge mismatches", () => {
  const model = models.get(0);
  if (!model) throw new Error("the seed-0 file was not read");
  const method = model.names.get("D1_METHOD")?.target;
  expect(method).toBeDefined();
  const edited = setCells(model, method!.sheet, { [method!.range]: { value: "three-way" } });
  const result = checkWorkbook(edited);
  expect(result.kind === "checked" && result.findings.map((f) => f.code)).toEqual([
    "bridge-mismatch",
    "bridge-mismatch",
  ]);
});

it.each([0, 31])(
  "seed %i: the spreadsheet's currency effect is the generator's, from local prices and the rate table",
  (seed) => {
    const model = models.get(seed);
    const target = model?.names.get("D1_AOVCURRENCY")?.target;
    const sheet = model?.sheets.find((s) => s.name === target?.sheet);
    const value = sheet?.cells.get(target?.range ?? "")?.value;
    expect(typeof value).toBe("number");
    expect(value as number).toBeCloseTo(generateDrill1Data(seed).traps.currency.aovEffect, 2);
  }
);
