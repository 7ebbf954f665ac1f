/* `npm run bench`: one LUX.AOVBRIDGE on four whole columns (A:A…D:D, a header and four filled rows)
 * against the same call on its four filled rows, measured in a plain Node process
 * (bench/speed/wholeColumnSpeed.ts; see bench/bridge.bench.ts for why not in jest). Before the range
 * arguments were cut to their filled rows, the whole-column call took 1 to 2 s and about 2 GB.
 * Asserts only that the run produced finite, positive figures: no timing thresholds. */
import { spawnSync } from "node:child_process";
import { buildSpeedScript } from "./speed/buildSpeedScript";
import type { WholeColumnResult } from "./speed/wholeColumnSpeed";

it("AOVBRIDGE on whole columns costs about what its filled rows cost", async () => {
  const script = await buildSpeedScript("wholeColumnSpeed");
  const run = spawnSync(process.execPath, [script, "4", "15"], {
    encoding: "utf8",
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`wholeColumnSpeed failed: ${run.stderr}`);
  const { node, result } = JSON.parse(run.stdout) as { node: string; result: WholeColumnResult };
  const fmt = (n: number, digits: number) => n.toFixed(digits);
  process.stdout.write(
    `\nWhole columns (plain node ${node}, CPU time, median of ${result.rounds} rounds)\n` +
      `  LUX.AOVBRIDGE(A:A, B:B, C:C, D:D), ${result.rows.toLocaleString("en-US")} rows, ` +
      `header + ${result.segments} filled: ${fmt(result.wholeMs, 2)} ms per call\n` +
      `  the same call on its ${result.segments} filled rows: ` +
      `${fmt(result.filledMs * 1000, 1)} us per call\n\n`
  );
  for (const figure of [result.wholeMs, result.filledMs]) {
    expect(Number.isFinite(figure)).toBe(true);
    expect(figure).toBeGreaterThan(0);
  }
});
