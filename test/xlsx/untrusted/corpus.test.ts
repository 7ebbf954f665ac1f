import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ZIP_LIMITS } from "../../../src/xlsx/untrustedZip";
import { READ_LIMITS } from "../../../src/xlsx/parseSheetXml";
import { type CorpusFile, writeCorpus } from "./makeCorpus";

/**
 * The crafted-file corpus, each file read in a child process with a 256 MB heap: refused with its
 * plain reason or read with its cells, and the reader's own counters within its limits. Outcomes and
 * counters only; time and memory per file are the bench's to report (bench/untrusted.bench.ts).
 */

const ROOT = join(__dirname, "../../..");
const HOOK = join(ROOT, "test/support/tsRequireHook.js");
const CHILD = join(__dirname, "readInChild.ts");

type ChildResult = {
  outcome: "read" | "refused";
  errorName?: string;
  message?: string;
  cells?: Record<string, unknown>;
  formulaError?: string;
  counters?: {
    inflatedBytes: number;
    largestPart: number;
    partsRead: number;
    cells: number;
    expandedChars: number;
    budgetExceeded: boolean;
  };
};

let dir: string;
let corpus: Array<CorpusFile & { path: string }>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "maison-untrusted-"));
  corpus = writeCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readInChild(file: CorpusFile & { path: string }): ChildResult {
  const addresses = file.expect.kind === "read" ? Object.keys(file.expect.cells) : [];
  const child = spawnSync(
    process.execPath,
    ["--max-old-space-size=256", "-r", HOOK, CHILD, file.path, ...addresses],
    { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }
  );
  if (child.status !== 0) throw new Error(`child failed on ${file.name}: ${child.stderr}`);
  return JSON.parse(child.stdout) as ChildResult;
}

describe("the untrusted reader on the crafted corpus (child process, 256 MB heap)", () => {
  it("has every kind of file the issue lists", () => {
    expect(corpus.map((file) => file.name)).toEqual(
      expect.arrayContaining([
        "zip-bomb.xlsx",
        "part-listed-twice.xlsx",
        "unclosed-tags.xlsx",
        "quote-run.xlsx",
        "huge-shared-formula.xlsx",
        "namespace-prefixes.xlsx",
        "quotes-comments-cdata.xlsx",
        "truncated.xlsx",
        "size-lie.xlsx",
        "checksum-lie.xlsx",
        "control-characters.xlsx",
      ])
    );
  });

  it.each(
    // Names only here: the files are written in beforeAll.
    [
      "plain.xlsx",
      "namespace-prefixes.xlsx",
      "quotes-comments-cdata.xlsx",
      "zip-bomb.xlsx",
      "part-listed-twice.xlsx",
      "part-listed-twice-case.xlsx",
      "unclosed-tags.xlsx",
      "unclosed-row.xlsx",
      "quote-run.xlsx",
      "huge-shared-formula.xlsx",
      "truncated.xlsx",
      "truncated-part.xlsx",
      "size-lie.xlsx",
      "checksum-lie.xlsx",
      "compressed-size-lie.xlsx",
      "damaged-workbook-part.xlsx",
      "missing-relationships.xlsx",
      "missing-sheet-part.xlsx",
      "entity-expansion.xlsx",
      "too-many-entries.xlsx",
      "control-characters.xlsx",
      "not-utf8.xlsx",
      "bad-cell-reference.xlsx",
    ]
  )("%s", (name) => {
    const file = corpus.find((entry) => entry.name === name);
    if (!file) throw new Error(`${name} is not in the corpus`);
    const result = readInChild(file);
    if (file.expect.kind === "refused") {
      expect(result.outcome).toBe("refused");
      expect(result.errorName).toBe("XlsxReadError");
      expect(result.message).toMatch(/^not a readable \.xlsx workbook \(/);
      expect(result.message).toMatch(file.expect.reason);
      // Plain: no stack, no internal wording, one line.
      expect(result.message).not.toMatch(/\n|internal|unexpected failure|Error:|\bat \w+ \(/);
      // What was inflated before the refusal: never past the limits (the bomb stops at its cap).
      const inflated = result.counters?.inflatedBytes ?? 0;
      expect(inflated).toBeLessThanOrEqual(ZIP_LIMITS.maxTotalBytes);
      expect(result.counters?.largestPart ?? 0).toBeLessThanOrEqual(ZIP_LIMITS.maxPartBytes);
      if (name === "zip-bomb.xlsx")
        expect(result.counters?.largestPart).toBe(ZIP_LIMITS.maxPartBytes);
      return;
    }
    expect(result.outcome).toBe("read");
    expect(result.cells).toEqual(file.expect.cells);
    const counters = result.counters;
    if (!counters) throw new Error("no counters");
    expect(counters.inflatedBytes).toBeLessThanOrEqual(ZIP_LIMITS.maxTotalBytes);
    expect(counters.largestPart).toBeLessThanOrEqual(ZIP_LIMITS.maxPartBytes);
    expect(counters.partsRead).toBeLessThanOrEqual(4);
    expect(counters.cells).toBeLessThanOrEqual(READ_LIMITS.maxCells);
    expect(counters.expandedChars).toBeLessThanOrEqual(READ_LIMITS.maxExpandedFormulaChars);
    expect(counters.budgetExceeded).toBe(file.expect.budgetExceeded === true);
    expect(result.formulaError).toBe(
      file.expect.budgetExceeded ? "FormulaBudgetExceeded" : undefined
    );
  });
});
