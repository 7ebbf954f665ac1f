import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The sheet kernel (src/domain/sheet) is the one place that converts column letters and quotes sheet
 * names. This test reads every other source file and fails when one of them does either job again
 * or imports an A1 module other than the kernel's.
 */

const ROOT = path.resolve(__dirname, "../../..");
const KERNEL = "src/domain/sheet/";
const KERNEL_A1 = path.join(ROOT, "src/domain/sheet/a1.ts");

/** What a copy looks like: the job it does, a pattern that finds it, and code it must catch. */
const COPIES: readonly { job: string; pattern: RegExp; example: string }[] = [
  {
    job: "column letters to a number",
    pattern: /charCodeAt\(\s*0\s*\)\s*-\s*64\b/,
    example: "n = n * 26 + ch.charCodeAt(0) - 64",
  },
  {
    job: "a number to column letters",
    pattern: /String\.fromCharCode\(\s*6[45]\s*\+/,
    example: "String.fromCharCode(64 + c)",
  },
  {
    job: "quoting a sheet name",
    pattern: /replace\(\s*\/'\/g\s*,\s*"''"\s*\)/,
    example: "`'${name.replace(/'/g, \"''\")}'`",
  },
  {
    job: "quoting a sheet name",
    pattern: /replaceAll\(\s*"'"\s*,\s*"''"\s*\)/,
    example: "`'${name.replaceAll(\"'\", \"''\")}'`",
  },
  {
    job: "unquoting a sheet name",
    pattern: /replace\(\s*\/''\/g\s*,\s*"'"\s*\)/,
    example: "bare.slice(1, -1).replace(/''/g, \"'\")",
  },
  {
    job: "unquoting a sheet name",
    pattern: /replaceAll\(\s*"''"\s*,\s*"'"\s*\)/,
    example: 'bare.replaceAll("\'\'", "\'")',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Import specifiers of a file that resolve to a module named a1 other than the kernel's. */
function foreignA1Imports(file: string, text: string): string[] {
  return [...text.matchAll(/from\s+"([^"]+)"/g)]
    .map((match) => match[1] ?? "")
    .filter((specifier) => specifier.startsWith(".") && /\/a1$/.test(specifier))
    .filter((specifier) => path.resolve(ROOT, path.dirname(file), `${specifier}.ts`) !== KERNEL_A1);
}

const files = sourceFiles("src");
/** Test helpers and benchmarks too: a helper that re-implements the kernel tests nothing. */
const THIS_FILE = "test/domain/sheet/kernelUse.test.ts";
const others = [...files, ...sourceFiles("test"), ...sourceFiles("bench")].filter(
  (file) => !file.startsWith(KERNEL) && file !== THIS_FILE
);
const read = (file: string): string => readFileSync(path.join(ROOT, file), "utf8");

describe("the sheet kernel is the only A1 and sheet-quoting code in src/, test/ and bench/", () => {
  it("catches each kind of copy, and finds every job in the kernel itself", () => {
    for (const { pattern, example } of COPIES) expect(example).toMatch(pattern);
    const kernel = files
      .filter((file) => file.startsWith(KERNEL))
      .map(read)
      .join("\n");
    const jobsInKernel = new Set(COPIES.filter((c) => c.pattern.test(kernel)).map((c) => c.job));
    expect([...jobsInKernel].sort()).toEqual([...new Set(COPIES.map((c) => c.job))].sort());
  });

  it("has no other file convert column letters or quote sheet names", () => {
    const copies = others.flatMap((file) => {
      const text = read(file);
      return COPIES.filter(({ pattern }) => pattern.test(text)).map(({ job }) => `${file}: ${job}`);
    });
    expect(copies).toEqual([]);
  });

  it("has every file take A1 from the kernel, not from another a1 module", () => {
    const imports = others.flatMap((file) =>
      foreignA1Imports(file, read(file)).map((s) => `${file} imports ${s}`)
    );
    expect(imports).toEqual([]);
  });
});
