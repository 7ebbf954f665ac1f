import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeCorpus } from "../test/xlsx/untrusted/makeCorpus";

/**
 * Time and peak memory of the untrusted reader per crafted file (aim: under 5 s and 500 MB each),
 * each in its own child process with a 256 MB heap, as the corpus test runs them.
 */
describe("untrusted reader on the crafted corpus", () => {
  it("reports time and peak memory per file", () => {
    const dir = mkdtempSync(join(tmpdir(), "maison-untrusted-bench-"));
    try {
      const rows = writeCorpus(dir).map((file) => {
        const child = spawnSync(
          process.execPath,
          [
            "--max-old-space-size=256",
            "-r",
            join(__dirname, "../test/support/tsRequireHook.js"),
            join(__dirname, "../test/xlsx/untrusted/readInChild.ts"),
            file.path,
          ],
          { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
        );
        const result = JSON.parse(child.stdout) as {
          outcome: string;
          ms: number;
          maxRssKb: number;
        };
        return {
          file: file.name,
          "file KB": Math.round(file.bytes.length / 1024),
          outcome: result.outcome,
          "read ms": Math.round(result.ms),
          "peak RSS MB": Math.round(result.maxRssKb / 1024),
        };
      });
      console.table(rows);
      for (const row of rows) expect(Number.isFinite(row["read ms"])).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
