/* `npm run bench`: LUX.AOVBRIDGE against plain floats, with 4 and with 50 segments.
 *
 * The measuring runs in a plain Node process (bench/speed/bridgeSpeed.ts, built here the way the
 * functions bundle is built), not in jest: jest runs code in a vm sandbox where every global lookup
 * costs about ten times an ordinary call, which slows both sides unevenly and measures the sandbox.
 * Excel runs custom functions as ordinary page script in a browser engine; Node's V8 is the closest
 * stand-in here.
 *
 * Figures, all CPU time (user + system) and medians over interleaved rounds:
 * - a sheet of 1,000 four-segment formulas, each with its own orders and revenue;
 * - the ratio to the same function written with floats (same reading of the ranges, refusals,
 *   zero-weight rule, centred terms and spill; only the arithmetic differs), taken within each round;
 * - the ratio to the least a float bridge can do (read cells, two sums), for scale;
 * - how much the BigInt fast path saves against decimal.js alone.
 * Asserts only that the run produced finite, positive figures: no timing thresholds. */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { buildSpeedScript } from "./speed/buildSpeedScript";
import type { SpeedResult as Result } from "./speed/bridgeSpeed";

it("AOVBRIDGE: decimal engine against plain floats, in a plain Node process", async () => {
  const script = await buildSpeedScript("bridgeSpeed");
  const sheets: [number, number, number][] = [
    [4, 1000, 25],
    [50, 200, 15],
  ];
  let node = "";
  const results = sheets.map(([segments, formulas, rounds]) => {
    const run = spawnSync(
      process.execPath,
      [script, String(segments), String(formulas), String(rounds)],
      { encoding: "utf8", timeout: 240_000 }
    );
    if (run.status !== 0) throw new Error(`bridgeSpeed failed: ${run.stderr}`);
    const output = JSON.parse(run.stdout) as { node: string; result: Result };
    node = output.node;
    return output.result;
  });

  const fmt = (n: number, digits = 0) =>
    n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const rows = [
    [
      "",
      "evals/s",
      "CPU us/eval",
      "same function in floats",
      "bare float loop",
      "decimal.js alone",
    ],
  ];
  for (const r of results) {
    const micros = r.perFormulaMicros;
    rows.push(
      [
        `LUX.AOVBRIDGE, ${r.segments} segments`,
        fmt(1e6 / micros.decimal),
        fmt(micros.decimal, 1),
        `${fmt(r.ratioToFloatSameFunction, 1)}x`,
        `${fmt(r.ratioToFloatBare, 1)}x`,
        `${fmt(r.ratioToDecimalJsPath, 1)}x slower`,
      ],
      [
        `  floats, same function`,
        fmt(1e6 / micros.floatSameFunction),
        fmt(micros.floatSameFunction, 2),
        "",
        "",
        "",
      ],
      [`  floats, bare loop`, fmt(1e6 / micros.floatBare), fmt(micros.floatBare, 2), "", "", ""],
      [
        `  decimal.js alone`,
        fmt(1e6 / micros.decimalJsPath),
        fmt(micros.decimalJsPath, 1),
        "",
        "",
        "",
      ]
    );
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const table = rows
    .map((row) =>
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join("  ")
    )
    .join("\n");
  const sheet = results.find((r) => r.segments === 4)!;
  process.stdout.write(
    `\nAOV bridge benchmark (plain node ${node}, load average ${loadavg()[0]!.toFixed(1)}; ` +
      `ratios: decimal CPU time over the other's, median of ${sheet.rounds} rounds)\n${table}\n` +
      `A sheet of ${sheet.formulas} four-segment LUX.AOVBRIDGE formulas: ` +
      `${fmt(sheet.sheetMs, 1)} ms of CPU\n\n`
  );

  for (const r of results) {
    const figures = [
      ...Object.values(r.perFormulaMicros),
      r.sheetMs,
      r.ratioToFloatSameFunction,
      r.ratioToFloatBare,
      r.ratioToDecimalJsPath,
    ];
    for (const figure of figures) {
      expect(Number.isFinite(figure)).toBe(true);
      expect(figure).toBeGreaterThan(0);
    }
  }
});
