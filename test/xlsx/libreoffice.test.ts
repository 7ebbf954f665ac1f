import { mkdtempSync, readFileSync, rmSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import type { ModelValue, WorkbookModel } from "../../src/domain/model/workbookModel";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { cellA1, mustParseRange } from "../../src/domain/sheet/a1";
import { recalculateWithLibreOffice } from "../support/libreoffice";

// End to end in a real spreadsheet engine: the command-line tool's workbook of every drill, opened
// by LibreOffice headless with every formula recalculated, then read back. One LibreOffice run is
// shared by every assertion (each run costs seconds). Needs `soffice`: the test fails without it.

const LIBREOFFICE_TIMEOUT = 300_000;
/** Reading a 10,000-row workbook back takes seconds on a busy machine. */
const READ_TIMEOUT = 60_000;

let dir: string;
let model: WorkbookModel;
let keyModel: WorkbookModel;
let written: string;
let recalculated: string;
let recalculatedKey: string;

type Run = { code: number; stdout: string; stderr: string };

async function run(...argv: string[]): Promise<Run> {
  const result = { code: 0, stdout: "", stderr: "" };
  result.code = await main(argv, {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
  });
  return result;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "maison-lo-e2e-"));
  written = join(dir, "drills.xlsx");
  const key = join(dir, "answer-key.xlsx");
  for (const argv of [
    ["workbook", "--drill", "all", "--seed", "0", "--out", written],
    ["answer-key", "--drill", "all", "--seed", "0", "--out", key],
  ]) {
    const result = await run(...argv);
    if (result.code !== 0)
      throw new Error(`maison-drills ${argv[0]} failed (${result.code}): ${result.stderr}`);
  }
  // Two LibreOffice runs at once: each has its own profile copy.
  [recalculated, recalculatedKey] = await Promise.all([
    recalculateWithLibreOffice(written, join(dir, "recalculated")),
    recalculateWithLibreOffice(key, join(dir, "recalculated")),
  ]);
  [model, keyModel] = await Promise.all([
    readXlsx(readFileSync(recalculated)),
    readXlsx(readFileSync(recalculatedKey)),
  ]);
}, LIBREOFFICE_TIMEOUT);

/** Formula cells whose computed value is an error, as "'Sheet'!A1 =formula → {error}". */
function formulaErrors(workbook: WorkbookModel): string[] {
  return workbook.sheets.flatMap((sheet) =>
    [...sheet.cells.entries()]
      .filter(
        ([, cell]) =>
          cell.formula !== undefined && cell.value !== null && typeof cell.value === "object"
      )
      .map(
        ([address, cell]) =>
          `'${sheet.name}'!${address} ${cell.formula} → ${JSON.stringify(cell.value)}`
      )
  );
}

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The values of a named range, row by row, left to right. */
function namedValues(name: string): ModelValue[] {
  const entry = model.names.get(name.toUpperCase());
  if (!entry?.target)
    throw new Error(`name ${name} missing or not resolved (${entry?.refersTo ?? "absent"})`);
  const target = entry.target;
  const sheet = model.sheets.find((s) => s.name === target.sheet);
  if (!sheet) throw new Error(`sheet ${target.sheet} of ${name} missing`);
  const range = mustParseRange(target.range);
  const values: ModelValue[] = [];
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let column = range.left; column <= range.right; column += 1) {
      values.push(sheet.cells.get(cellA1({ row, column }))?.value ?? null);
    }
  }
  return values;
}

function numbers(name: string): number[] {
  return namedValues(name).map((value) => {
    if (typeof value !== "number")
      throw new Error(`${name} holds ${JSON.stringify(value)}, not a number`);
    return value;
  });
}

