import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { PlanOptions } from "../../src/domain/drills/buildPlan";
import type { CheckResult, Finding, WorkbookModel } from "../../src/domain/model/workbookModel";
import type { DrillId, WorkbookPlan } from "../../src/domain/plan/workbookPlan";
import type { CliServices } from "../../src/cli/main";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { expectOneLineError, runCli, type CliRun } from "../support/cliRun";
import { sampleDrillPlan } from "../support/samplePlans";
import { makeCorpus } from "../xlsx/untrusted/makeCorpus";

// The command-line logic is tested against synthetic plans and a scripted check, so these tests say
// what the tool does with any drill; test/xlsx/libreoffice.test.ts runs the real drills end to end.
jest.mock("../../src/domain/drills/buildPlan", () => ({
  DRILL_IDS: ["1", "2", "3", "kpi", "log"],
  buildPlan: () => {
    throw new Error("tests inject buildPlan");
  },
}));
jest.mock("../../src/domain/check/checkWorkbook", () => ({
  checkWorkbook: () => {
    throw new Error("tests inject checkWorkbook");
  },
}));

let dir: string;
let calls: Array<{ drill: DrillId; options: PlanOptions }>;
let checkResult: CheckResult;
let checkedModels: WorkbookModel[];

/** A plan per drill, with the drill in its sheet names so several drills share a file. */
function fakePlan(drill: DrillId, options: PlanOptions): WorkbookPlan {
  const sample = sampleDrillPlan(options.seed);
  const rename = (name: string): string => name.replace(/^S /, `D${drill} `);
  return {
    ...sample,
    drill,
    mode: options.mode,
    sheets: sample.sheets.map((sheet) => ({
      ...sheet,
      name: rename(sheet.name),
      blocks: sheet.blocks.map((block) => ({
        ...block,
        rows: block.rows.map((row) =>
          row.map((cell) =>
            cell.formula
              ? { ...cell, formula: cell.formula.replace(/'S (\w+)'/g, `'D${drill} $1'`) }
              : cell
          )
        ),
      })),
      tables: sheet.tables?.map((table) => ({ ...table, name: `${table.name}${drill}` })),
      charts: sheet.charts?.map((chart) => ({
        ...chart,
        source: chart.source.replace("'S Work'", `'D${drill} Work'`),
      })),
    })),
    names: [{ name: `D${drill}_Seed`, refersTo: `'D${drill} Work'!$B$16` }],
  };
}

/** The check double most tests use: records the model, answers `checkResult`. */
function recordingCheck(model: WorkbookModel): CheckResult {
  checkedModels.push(model);
  return checkResult;
}

const services: CliServices = {
  buildPlan: (drill, options) => {
    calls.push({ drill, options });
    return fakePlan(drill, options);
  },
  checkWorkbook: recordingCheck,
};

const run = (...argv: string[]): Promise<CliRun> => runCli(argv, services);

const finding = (
  code: Finding["code"],
  severity: Finding["severity"],
  cells: string[]
): Finding => ({
  code,
  severity,
  message: `${code} message`,
  cells,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "maison-cli-"));
  calls = [];
  checkedModels = [];
  checkResult = { kind: "checked", drills: ["3"], findings: [] };
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  services.checkWorkbook = recordingCheck;
});

describe("maison-drills (global)", () => {
  it("prints the global help with --help, -h and help, exit 0", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const result = await run(flag);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/maison-drills workbook \[--drill 1\|2\|3\|kpi\|log\|all\]/);
      expect(result.stdout).toMatch(/maison-drills check \[--json\] FILE\.xlsx/);
      expect(result.stdout).toMatch(/maison-drills answer-key/);
    }
    expect((await run("help", "check")).stdout).toMatch(/^Usage: maison-drills check/);
  });

  it("without a command prints the usage on stderr, exit 2", async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage:/);
  });

  it("names an unknown command or flag in one line, exit 2", async () => {
    expectOneLineError(await run("populate"), /unknown command "populate"/);
    expectOneLineError(await run("--verbose"), /unknown flag --verbose/);
  });
});

