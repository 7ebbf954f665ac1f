/* `npm run bench`: evaluations per second of LUX.AOVBRIDGE (the custom-function wrapper, coercion
 * included) with 4 and 50 segments, against a plain floating-point AOV bridge measured in the same
 * run, and against the decimal.js path alone (the engine of record, which numbers skip since the
 * BigInt fast path). Prints a table; asserts only that the figures are finite and positive (no timing
 * thresholds). */
import { loadavg } from "node:os";
import "../test/support/customFunctionsStub";
import { aovBridge } from "../src/domain/bridge/aovBridge";
import { Decimal } from "../src/domain/decimal";
import { bridgeTable } from "../src/functions/bridgeTable";
import { readNumbers } from "../src/functions/excelValues";
import { aovBridgeFunction } from "../src/functions/functions";

type Range = unknown[][];
type Args = [Range, Range, Range, Range];

// Read once, as the engine does: jest runs this file in a vm context, where every global lookup costs
// about ten times a call, which would otherwise slow the float baseline and flatter the ratio.
const { isFinite } = Number;

/** A plain-float AOV bridge with the same reading of Excel ranges, for the ratio. */
function floatAovBridge(o0: Range, v0: Range, o1: Range, v1: Range): (string | number)[][] {
  const read = (range: Range): number[] =>
    range.map((cells) => {
      const cell = cells[0];
      if (cell === null || cell === "") return 0;
      if (typeof cell !== "number" || !isFinite(cell) || cell < 0) throw new Error("bad cell");
      return cell;
    });
  const [w0, a0, w1, a1] = [read(o0), read(v0), read(o1), read(v1)];
  const total0 = w0.reduce((s, x) => s + x, 0);
  const total1 = w1.reduce((s, x) => s + x, 0);
  let start = 0;
  let end = 0;
  let mix = 0;
  let rate = 0;
  for (let i = 0; i < w0.length; i += 1) {
    const r0 = w0[i]! > 0 ? a0[i]! / w0[i]! : a1[i]! / w1[i]!;
    const r1 = w1[i]! > 0 ? a1[i]! / w1[i]! : r0;
    const s0 = w0[i]! / total0;
    const s1 = w1[i]! / total1;
    start += s0 * r0;
    end += s1 * r1;
    mix += ((s1 - s0) * (r0 + r1)) / 2;
    rate += ((r1 - r0) * (s0 + s1)) / 2;
  }
  return [
    ["Start", start],
    ["Mix", mix],
    ["Rate", rate],
    ["End", end],
  ];
}

function segments(n: number): Args {
  const col = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => [f(i)]);
  return [
    col((i) => 1000 + 37 * i),
    col((i) => (1000 + 37 * i) * (410.5 + 97.3 * i)),
    col((i) => 1100 + 29 * ((i * 7) % 13)),
    col((i) => (1100 + 29 * ((i * 7) % 13)) * (433.25 + 101.9 * i)),
  ];
}

/** The same function on the decimal.js path: Decimal inputs never take the BigInt fast path. */
function decimalPathAovBridge(o0: Range, v0: Range, o1: Range, v1: Range): (string | number)[][] {
  const read = (range: Range, name: string) =>
    readNumbers(range, name).map((value) => new Decimal(value));
  return bridgeTable(
    aovBridge({
      baseOrders: read(o0, "base_orders"),
      baseRevenue: read(v0, "base_revenue"),
      currentOrders: read(o1, "current_orders"),
      currentRevenue: read(v1, "current_revenue"),
    })
  );
}

type Speed = { perSecond: number; cpuMicros: number };

/**
 * Evaluations per second of wall time, and CPU microseconds per evaluation (process user + system
 * time), over at least `ms` milliseconds after a warm-up. The CPU figure is the one to read on a
 * shared machine: it does not count the time other processes hold the cores.
 */
function speed(call: () => unknown, ms = 600): Speed {
  for (let i = 0; i < 200; i += 1) call();
  let count = 0;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 100; i += 1) call();
    count += 100;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  }
  const used = process.cpuUsage(cpu);
  return { perSecond: (count * 1000) / elapsed, cpuMicros: (used.user + used.system) / count };
}

it("AOVBRIDGE: decimal engine against plain floats", () => {
  const four = segments(4);
  const fifty = segments(50);
  const decimal4 = speed(() => aovBridgeFunction(...four));
  const decimal50 = speed(() => aovBridgeFunction(...fifty));
  const float4 = speed(() => floatAovBridge(...four));
  const float50 = speed(() => floatAovBridge(...fifty));
  const path4 = speed(() => decimalPathAovBridge(...four));
  const path50 = speed(() => decimalPathAovBridge(...fifty));
  expect(decimalPathAovBridge(...four)).toEqual(aovBridgeFunction(...four));

  const fmt = (n: number, digits = 0) =>
    n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const line = (name: string, s: Speed, float?: Speed) => [
    name,
    fmt(s.perSecond),
    fmt(s.cpuMicros, 2),
    fmt(s.cpuMicros, 1),
    float ? `${fmt(s.cpuMicros / float.cpuMicros, 1)}x` : "",
  ];
  const rows = [
    ["", "evals/s (wall)", "CPU us/eval", "CPU ms per 1,000", "decimal/float (CPU)"],
    line("LUX.AOVBRIDGE, 4 segments", decimal4, float4),
    line("LUX.AOVBRIDGE, 50 segments", decimal50, float50),
    line("plain float, 4 segments", float4),
    line("plain float, 50 segments", float50),
    line("decimal.js path, 4 segments", path4, float4),
    line("decimal.js path, 50 segments", path50, float50),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")
    )
    .join("\n");
  const load = loadavg()[0]!.toFixed(1);
  process.stdout.write(
    `\nAOV bridge benchmark (node ${process.version}, load average ${load})\n${table}\n\n`
  );

  for (const figure of [decimal4, decimal50, float4, float50, path4, path50].flatMap((s) => [
    s.perSecond,
    s.cpuMicros,
  ])) {
    expect(Number.isFinite(figure)).toBe(true);
    expect(figure).toBeGreaterThan(0);
  }
});
