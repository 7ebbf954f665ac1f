/* Run by bench/wholeColumn.bench.ts in a plain Node process (built by
 * bench/speed/buildSpeedScript.ts, as bridgeSpeed is, for the same reason: jest's vm sandbox
 * would measure itself). One LUX.AOVBRIDGE on four whole columns (A:A…D:D: a header, `segments`
 * filled rows, then blank rows to row 1,048,576, each row its own array as Excel passes it) against
 * the same call on the filled rows alone. Prints one JSON line of CPU times:
 * `node wholeColumnSpeed.js 4 15` (four segments, 15 rounds). */
import "../../test/support/customFunctionsStub";
import { MAX_ROW } from "../../src/domain/sheet/a1";
import { aovBridgeFunction } from "../../src/functions/functions";

type Range = unknown[][];

function columns(segments: number): { whole: Range[]; filled: Range[] } {
  const orders = (shift: number) =>
    Array.from({ length: segments }, (_, i) => 100 + 37 * i + shift);
  const data = [
    orders(0),
    orders(0).map((n) => n * 250),
    orders(11),
    orders(11).map((n) => n * 260),
  ];
  const headers = ["Orders", "Revenue", "Orders", "Revenue"];
  const filled = data.map((values) => values.map((value) => [value]));
  const whole = data.map((values, c) =>
    Array.from({ length: MAX_ROW }, (_, row) => {
      if (row === 0) return [headers[c]];
      return row <= values.length ? [values[row - 1]] : [null];
    })
  );
  return { whole, filled };
}

function cpuMs(ranges: Range[], calls: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i += 1)
    aovBridgeFunction(ranges[0]!, ranges[1]!, ranges[2]!, ranges[3]!);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function measure(segments: number, rounds: number) {
  const { whole, filled } = columns(segments);
  const same =
    JSON.stringify(aovBridgeFunction(whole[0]!, whole[1]!, whole[2]!, whole[3]!)) ===
    JSON.stringify(aovBridgeFunction(filled[0]!, filled[1]!, filled[2]!, filled[3]!));
  if (!same) throw new Error("the whole-column call differs from the call on its filled rows");
  const wholeMs: number[] = [];
  const filledMs: number[] = [];
  for (let round = 0; round < rounds + 2; round += 1) {
    const w = cpuMs(whole, 1);
    const f = cpuMs(filled, 1000);
    if (round >= 2) {
      // The first two rounds warm the compiled code, as a workbook recalculated more than once.
      wholeMs.push(w);
      filledMs.push(f);
    }
  }
  return {
    segments,
    rounds,
    rows: MAX_ROW,
    wholeMs: median(wholeMs),
    filledMs: median(filledMs),
  };
}

export type WholeColumnResult = ReturnType<typeof measure>;

const [segments, rounds] = process.argv.slice(2).map(Number);
if (!segments || !rounds) throw new Error("usage: node wholeColumnSpeed.js <segments> <rounds>");
process.stdout.write(
  `${JSON.stringify({ node: process.version, result: measure(segments, rounds) })}\n`
);
