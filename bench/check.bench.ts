/* `npm run bench`: time to check a filled drill-3 workbook from the read model (goal: under 50 ms),
 * median over repetitions, wall and CPU; and the number of context.sync() calls the Office.js read
 * takes (counted on the strict Office.js double). Prints a table; asserts only that the figures are finite. */
import { checkWorkbook } from "../src/domain/check/checkWorkbook";
import type { WorkbookModel } from "../src/domain/model/workbookModel";
import { readWorkbook } from "../src/excel/readWorkbook";
import { buildDrill3Model } from "../test/fixtures/check/buildDrill3Model";
import { drill3AnswerKeyModel } from "../test/fixtures/check/drill3AnswerKeyModel";
import { StrictExcel } from "../test/support/strictExcel";

type Timing = { wallMs: number; cpuMs: number };

/** Median wall and CPU milliseconds of `runs` calls after a warm-up. */
function median(call: () => unknown, runs = 201): Timing {
  for (let i = 0; i < 20; i += 1) call();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    call();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { wallMs: mid(wall), cpuMs: mid(cpu) };
}

it("drill-3 check: time from the read model, and syncs of the Office.js read", async () => {
  const fixture = buildDrill3Model();
  const real = drill3AnswerKeyModel(0);
  const cells = (m: WorkbookModel) => m.sheets.reduce((n, s) => n + s.cells.size, 0);
  const rows: [string, number, Timing][] = [
    ["fixture model (reference forecast)", cells(fixture), median(() => checkWorkbook(fixture))],
    ["real template, answer key, seed 0", cells(real), median(() => checkWorkbook(real))],
  ];

  const mock = StrictExcel.fromModel(real);
  const t0 = process.hrtime.bigint();
  const read = await readWorkbook(mock.context);
  const readMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const syncs = mock.syncs;

  const lines = [
    "drill-3 check (median of 201 runs; goal < 50 ms)",
    "workbook                              cells   wall ms   cpu ms",
    ...rows.map(
      ([label, n, t]) =>
        `${label.padEnd(36)} ${String(n).padStart(6)} ${t.wallMs.toFixed(3).padStart(9)} ${t.cpuMs.toFixed(3).padStart(8)}`
    ),
    `Office.js read (strict double): ${syncs} context.sync() calls, ${readMs.toFixed(1)} ms on the mock`,
  ];
  console.log(lines.join("\n"));

  for (const [, , t] of rows) {
    expect(Number.isFinite(t.wallMs)).toBe(true);
    expect(Number.isFinite(t.cpuMs)).toBe(true);
  }
  expect(Number.isFinite(syncs)).toBe(true);
  expect(checkWorkbook(read).kind).toBe("checked");
});
