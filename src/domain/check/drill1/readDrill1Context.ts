import { aovBridge } from "../../bridge/aovBridge";
import { BRIDGE_METHODS, type BridgeMethod } from "../../bridge/bridgeMethod";
import type { BridgeResult } from "../../bridge/computeBridge";
import { sellThroughBridge } from "../../bridge/sellThroughBridge";
import { isDomainError } from "../../errors/DomainError";
import type { WorkbookModel } from "../../model/workbookModel";
import { cellNumber, isBlank } from "../cellNumber";
import { quoteContent } from "../findingText";
import { readNamedBlock, type RangeCell } from "../readNamedBlock";
import { readStampedVersion } from "../stampedVersion";
import {
  D1_BRIDGE_GIVENS,
  D1_STAMP_NAMES,
  type D1ControlName,
} from "../../drills/drill1/drill1Contract";
import { createNameReader, type NameReader } from "./createNameReader";
import type {
  D1BridgeOutcome,
  D1Expected,
  D1MethodChoice,
  D1TruthOutcome,
  Drill1Context,
} from "./drill1Context";
import { drill1Truth } from "./drill1Truth";
import {
  D1_AOV_CURRENCY,
  D1_CONTROL_TOTAL_NAMES,
  D1_DIAGNOSIS,
  D1_DIAGNOSIS_MIN_WORDS,
  D1_EFFECT_NAMES,
  D1_END_NAMES,
  D1_METHOD,
  D1_MOVE_COUNT,
  D1_MOVES,
  D1_TIER_NAMES,
  d1Label,
  d1Optional,
  type D1TierName,
} from "./drill1Names";

/** More tiers than this is not a drill-1 tier table (a name pointing at a whole column, say). */
const MAX_TIERS = 50;

/**
 * Reads every drill-1 name from a workbook model and computes, from the workbook's own per-tier
 * givens, the AOV and sell-through bridges under each of the four methods with the shared bridge
 * engine. Names that cannot be read become `missing-range` findings. Never throws.
 *
 * @example
 * const context = readDrill1Context(model);
 * context.method //=> { kind: "chosen", method: "midpoint", cell: … }
 * context.bridges.aov.kind //=> "computed"
 */
export function readDrill1Context(model: WorkbookModel): Drill1Context {
  const reader = createNameReader(model, "D1_");
  const methodCell = reader.cell(D1_METHOD, d1Label(D1_METHOD));

  const tiers: Drill1Context["tiers"] = {};
  let length: number | undefined;
  for (const name of D1_TIER_NAMES) {
    const column = reader.column(name, d1Label(name), length, MAX_TIERS);
    if (column) {
      tiers[name] = column;
      length ??= column.length;
    }
  }
  const ends: Drill1Context["ends"] = {};
  // Optional names (the ends, the interactions): a workbook without them is judged on the rest.
  for (const name of D1_END_NAMES) {
    if (d1Optional(name) && !reader.has(name)) continue;
    const cell = reader.cell(name, d1Label(name));
    if (cell) ends[name] = cell;
  }
  const effects: Drill1Context["effects"] = {};
  for (const name of D1_EFFECT_NAMES) {
    if (d1Optional(name) && !reader.has(name)) continue;
    const cell = reader.cell(name, d1Label(name));
    if (cell) effects[name] = cell;
  }
  const controls: Partial<Record<D1ControlName, readonly RangeCell[]>> = {};
  for (const name of D1_CONTROL_TOTAL_NAMES) {
    const row = reader.row(name, d1Label(name), 2);
    if (row) controls[name] = row;
  }
  const stamp = readStamp(model, reader);
  const moves = reader.column(D1_MOVES, d1Label(D1_MOVES), D1_MOVE_COUNT);
  const diagnosis = reader.cell(D1_DIAGNOSIS, d1Label(D1_DIAGNOSIS));
  const diagnosisMinWords = reader.has(D1_DIAGNOSIS_MIN_WORDS)
    ? reader.cell(D1_DIAGNOSIS_MIN_WORDS, d1Label(D1_DIAGNOSIS_MIN_WORDS))
    : undefined;
  const currency = reader.has(D1_AOV_CURRENCY)
    ? reader.cell(D1_AOV_CURRENCY, d1Label(D1_AOV_CURRENCY))
    : undefined;

  const context: Drill1Context = {
    anchor: reader.anchor,
    method: readMethod(methodCell),
    blankMode: stamp.mode === "blank",
    tiers,
    controls,
    truth: stamp.truth,
    ends,
    effects,
    bridges: {
      aov: computeExpected(tiers, D1_BRIDGE_GIVENS.aov, (m, v) =>
        aovBridge({
          baseOrders: v[0],
          baseRevenue: v[1],
          currentOrders: v[2],
          currentRevenue: v[3],
          method: m,
        })
      ),
      st: computeExpected(tiers, D1_BRIDGE_GIVENS.st, (m, v) =>
        sellThroughBridge({
          baseReceived: v[0],
          baseSold: v[1],
          currentReceived: v[2],
          currentSold: v[3],
          method: m,
        })
      ),
    },
    readProblems: reader.problems,
  };
  if (moves) context.moves = moves;
  if (diagnosis) context.diagnosis = diagnosis;
  if (currency) context.currency = currency;
  if (diagnosisMinWords) context.diagnosisMinWords = diagnosisMinWords;
  return context;
}

