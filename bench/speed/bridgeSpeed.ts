/* Run by bench/bridge.bench.ts in a plain Node process (built by bench/speed/buildSpeedScript.ts, the
 * way the add-in's functions bundle is built): jest runs code in a vm sandbox where every global
 * lookup costs about ten times an ordinary call, which would measure the sandbox, not the add-in.
 * Excel runs custom functions as ordinary page script in a browser engine (V8 in WebView2, like Node).
 *
 * It evaluates "sheets" of formulas, each formula with its own orders and revenue (seeded), the way a
 * recalculation of a workbook calls a function, and prints one JSON line of CPU times. Started with
 * the sheet's size: `node bridgeSpeed.js 4 1000 25` (four segments, 1,000 formulas, 25 rounds). */
import "../../test/support/customFunctionsStub";
import { aovBridge } from "../../src/domain/bridge/aovBridge";
import { Decimal } from "../../src/domain/decimal";
import { createRandom } from "../../src/domain/random/createRandom";
import { bridgeTable } from "../../src/functions/bridgeTable";
import { readNumbers } from "../../src/functions/excelValues";
import { aovBridgeFunction } from "../../src/functions/functions";
import { bareFloatAovBridge, floatAovBridgeFunction } from "./floatAovBridge";

type Range = unknown[][];
type Args = [Range, Range, Range, Range];
type Contender = (o0: Range, v0: Range, o1: Range, v1: Range) => unknown;

/** One formula's ranges: orders per tier and revenue to the cent, as Excel passes them (columns). */
function formula(random: ReturnType<typeof createRandom>, segments: number): Args {
  const column = (values: number[]) => values.map((value) => [value]);
  const orders = () => Array.from({ length: segments }, () => random.int(50, 5_000));
  const revenue = (counts: number[]) =>
    counts.map((count) => (count * random.int(20_000, 900_000)) / 100);
  const o0 = orders();
  const o1 = orders();
  return [column(o0), column(revenue(o0)), column(o1), column(revenue(o1))];
}

/** The same function on the decimal.js path: Decimal inputs never take the BigInt fast path. */
function decimalPathAovBridge(o0: Range, v0: Range, o1: Range, v1: Range): unknown {
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

/**
 * Measured in two groups: decimal.js makes so much garbage that collecting it would fall on
 * whichever contender runs next, and the float function is the one that would pay.
 */
const GROUPS: Record<string, Contender>[] = [
  {
    decimal: aovBridgeFunction,
    floatSameFunction: floatAovBridgeFunction,
    floatBare: bareFloatAovBridge,
  },
  { fastPathAgain: aovBridgeFunction, decimalJsPath: decimalPathAovBridge },
];

/** CPU milliseconds (user + system) to evaluate every formula of the sheet once. */
function cpuMs(contender: Contender, sheet: readonly Args[]): number {
  const before = process.cpuUsage();
  for (const args of sheet) contender(...args);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * Rounds interleaved (each contender in turn), so a slow moment of a shared machine hits all of them;
 * ratios are taken within a round, then their median.
 */
/** What one sheet's measuring reports (bench/bridge.bench.ts prints it). */
export type SpeedResult = ReturnType<typeof measure>;

function measure(segments: number, formulas: number, rounds: number) {
  const random = createRandom(segments);
  const sheet = Array.from({ length: formulas }, () => formula(random, segments));
  // The float twin computes the same bridge: same numbers within float error, or it measures nothing.
  for (const args of sheet.slice(0, 50)) {
    const exact = aovBridgeFunction(...args) as [string, number][];
    const float = floatAovBridgeFunction(...args) as [string, number][];
    exact.forEach(([label, value], row) => {
      const other = float[row] as [string, number];
      const scale = Math.max(1, Math.abs(exact[0]![1]));
      if (other[0] !== label || Math.abs(other[1] - value) > 1e-9 * scale) {
        throw new Error(`float baseline differs at ${label}: ${other[1]} vs ${value}`);
      }
    });
  }
  const times: Record<string, number[]> = {};
  for (const group of GROUPS) {
    const names = Object.keys(group);
    for (const name of names) {
      // Warm-up: compiled code, as in a workbook recalculated more than once.
      for (let i = 0; i < 3; i += 1) cpuMs(group[name]!, sheet);
      times[name] = [];
    }
    for (let round = 0; round < rounds; round += 1) {
      for (const name of names) times[name]!.push(cpuMs(group[name]!, sheet));
    }
  }
  const ratio = (over: string) =>
    median(times.decimal!.map((decimal, round) => decimal / times[over]![round]!));
  const micros = (name: string) => (median(times[name]!) * 1000) / formulas;
  const perFormulaMicros = {
    decimal: micros("decimal"),
    floatSameFunction: micros("floatSameFunction"),
    floatBare: micros("floatBare"),
    decimalJsPath: micros("decimalJsPath"),
  };
  return {
    segments,
    formulas,
    rounds,
    perFormulaMicros,
    sheetMs: median(times.decimal!),
    ratioToFloatSameFunction: ratio("floatSameFunction"),
    ratioToFloatBare: ratio("floatBare"),
    ratioToDecimalJsPath: median(
      times.decimalJsPath!.map((slow, round) => slow / times.fastPathAgain![round]!)
    ),
  };
}

// One sheet per process (`node bridgeSpeed.js <segments> <formulas> <rounds>`), so no sheet inherits
// another's garbage.
const [segments, formulas, rounds] = process.argv.slice(2).map(Number);
if (!segments || !formulas || !rounds) {
  throw new Error("usage: node bridgeSpeed.js <segments> <formulas> <rounds>");
}
process.stdout.write(
  `${JSON.stringify({ node: process.version, result: measure(segments, formulas, rounds) })}\n`
);
