import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FINDING_CODES } from "../../src/domain/check/findingCodes";
import type { DrillContract } from "../../src/domain/drills/contract/drillContract";
import { DRILL_CONTRACTS } from "../../src/domain/drills/contract/drillContracts";

const ROOT = join(__dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const CHECKS = readFileSync(join(ROOT, "docs/checks.md"), "utf8");

/** The text under a `## ` heading, up to the next heading of that level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line === `## ${heading}`);
  if (start < 0) throw new Error(`no section "## ${heading}"`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/** Every `backticked` token of a text. */
const backticked = (text: string): string[] =>
  [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string);

/** The codes the tables of docs/checks.md document: backticked tokens of each row's first cell. */
function documentedCodes(markdown: string): Set<string> {
  const firstCells = markdown
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.split("|")[1] ?? "");
  return new Set(firstCells.flatMap(backticked));
}

/** A finding code's shape: lower-case words joined by hyphens ("share-mismatch"). */
const CODE_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/**
 * The workbook names a text mentions: `D1_Name` tokens (not families such as `D3_TC*`), with the
 * README's shorthand for pairs expanded (`D1_OrdersLQ`/`TQ` also names D1_OrdersTQ, `D1_AOVStart`/`End` also D1_AOVEnd).
 */
function mentionedNames(text: string, prefixes: readonly string[]): Set<string> {
  const names = new Set<string>();
  // A token followed by "*" stands for a family ("D3_Lever*"), not a name.
  const name = new RegExp(`\\b(?:${prefixes.join("|")})[A-Za-z0-9]+(?![A-Za-z0-9*])`, "g");
  for (const match of text.matchAll(name)) names.add(match[0]);
  for (const match of text.matchAll(/`([A-Z0-9]+_[A-Za-z0-9]+)`\/`([A-Za-z0-9]+)`/g)) {
    const [, base, suffix] = match as unknown as [string, string, string];
    const last = /^[A-Z]+$/.test(suffix) ? /[A-Z]+$/ : /[A-Z][a-z0-9]*$/;
    if (prefixes.some((prefix) => base.startsWith(prefix))) names.add(base.replace(last, suffix));
  }
  return names;
}

/** How the README documents a stamp name: by name, or once for all drills as `<prefix>_Seed`/`_Seed`. */
function stampDocumented(text: string, contract: DrillContract, name: string): boolean {
  const suffix = name.slice(contract.prefix.length);
  const tokens = new Set(backticked(text));
  return tokens.has(name) || tokens.has(`<prefix>_${suffix}`) || tokens.has(`_${suffix}`);
}

const NAMES_SECTION = "The drills and the names a check reads";

describe("docs/checks.md and the README against the finding codes", () => {
  const documented = documentedCodes(CHECKS);

  it("documents every code in docs/checks.md", () => {
    expect(FINDING_CODES.filter((code) => !documented.has(code))).toEqual([]);
  });

  it("documents no code in docs/checks.md that the check does not produce", () => {
    const known = new Set<string>(FINDING_CODES);
    expect([...documented].filter((code) => !known.has(code))).toEqual([]);
  });

  it("names only real codes in the README's check section, which points at docs/checks.md", () => {
    const text = section(README, "The check");
    const known = new Set<string>(FINDING_CODES);
    const codes = backticked(text).filter((token) => CODE_SHAPE.test(token));
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
    expect(text).toContain("(docs/checks.md)");
  });
});

describe.each(DRILL_CONTRACTS.map((c) => [c.drill, c] as const))(
  "README names of drill %s against its contract",
  (_drill, contract) => {
    const text = section(README, NAMES_SECTION);
    const declared = new Set(
      [...contract.names, ...(contract.candidateNames ?? [])].map((n) => n.name)
    );

    it("documents every name the contract declares", () => {
      const mentioned = mentionedNames(text, [contract.prefix]);
      const undocumented = contract.names.filter((n) =>
        n.role === "stamp" ? !stampDocumented(text, contract, n.name) : !mentioned.has(n.name)
      );
      expect(undocumented.map((n) => n.name)).toEqual([]);
    });

    it.each([
      ["README.md", text],
      ["docs/checks.md", CHECKS],
    ])("%s mentions no name the contract does not declare", (_file, markdown) => {
      const stray = [...mentionedNames(markdown, [contract.prefix])].filter(
        (name) => !declared.has(name)
      );
      expect(stray).toEqual([]);
    });
  }
);

describe("the docs test's readers", () => {
  it("expands the README's shorthand for pairs of names", () => {
    expect([...mentionedNames("`D1_OrdersLQ`/`TQ`, `D1_AOVStart`/`End`", ["D1_"])]).toEqual([
      "D1_OrdersLQ",
      "D1_AOVStart",
      "D1_OrdersTQ",
      "D1_AOVEnd",
    ]);
  });

  it("reads a family of names as no name", () => {
    expect([...mentionedNames("a `D3_Lever*` or `D3_TC*` cell, `D3_SAs`", ["D3_"])]).toEqual([
      "D3_SAs",
    ]);
  });

  it("reads codes from the first cell of table rows only", () => {
    expect([...documentedCodes("| `a-b` / `c-d` | error | `D3_X` and `e-f` |\n`g-h`")]).toEqual([
      "a-b",
      "c-d",
    ]);
  });
});