describe("maison-drills workbook", () => {
  it("writes every drill for seed 0 in blank mode by default, for a file", async () => {
    const out = join(dir, "drills.xlsx");
    const result = await run("workbook", "--out", out);
    expect(result.code).toBe(0);
    expect(calls.map((call) => call.drill)).toEqual(["1", "2", "3", "kpi", "log"]);
    expect(calls.every((call) => call.options.seed === 0 && call.options.mode === "blank")).toBe(
      true
    );
    expect(calls.every((call) => call.options.target === "file")).toBe(true);
    const model = await readXlsx(readFileSync(out));
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["D1 Data", "D1 Work", "Dlog Work", "Dkpi Data"])
    );
    expect(model.names.has("D3_SEED")).toBe(true);
    expect(result.stdout).toMatch(
      new RegExp(`^wrote .*drills\\.xlsx: 10 sheets \\(D1 Data, D1 Work, D2 Data`)
    );
    // Progress goes to stderr, one line per drill and one for the file.
    expect(result.stderr).toMatch(/building drill 1 \(seed 0, blank\)… \d+ ms/);
    expect(result.stderr).toMatch(/writing .*drills\.xlsx… \d+ ms/);
  });

  it("passes --drill, --seed and --mode through", async () => {
    const out = join(dir, "d3.xlsx");
    const result = await run(
      "workbook",
      "--drill",
      "3",
      "--seed",
      "42",
      "--mode",
      "starter",
      "--out",
      out
    );
    expect(result.code).toBe(0);
    expect(calls).toEqual([{ drill: "3", options: { seed: 42, mode: "starter", target: "file" } }]);
    expect(existsSync(out)).toBe(true);
    await run("workbook", "--drill", "KPI", "--seed", "canonical", "--out", out, "--force");
    expect(calls[1]).toEqual({ drill: "kpi", options: { seed: 0, mode: "blank", target: "file" } });
    await run("workbook", "--drill=all", "--seed=7", `--out=${out}`, "--force");
    expect(calls.slice(2).map((call) => call.options.seed)).toEqual([7, 7, 7, 7, 7]);
  });

  it("prints its own help", async () => {
    const result = await run("workbook", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: maison-drills workbook/);
    expect(result.stdout).toMatch(/--mode M/);
    expect(calls).toHaveLength(0);
  });

  it.each([
    [["--drill", "4"], /--drill must be one of 1, 2, 3, kpi, log or all, got "4"/],
    [["--seed", "-1"], /--seed must be a whole number from 0 to 2147483647/],
    [["--seed", "1.5"], /--seed must be a whole number/],
    [["--seed", "abc"], /got "abc"/],
    [["--seed", "99999999999"], /--seed must be a whole number/],
    [["--mode", "answer-key"], /--mode must be blank or starter/],
    [["--colour", "red"], /unknown flag --colour for `workbook`/],
    [["--seed"], /--seed needs a value/],
    [["drills.xlsx"], /unexpected argument "drills.xlsx"/],
  ])("rejects %j with one line and exit 2, before building anything", async (flags, pattern) => {
    const result = await run("workbook", ...flags, "--out", join(dir, "x.xlsx"));
    expectOneLineError(result, pattern);
    expect(calls).toHaveLength(0);
  });

  it("needs --out naming an .xlsx file in a writable folder", async () => {
    expectOneLineError(await run("workbook"), /workbook needs --out FILE\.xlsx/);
    expectOneLineError(
      await run("workbook", "--out", join(dir, "drills.csv")),
      /--out must name an \.xlsx file/
    );
    expectOneLineError(
      await run("workbook", "--out", join(dir, "missing", "drills.xlsx")),
      /cannot write .*drills\.xlsx: folder .*missing does not exist/
    );
    mkdirSync(join(dir, "taken.xlsx"));
    expectOneLineError(await run("workbook", "--out", join(dir, "taken.xlsx")), /it is a folder/);
    expect(calls).toHaveLength(0);
  });

  it("refuses to replace an existing file unless --force, and never writes through a link", async () => {
    const out = join(dir, "drills.xlsx");
    writeFileSync(out, "mine");
    expectOneLineError(
      await run("workbook", "--out", out),
      /drills\.xlsx already exists; pass --force to replace it/
    );
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect(calls).toHaveLength(0);
    expect((await run("workbook", "--drill", "3", "--out", out, "--force")).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");

    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "keep me");
    const link = join(dir, "link.xlsx");
    symlinkSync(victim, link);
    for (const flags of [[], ["--force"]]) {
      expectOneLineError(
        await run("answer-key", "--drill", "3", "--out", link, ...flags),
        /link\.xlsx: it is a symbolic link, and the tool never writes through one/
      );
    }
    const dangling = join(dir, "dangling.xlsx");
    symlinkSync(join(dir, "nowhere.xlsx"), dangling);
    expectOneLineError(
      await run("workbook", "--drill", "3", "--out", dangling, "--force"),
      /symbolic link/
    );
    expect(existsSync(join(dir, "nowhere.xlsx"))).toBe(false);
    expect(readFileSync(victim, "utf8")).toBe("keep me");
  });

  it("says a read-only folder is not writable", async () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      const result = await run("workbook", "--out", join(locked, "drills.xlsx"));
      // root may write anywhere; everyone else gets the one-line refusal.
      if (process.getuid?.() === 0) expect(result.code).toBe(0);
      else expectOneLineError(result, /is not writable/);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe("maison-drills answer-key", () => {
  it("builds the plans in answer-key mode", async () => {
    const out = join(dir, "key.xlsx");
    const result = await run("answer-key", "--drill", "1", "--seed", "3", "--out", out);
    expect(result.code).toBe(0);
    expect(calls).toEqual([
      { drill: "1", options: { seed: 3, mode: "answer-key", target: "file" } },
    ]);
    expect(existsSync(out)).toBe(true);
  });

  it("has its own help and refuses --mode", async () => {
    expect((await run("answer-key", "-h")).stdout).toMatch(/^Usage: maison-drills answer-key/);
    expectOneLineError(
      await run("answer-key", "--mode", "blank", "--out", join(dir, "k.xlsx")),
      /unknown flag --mode/
    );
    expectOneLineError(
      await run("answer-key", "--seed", "x", "--out", join(dir, "k.xlsx")),
      /--seed must be/
    );
  });
});

describe("maison-drills check", () => {
  let file: string;

  beforeEach(async () => {
    file = join(dir, "filled.xlsx");
    await run("workbook", "--drill", "3", "--out", file);
  });

  it("reads the file into the model and exits 0 without error findings", async () => {
    checkResult = {
      kind: "checked",
      drills: ["3"],
      findings: [finding("target-met", "info", ["'D3 Work'!N40"])],
    };
    const result = await run("check", file);
    expect(result.code).toBe(0);
    expect(checkedModels[0]?.names.has("D3_SEED")).toBe(true);
    expect(result.stdout).toMatch(/drill 3: 0 errors, 0 warnings, 1 info/);
    expect(result.stdout).toMatch(
      /Info\n {2}target-met: target-met message\n {4}cells: 'D3 Work'!N40/
    );
  });

  it("groups findings by severity, errors first, and exits 1 with error findings", async () => {
    checkResult = {
      kind: "checked",
      drills: ["3"],
      findings: [
        finding("jump-too-large", "warning", ["'D3 Work'!F40"]),
        finding("typed-output", "error", ["'D3 Work'!C30:N30", "'D3 Work'!C31"]),
        finding("target-missed", "info", ["'D3 Work'!N40"]),
      ],
    };
    const result = await run("check", file);
    expect(result.code).toBe(1);
    const text = result.stdout;
    expect(text).toMatch(/1 error, 1 warning, 1 info/);
    expect(text.indexOf("Errors")).toBeLessThan(text.indexOf("Warnings"));
    expect(text.indexOf("Warnings")).toBeLessThan(text.indexOf("Info"));
    expect(text).toContain("cells: 'D3 Work'!C30:N30, 'D3 Work'!C31");
  });

  it("prints --json as an array of {code, severity, message, cells}", async () => {
    const findings = [
      { ...finding("typed-output", "error", ["'D3 Work'!C30"]), extra: "not printed" },
      finding("target-met", "info", ["'D3 Work'!N40"]),
    ];
    checkResult = { kind: "checked", drills: ["3"], findings };
    const result = await run("check", "--json", file);
    expect(result.code).toBe(1);
    const parsed: unknown = JSON.parse(result.stdout);
    expect(parsed).toEqual([
      {
        code: "typed-output",
        severity: "error",
        message: "typed-output message",
        cells: ["'D3 Work'!C30"],
      },
      {
        code: "target-met",
        severity: "info",
        message: "target-met message",
        cells: ["'D3 Work'!N40"],
      },
    ]);
    checkResult = { kind: "checked", drills: ["3"], findings: [] };
    const clean = await run("check", file, "--json");
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual([]);
  });

  it("exits 2 with the reason when the file is not a drill or has no saved values", async () => {
    checkResult = { kind: "not-a-drill", reason: "No drill names here." };
    expectOneLineError(
      await run("check", file),
      /filled\.xlsx is not a drill workbook: No drill names here\./
    );
    checkResult = {
      kind: "no-saved-values",
      reason: "Open it in a spreadsheet program and save it first.",
    };
    expectOneLineError(
      await run("check", "--json", file),
      /cannot be judged yet: Open it in a spreadsheet/
    );
  });

  it("exits 2 in one line for a missing, unreadable or non-xlsx file", async () => {
    expectOneLineError(await run("check"), /check needs the workbook to check/);
    expectOneLineError(
      await run("check", join(dir, "nope.xlsx")),
      /cannot read .*nope\.xlsx: no such file/
    );
    const csv = join(dir, "data.xlsx");
    writeFileSync(csv, "a,b\n1,2\n");
    expectOneLineError(
      await run("check", csv),
      /data\.xlsx: not a readable \.xlsx workbook \(it is not a zip package/
    );
    expectOneLineError(await run("check", file, file), /check takes one file, got 2/);
    expectOneLineError(await run("check", "--verbose", file), /unknown flag --verbose for `check`/);
    expect(checkedModels).toHaveLength(0);
  });

  it("refuses, with exit 2 and no findings, a file whose shared formulas pass the reader's budget", async () => {
    const crafted = makeCorpus().find((entry) => entry.name === "huge-shared-formula.xlsx");
    if (!crafted) throw new Error("the corpus has no huge-shared-formula.xlsx");
    const path = join(dir, crafted.name);
    writeFileSync(path, crafted.bytes);
    // A rule that reads every formula, as the demanding ones do: the budget stops it part-way.
    services.checkWorkbook = (model) => {
      checkedModels.push(model);
      for (const sheet of model.sheets) for (const cell of sheet.cells.values()) void cell.formula;
      return {
        kind: "checked",
        drills: ["3"],
        findings: [finding("typed-output", "error", ["A1"])],
      };
    };
    expectOneLineError(
      await run("check", "--json", path),
      /huge-shared-formula\.xlsx: not a readable \.xlsx workbook \(its shared formulas expand to more than \d+ characters\)/
    );
    expect(checkedModels).toHaveLength(1);
  });

  it("shows a file's control characters as escapes and shortens long formulas and names", async () => {
    const formula = `=${"SUM(A1:A9)+".repeat(30)}1`;
    checkResult = {
      kind: "checked",
      drills: ["3"],
      findings: [
        {
          code: "typed-output",
          severity: "error",
          message: `Sheet \u001b[2J\u202Eevil\u0007 has ${formula}\u009b.`,
          cells: Array.from({ length: 25 }, (_, i) => `'Q\u001b'!A${i + 1}`),
        },
      ],
    };
    const result = await run("check", file);
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(result.stdout).toContain("Sheet \\x1B[2J\\u202Eevil\\x07 has =SUM(A1:A9)+");
    expect(result.stdout).toContain("…");
    expect(result.stdout).not.toContain(formula);
    expect(result.stdout).toMatch(/cells: 'Q\\x1B'!A1, .* and 5 more\n/);
    const json = await run("check", "--json", file);
    expect((JSON.parse(json.stdout) as Finding[])[0]?.message).toContain(formula);
  });

  it("refuses a damaged package in one plain line, naming the part, without judging it", async () => {
    const bytes = readFileSync(file);
    const truncated = join(dir, "truncated.xlsx");
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 200));
    expectOneLineError(await run("check", truncated), /truncated\.xlsx: not a readable \.xlsx/);
    const named = join(dir, "bad\u001bname.xlsx");
    writeFileSync(named, "not a zip");
    const result = await run("check", named);
    expectOneLineError(result, /bad\\x1Bname\.xlsx: not a readable/);
    expect(result.stderr).not.toMatch(/unexpected failure|\bat \w+ \(|Error:/);
    expect(checkedModels).toHaveLength(0);
  });

  it("reports its own fault plainly, without the internal message or a stack", async () => {
    services.checkWorkbook = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'cells')");
    };
    const result = await run("check", file);
    expectOneLineError(
      result,
      /stopped on a fault in maison-drills itself \(TypeError\), not in your file or command; please report it/
    );
    expect(result.stderr).not.toMatch(/Cannot read properties|unexpected failure|\bat \w+ \(/);
  });

  it("prints its own help", async () => {
    const result = await run("check", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Exit status: 0 no error findings, 1 error findings, 2/);
  });
});