describe("maison-drills workbook --drill all --seed 0, recalculated by LibreOffice", () => {
  it("has every drill's sheets and formulas whose results LibreOffice saved", () => {
    const names = model.sheets.map((sheet) => sheet.name);
    for (const prefix of ["D1 ", "D2 ", "D3 "])
      expect(names.some((name) => name.startsWith(prefix))).toBe(true);
    expect(model.formulaValuesKnown).toBe(true);
    const formulas = model.sheets.flatMap((sheet) =>
      [...sheet.cells.values()].filter((cell) => cell.formula)
    );
    expect(formulas.length).toBeGreaterThan(100);
  });

  it("has no formula that evaluates to an error value", () => {
    const errors = model.sheets.flatMap((sheet) =>
      [...sheet.cells.entries()]
        .filter(
          ([, cell]) =>
            cell.formula !== undefined && cell.value !== null && typeof cell.value === "object"
        )
        .map(
          ([address, cell]) =>
            `'${sheet.name}'!${address} ${cell.formula} → ${JSON.stringify(cell.value)}`
        )
    );
    expect(errors).toEqual([]);
  });

  it("recomputes drill 1's headline figures from the raw rows to the canonical ones", () => {
    const [aovLQ, aovTQ] = numbers("D1_AOV");
    expect(aovLQ).toBeCloseTo(1800, 2);
    expect(aovTQ).toBeCloseTo(1580, 2);
    const expectShares = (name: string, lq: number, tq: number): void => {
      const [a, b] = numbers(name);
      // 0.01 percentage point = 0.0001 as a fraction.
      expect(Math.abs((a ?? NaN) - lq)).toBeLessThan(0.0001);
      expect(Math.abs((b ?? NaN) - tq)).toBeLessThan(0.0001);
    };
    expectShares("D1_SellThrough", 0.88, 0.78);
    expectShares("D1_ChannelShare", 0.18, 0.19);
    expectShares("D1_TopClientShare", 0.22, 0.2);
    expectShares("D1_MixIcons", 0.22, 0.17);
    expectShares("D1_MixEntry", 0.28, 0.34);
    expectShares("D1_MixOther", 0.5, 0.49);
  });

  it("gives drill 3's givens as the seed documents state them", () => {
    expect(numbers("D3_SAs")).toEqual([600]);
    expect(numbers("D3_DOS")).toEqual([80]);
    expect(numbers("D3_BaselineShare")[0]).toBeCloseTo(0.18, 6);
    expect(numbers("D3_TargetShare")[0]).toBeCloseTo(0.3, 6);
    expect(numbers("D3_BaselineTCRevenue")).toHaveLength(12);
  });

  it("resolves every workbook name to a sheet of the file", () => {
    const unresolved = [...model.names.values()]
      .filter((name) => !name.target)
      .map((name) => name.name);
    expect(unresolved).toEqual([]);
  });

  it("computes the waterfall helper levels from the bridge cells (Start level = the given start)", () => {
    const helpers = model.sheets.find((sheet) => sheet.name === "Helpers");
    expect(helpers?.cells.get("F2")?.value).toBeCloseTo(1800, 2);
    const lastLevel = [...(helpers?.cells.entries() ?? [])].find(
      ([address, cell]) =>
        /^G\d+$/.test(address) &&
        typeof cell.value === "number" &&
        Math.abs(cell.value - 1580) < 0.005
    );
    expect(lastLevel).toBeDefined();
  });
});

describe("the waterfalls, as LibreOffice reads them", () => {
  it("keeps every bridge as a stacked-column chart over the helper formulas when it saves the file", async () => {
    const zip = await JSZip.loadAsync(readFileSync(recalculated));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path))
        .map((path) => zip.file(path)?.async("string") ?? "")
    );
    // Drill 1 shows its AOV and sell-through bridges as waterfalls.
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) {
      expect(chart).toMatch(/<c:barChart>/);
      expect(chart).toMatch(/<c:grouping val="stacked"\/>/);
      expect(chart).toMatch(/Helpers/);
    }
  });
});

describe("maison-drills check on the real files", () => {
  it(
    "refuses the written file, whose formulas carry no saved values, with exit 2",
    async () => {
      const result = await run("check", written);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/cannot be judged yet/);
    },
    READ_TIMEOUT
  );

  it(
    "judges the blank workbook once LibreOffice saved it: the empty template has error findings",
    async () => {
      const result = await run("check", "--json", recalculated);
      expect(result.code).toBe(1);
      const findings = JSON.parse(result.stdout) as Array<{
        code: string;
        severity: string;
        cells: string[];
      }>;
      expect(findings.some((finding) => finding.severity === "error")).toBe(true);
      expect(findings.every((finding) => finding.cells.length > 0)).toBe(true);
    },
    READ_TIMEOUT
  );
});

describe("maison-drills answer-key --drill all --seed 0, recalculated by LibreOffice", () => {
  it("has no formula that evaluates to an error value", () => {
    expect(keyModel.formulaValuesKnown).toBe(true);
    expect(formulaErrors(keyModel)).toEqual([]);
  });

  it(
    "passes the check with no error findings and meets drill 3's target",
    async () => {
      const result = await run("check", "--json", recalculatedKey);
      const findings = JSON.parse(result.stdout) as Array<{ code: string; severity: string }>;
      expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
      expect(findings.map((finding) => finding.code)).toContain("target-met");
      expect(result.code).toBe(0);
    },
    READ_TIMEOUT
  );
});