/** The stamp's names (D1_Seed, D1_GeneratorVersion, D1_Mode) by suffix, from the contract. */
const stampName = (suffix: string): string =>
  D1_STAMP_NAMES.find((n) => n.name.endsWith(`_${suffix}`))?.name ?? `D1_${suffix}`;

/**
 * The Drill info stamp, read without findings of its own (it is not the candidate's): the mode, and
 * the generator's truth for the stamped seed when the stamp names this generator's version. Another
 * version gives no truth (the shared `generator-version-mismatch` says so, see `stampedVersion`).
 */
function readStamp(
  model: WorkbookModel,
  reader: NameReader
): { mode: string; truth: D1TruthOutcome } {
  const read = (suffix: string): RangeCell | undefined => {
    const name = stampName(suffix);
    if (!reader.has(name)) return undefined;
    const result = readNamedBlock(model, name, { rows: 1, columns: 1 });
    return result.ok ? result.block.rows[0]?.[0] : undefined;
  };
  const mode = read("Mode");
  const seed = read("Seed");
  const version = readStampedVersion(model, "1");
  const modeText = typeof mode?.value === "string" ? mode.value.trim().toLowerCase() : "";
  const unknown = (
    reason: string,
    cell: RangeCell | undefined
  ): { mode: string; truth: D1TruthOutcome } => ({
    mode: modeText,
    truth: { kind: "unknown", reason, cells: [cell?.address ?? reader.anchor] },
  });
  if (version.kind === "other") {
    return { mode: modeText, truth: { kind: "other-version" } };
  }
  if (!seed || version.kind === "unstamped") {
    return unknown(
      "the workbook has no readable Drill info stamp (variant seed and version)",
      seed
    );
  }
  const seedNumber = cellNumber(seed);
  if (seedNumber === undefined || !Number.isSafeInteger(seedNumber)) {
    return unknown(`the variant seed in the Drill info stamp is ${quoteContent(seed.value)}`, seed);
  }
  return {
    mode: modeText,
    truth: { kind: "known", seed: seedNumber, truth: drill1Truth(seedNumber) },
  };
}

/**
 * How a typed method reads: case and spaces do not matter, "mix first" and "three_way" are the
 * hyphenated names, and "Shapley" is the midpoint method under its textbook name.
 */
function readMethod(cell: RangeCell | undefined): D1MethodChoice {
  if (!cell) return { kind: "unread" };
  if (isBlank(cell)) return { kind: "blank", cell };
  if (typeof cell.value !== "string") {
    return { kind: "unknown", cell, text: quoteContent(cell.value) };
  }
  const normalised = cell.value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  const method: BridgeMethod | undefined =
    normalised === "shapley" ? "midpoint" : BRIDGE_METHODS.find((m) => m === normalised);
  return method ? { kind: "chosen", method, cell } : { kind: "unknown", cell, text: cell.value };
}

type Four = [number[], number[], number[], number[]];

/** Which of the four givens each engine argument is (base weights, base amounts, current …). */
const ARGUMENT_SLOTS: Record<string, number> = {
  base_orders: 0,
  base_revenue: 1,
  current_orders: 2,
  current_revenue: 3,
  base_received: 0,
  base_sold: 1,
  current_received: 2,
  current_sold: 3,
};

function computeExpected(
  tiers: Drill1Context["tiers"],
  names: readonly [D1TierName, D1TierName, D1TierName, D1TierName],
  bridge: (method: BridgeMethod, values: Four) => BridgeResult
): D1BridgeOutcome {
  const columns = names.map((name) => tiers[name]);
  const values: number[][] = [];
  for (const column of columns) {
    if (!column) return { kind: "unavailable" };
    const numbers = column.map(cellNumber);
    if (numbers.some((n) => n === undefined)) return { kind: "unavailable" };
    values.push(numbers as number[]);
  }
  try {
    const byMethod = {} as D1Expected["byMethod"];
    let start = 0;
    let end = 0;
    for (const method of BRIDGE_METHODS) {
      const result = bridge(method, values as Four);
      byMethod[method] = {
        mix: result.effects.mix.toNumber(),
        rate: result.effects.rate.toNumber(),
        interaction: result.effects.interaction.toNumber(),
      };
      start = result.start.toNumber();
      end = result.end.toNumber();
    }
    return { kind: "computed", expected: { start, end, byMethod } };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    // The engine names its arguments as a function's (base_orders…); say which name that is here.
    const at = ARGUMENT_SLOTS[error.argument];
    const name = at === undefined ? undefined : names[at];
    const message =
      name === undefined ? error.message : `${error.message} (${error.argument} is ${name} here)`;
    const cells = (name === undefined ? [...names] : [name]).map((n) => rangeOf(tiers[n] ?? []));
    return { kind: "refused", message, cells: cells.filter((c) => c !== "") };
  }
}

/** "'D1 Work'!B21:B24" from the first and last cell of a column. */
function rangeOf(column: readonly RangeCell[]): string {
  const first = column[0];
  const last = column.at(-1);
  if (!first || !last) return "";
  if (first === last) return first.address;
  return `${first.address}:${last.a1}`;
}
