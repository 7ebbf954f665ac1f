import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { keyRequestsFor } from "../../src/cli/answerKeyFor";
import { buildPlan } from "../../src/domain/drills/buildPlan";
import { GENERATOR_VERSIONS } from "../../src/domain/drills/generatorVersions";
import type { Finding, WorkbookModel } from "../../src/domain/model/workbookModel";
import type { DrillId } from "../../src/domain/plan/workbookPlan";
import { readDrillStamps, type DrillStamp } from "../../src/domain/sharing/readDrillStamps";
import { cellA1, mustParseCell } from "../../src/domain/sheet/a1";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { ANSWER_KEY_MODELS, CHECKED_DRILLS, versionName } from "../fixtures/check/answerKeyModels";
import { addressOf, withNamedValues } from "../fixtures/check/drill1/namedValues";
import { setCells } from "../fixtures/check/editModel";
import { modelToXlsx } from "../fixtures/check/modelToXlsx";
import { expectOneLineError, runCli } from "../support/cliRun";

/**
 * `answer-key --for` and the check against a workbook's stamped generator version, end to end with
 * the real drills: files written by the tool, stamps edited in the file as an older release would
 * have written them. The versions come from the generators' constants, never typed here.
 */

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "maison-for-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const path = (name: string) => join(dir, name);

async function writeFile(name: string, buffer: Buffer): Promise<string> {
  writeFileSync(path(name), buffer);
  return path(name);
}

/** A workbook of these drills and seeds, as `workbook` (blank) writes it. */
async function drillWorkbook(name: string, drills: Array<[DrillId, number]>): Promise<string> {
  const plans = drills.map(([drill, seed]) =>
    buildPlan(drill, { seed, mode: "blank", target: "file" })
  );
  return writeFile(name, await writeXlsx(plans));
}

/** What a file holds, for comparing two keys (the zip's timestamps aside). */
function contents(model: WorkbookModel) {
  return {
    sheets: model.sheets.map((s) => [s.name, [...s.cells].sort(([a], [b]) => a.localeCompare(b))]),
    names: [...model.names].sort(([a], [b]) => a.localeCompare(b)),
  };
}

async function fileContents(file: string) {
  return contents(await readXlsx(readFileSync(file)));
}

/**
 * The file with one text changed in its XML parts, as another release would have written it: every
 * `>from<` becomes `>to<`; throws unless exactly one place changed (so the edit hit the stamp).
 */
