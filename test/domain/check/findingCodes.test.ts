import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FINDING_CODES } from "../../../src/domain/check/findingCodes";

const CHECK_DIR = join(__dirname, "../../../src/domain/check");

/** Every TypeScript file under a folder, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The codes a source text gives a finding (`code: "…"`), comment lines left out. */
function producedCodes(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .flatMap((line) => [...line.matchAll(/\bcode: "([a-z0-9-]+)"/g)].map((m) => m[1] as string));
}

describe("FINDING_CODES", () => {
  const produced = new Set(
    sourceFiles(CHECK_DIR)
      .filter((path) => !path.endsWith("findingCodes.ts"))
      .flatMap((path) => producedCodes(readFileSync(path, "utf8")))
  );

  it("lists each code once", () => {
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
  });

  it("lists only codes the check produces", () => {
    expect(FINDING_CODES.filter((code) => !produced.has(code))).toEqual([]);
  });

  it("lists every code the check produces", () => {
    const listed = new Set<string>(FINDING_CODES);
    expect([...produced].filter((code) => !listed.has(code))).toEqual([]);
  });

  it("reads codes from code, not from comments", () => {
    expect(producedCodes('  code: "kpi-missing",\n * code: "ghost"\n')).toEqual(["kpi-missing"]);
  });
});
