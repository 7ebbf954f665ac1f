/* `npm run bench`: the language judge's time on texts of 1 KB, 10 KB, 20 KB and 100 KB (built from the
 * train corpus), in a plain Node process (bench/speed/languageSpeed.ts), medians of 30 runs after a
 * warm-up, and the time per KB. The judge reads the first 20,000 characters only, so 100 KB costs what
 * 20 KB costs. Also crafted one-clause texts (repeated levers, negators, removals) at 2 KB and 20 KB,
 * whose ratio is about 10 when the judge is linear. Asserts only that the figures are finite: no
 * timing thresholds. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

it("judgeText: time per text and per KB", () => {
  const sizes = [1024, 10 * 1024, 20_000, 100 * 1024];
  const run = spawnSync(
    process.execPath,
    [
      "-r",
      join(__dirname, "../test/support/tsRequireHook.js"),
      join(__dirname, "speed/languageSpeed.ts"),
      ...sizes.map(String),
    ],
    { encoding: "utf8", timeout: 120_000 }
  );
  if (run.status !== 0) throw new Error(`languageSpeed failed: ${run.stderr}`);
  const { node, results, crafted } = JSON.parse(run.stdout) as {
    node: string;
    results: Array<{ bytes: number; hits: number; medianMs: number }>;
    crafted: Array<{ seed: string; ms2k: number; ms20k: number }>;
  };
  const rows = results.map((r) => {
    const scanned = Math.min(r.bytes, 20_000);
    return {
      text: `${(r.bytes / 1024).toFixed(1)} KB`,
      "scanned KB": (scanned / 1024).toFixed(1),
      hits: r.hits,
      "median ms": r.medianMs.toFixed(3),
      "ms per scanned KB": (r.medianMs / (scanned / 1024)).toFixed(4),
    };
  });
  console.log(`Language judge (${node})`);
  console.table(rows);
  console.log("Crafted one-clause texts: 20 KB against 2 KB (about 10 when linear)");
  console.table(
    crafted.map((c) => ({
      repeated: JSON.stringify(c.seed),
      "2 KB ms": c.ms2k.toFixed(3),
      "20 KB ms": c.ms20k.toFixed(3),
      ratio: (c.ms20k / c.ms2k).toFixed(1),
    }))
  );
  for (const r of results) expect(Number.isFinite(r.medianMs)).toBe(true);
  for (const c of crafted) expect(Number.isFinite(c.ms20k)).toBe(true);
});
