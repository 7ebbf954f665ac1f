import { existsSync, readFileSync } from "fs";
import { readXlsxCounted, type XlsxReadError } from "../../../src/xlsx/readXlsx";

/**
 * Run in a child `node` with a capped heap: reads one file with the untrusted reader, then reads
 * every cell's formula (as the most demanding rule would), and prints one JSON line: the outcome,
 * the reader's counters, the cells asked for, and the process's peak memory and time.
 * Usage: node --max-old-space-size=256 -r test/support/tsRequireHook.js readInChild.ts FILE [A1 …]
 */
async function readInChild(file: string, addresses: string[]): Promise<Record<string, unknown>> {
  const started = performance.now();
  try {
    const { model, counters } = await readXlsxCounted(readFileSync(file));
    let formulaError: string | undefined;
    const cells: Record<string, unknown> = {};
    const first = model.sheets[0]?.cells;
    for (const address of addresses) {
      const cell = first?.get(address);
      if (cell) cells[address] = { ...cell };
    }
    for (const sheet of model.sheets) {
      for (const cell of sheet.cells.values()) {
        try {
          void cell.formula;
        } catch (error) {
          formulaError = error instanceof Error ? error.name : String(error);
          break;
        }
      }
    }
    return {
      outcome: "read",
      cells,
      formulaError,
      counters: {
        inflatedBytes: counters.inflatedBytes,
        largestPart: Math.max(0, ...counters.inflatedByPart.values()),
        partsRead: counters.partsRead,
        cells: counters.cells,
        expandedChars: counters.formulas.expandedChars,
        budgetExceeded: counters.formulas.exceeded,
      },
      ms: performance.now() - started,
      maxRssKb: peakKb(),
    };
  } catch (error) {
    return {
      outcome: "refused",
      errorName: error instanceof Error ? error.name : typeof error,
      message: error instanceof Error ? error.message : String(error),
      counters: counted(error),
      ms: performance.now() - started,
      maxRssKb: peakKb(),
    };
  }
}

function counted(error: unknown): Record<string, number> | undefined {
  const counters = (error as XlsxReadError).counters;
  if (!counters) return undefined;
  return {
    inflatedBytes: counters.inflatedBytes,
    largestPart: Math.max(0, ...counters.inflatedByPart.values()),
    partsRead: counters.partsRead,
  };
}

/**
 * Peak resident memory of this process, in KB. Linux keeps ru_maxrss across exec, so a child of a
 * large parent (jest) would report the parent's peak; VmHWM starts afresh with the new program.
 */
function peakKb(): number {
  if (existsSync("/proc/self/status")) {
    const hwm = /VmHWM:\s*(\d+)/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]);
  }
  return process.resourceUsage().maxRSS;
}

const [file, ...addresses] = process.argv.slice(2);
void readInChild(file as string, addresses).then((result) => {
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