async function editText(file: string, from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let changed = 0;
  for (const part of Object.keys(zip.files).filter((p) => p.endsWith(".xml"))) {
    const xml = await zip.file(part)?.async("string");
    if (xml === undefined || !xml.includes(`>${from}<`)) continue;
    changed += xml.split(`>${from}<`).length - 1;
    zip.file(part, xml.split(`>${from}<`).join(`>${to}<`));
  }
  if (changed !== 1) throw new Error(`editText: ${from} found ${changed} times`);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("answer-key --for", () => {
  it("writes for a stamped workbook exactly the key --drill and --seed write", async () => {
    const workbook = await drillWorkbook("work.xlsx", [["2", 7]]);
    const fromStamp = await runCli(["answer-key", "--for", workbook, "--out", path("key.xlsx")]);
    expect(fromStamp.code).toBe(0);
    expect(fromStamp.stderr).toMatch(
      /reading work\.xlsx…\nbuilding drill 2 \(seed 7, answer-key\)/
    );
    expect(fromStamp.stdout).toMatch(/^wrote .*key\.xlsx: 2 sheets \(D2 Baseline, D2 Plan\)\n$/);
    const direct = await runCli([
      "answer-key",
      "--drill",
      "2",
      "--seed",
      "7",
      "--out",
      path("d.xlsx"),
    ]);
    expect(direct.code).toBe(0);
    expect(await fileContents(path("key.xlsx"))).toEqual(await fileContents(path("d.xlsx")));
  });

  it("writes each stamped drill with its own seed, in the order --drill all writes them", async () => {
    const workbook = await drillWorkbook("work.xlsx", [
      ["log", 0],
      ["kpi", 5],
      ["3", 11],
    ]);
    const result = await runCli(["answer-key", "--for", workbook, "--out", path("key.xlsx")]);
    expect(result.code).toBe(0);
    const expected = await writeXlsx([
      buildPlan("3", { seed: 11, mode: "answer-key", target: "file" }),
      buildPlan("kpi", { seed: 5, mode: "answer-key", target: "file" }),
      buildPlan("log", { seed: 0, mode: "answer-key", target: "file" }),
    ]);
    expect(await fileContents(path("key.xlsx"))).toEqual(contents(await readXlsx(expected)));
  });

  it.each(["1", "2", "3", "kpi", "log"] as const)(
    "refuses a drill %s workbook stamped with another generator version, writing nothing",
    async (drill) => {
      const workbook = await drillWorkbook("old.xlsx", [[drill, 3]]);
      const current = GENERATOR_VERSIONS[drill];
      const older = `${current}-older`;
      await editText(workbook, current, older);
      const stamp = readDrillStamps(await readXlsx(readFileSync(workbook)))[0];
      expect(stamp?.generatorVersion).toBe(older);
      const out = path("key.xlsx");
      const result = await runCli(["answer-key", "--for", workbook, "--out", out]);
      expectOneLineError(result, /no answer key for .*old\.xlsx/);
      const line = result.stderr.trimEnd().split("\n").at(-1) ?? "";
      expect(line).toContain(`sheet "${stamp?.sheet}" is stamped generator version "${older}"`);
      expect(line).toContain(`this maison-drills writes ${current} for drill ${drill}`);
      expect(line).toMatch(
        /regenerate the workbook with this version of maison-drills \(same drill and seed\), or use the maison-drills release that wrote it$/
      );
      expect(existsSync(out)).toBe(false);
    },
    30_000
  );

  it("refuses a file without a stamp, a damaged one and a missing one, writing nothing", async () => {
    const out = path("key.xlsx");
    const { buffer } = await modelToXlsx({
      sheets: [{ name: "Notes", cells: new Map([["A1", { value: "my own workbook" }]]) }],
      names: new Map(),
      formulaValuesKnown: true,
    });
    const plain = await writeFile("plain.xlsx", buffer);
    expectOneLineError(
      await runCli(["answer-key", "--for", plain, "--out", out]),
      /plain\.xlsx has no Drill info stamp .* write the key with --drill and --seed instead$/
    );
    const workbook = await drillWorkbook("work.xlsx", [["3", 0]]);
    const bytes = readFileSync(workbook);
    const truncated = await writeFile("truncated.xlsx", bytes.subarray(0, bytes.length - 200));
    expectOneLineError(
      await runCli(["answer-key", "--for", truncated, "--out", out]),
      /truncated\.xlsx: not a readable \.xlsx workbook/
    );
    expectOneLineError(
      await runCli(["answer-key", "--for", path("nope.xlsx"), "--out", out]),
      /cannot read .*nope\.xlsx: no such file/
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a stamp whose seed was typed over, and one drill stamped with two seeds", async () => {
    const out = path("key.xlsx");
    const model = await readXlsx(readFileSync(await drillWorkbook("w.xlsx", [["2", 4]])));
    const stamp = readDrillStamps(model)[0] as DrillStamp;
    // The seed's value sits two rows under the "Drill info" title, one column right.
    const title = mustParseCell(stamp.cell);
    const seedCell = cellA1({ row: title.row + 2, column: title.column + 1 });
    const typed = setCells(model, stamp.sheet, { [seedCell]: { value: "four" } });
    expect(readDrillStamps(typed)[0]?.seed).toBe("four");
    const file = await writeFile("typed.xlsx", (await modelToXlsx(typed)).buffer);
    expectOneLineError(
      await runCli(["answer-key", "--for", file, "--out", out]),
      /sheet "D2 Plan" is stamped variant seed "four", not a whole number from 0 to 2147483647$/
    );
    // A second populate of drill 3 with another seed: its sheets come in as "(2)".
    const twice = await drillWorkbook("twice.xlsx", [
      ["3", 1],
      ["3", 2],
    ]);
    expectOneLineError(
      await runCli(["answer-key", "--for", twice, "--out", out]),
      /drill 3 is stamped with seed 1 \(sheet "D3 Model"\) and seed 2 \(sheet "D3 Model \(2\)"\), and a key holds one copy of a drill: write each with --drill 3 --seed N$/
    );
    expect(existsSync(out)).toBe(false);
  });

  it("is a usage error beside --drill or --seed, and never writes over the workbook it reads", async () => {
    const workbook = await drillWorkbook("work.xlsx", [["kpi", 0]]);
    const before = readFileSync(workbook);
    for (const flags of [
      ["--drill", "kpi"],
      ["--seed", "0"],
      ["--drill", "all", "--seed", "3"],
    ]) {
      expectOneLineError(
        await runCli(["answer-key", "--for", workbook, ...flags, "--out", path("k.xlsx")]),
        /--for takes the drills and seeds from the workbook's Drill info stamps: leave out --drill and --seed/
      );
    }
    expectOneLineError(
      await runCli(["answer-key", "--for", "", "--out", path("k.xlsx")]),
      /--for needs the drill workbook/
    );
    expectOneLineError(await runCli(["answer-key", "--for"]), /--for needs a value/);
    for (const force of [[], ["--force"]]) {
      expectOneLineError(
        await runCli(["answer-key", "--for", workbook, "--out", workbook, ...force]),
        /work\.xlsx is the workbook --for reads; choose another --out/
      );
    }
    expectOneLineError(
      await runCli(["answer-key", "--for", workbook]),
      /answer-key needs --out FILE\.xlsx/
    );
    writeFileSync(path("k.xlsx"), "mine");
    expectOneLineError(
      await runCli(["answer-key", "--for", workbook, "--out", path("k.xlsx")]),
      /k\.xlsx already exists; pass --force to replace it/
    );
    expect(readFileSync(path("k.xlsx"), "utf8")).toBe("mine");
    expect(readFileSync(workbook).equals(before)).toBe(true);
    expect(existsSync(path("k.xlsx"))).toBe(true);
  });

  it("says so in its help", async () => {
    const help = await runCli(["answer-key", "--help"]);
    expect(help.stdout).toMatch(/answer-key --for WORKBOOK\.xlsx --out FILE\.xlsx/);
    expect(help.stdout).toMatch(/another generator version/);
    expect((await runCli(["--help"])).stdout).toMatch(/answer-key --for WORKBOOK\.xlsx/);
  });
});

describe("keyRequestsFor", () => {
  const stamp = (drill: string, seed: number | string, sheet = `S${drill}`): DrillStamp => {
    const id = drill.toLowerCase() as DrillId;
    return {
      sheet,
      cell: "A1",
      drill,
      seed,
      generatorVersion: GENERATOR_VERSIONS[id] ?? "?",
      mode: "blank",
    };
  };

  it("writes a drill stamped twice alike once, and reads the drill's case loosely", () => {
    expect(
      keyRequestsFor("f.xlsx", [stamp("3", 2), stamp("KPI", 0), stamp("3", 2, "Review")])
    ).toEqual([
      { drill: "3", seed: 2 },
      { drill: "kpi", seed: 0 },
    ]);
  });

  it("gives every reason in one refusal", () => {
    expect(() =>
      keyRequestsFor("f.xlsx", [stamp("7", 0), stamp("2", -1), stamp("2", 1.5)])
    ).toThrow(
      /sheet "S7" is stamped drill "7", which this tool does not write .*; sheet "S2" is stamped variant seed "-1".*; sheet "S2" is stamped variant seed "1.5"/
    );
  });
});

describe("check on a workbook of another generator version, through the command line", () => {
  it.each(CHECKED_DRILLS)(
    "drill %s: a generator-version-mismatch warning on the stamp, naming both versions",
    async (drill) => {
      const name = versionName(drill);
      const older = `${GENERATOR_VERSIONS[drill]}-older`;
      const model = withNamedValues(ANSWER_KEY_MODELS[drill](), { [name]: older });
      const file = await writeFile("old.xlsx", (await modelToXlsx(model)).buffer);
      const result = await runCli(["check", "--json", file]);
      expect(result.code).toBe(0);
      const findings = JSON.parse(result.stdout) as Finding[];
      const version = findings.filter((f) => f.code === "generator-version-mismatch");
      expect(version.map((f) => [f.severity, f.cells])).toEqual([
        ["warning", [addressOf(model, name)]],
      ]);
      expect(version[0]?.message).toContain(`"${older}"`);
      expect(version[0]?.message).toContain(`knows ${GENERATOR_VERSIONS[drill]} only`);
      // An answer key of another version is still sound on its own figures: nothing else is wrong.
      expect(findings.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual([
        "generator-version-mismatch",
      ]);
    },
    30_000
  );
});
