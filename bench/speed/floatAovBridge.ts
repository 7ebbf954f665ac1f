/* The float baseline of the bridge benchmark: LUX.AOVBRIDGE as it would be written with plain
 * JavaScript numbers. Same reading of Excel ranges, same refusals (lengths, negative counts, revenue
 * on zero orders, all-zero orders), same zero-weight rule, same per-segment centred mix and closing
 * rate term, same spill; only the arithmetic differs, so the ratio to the real function is what exact
 * decimal arithmetic costs. Not part of the add-in: a float bridge leaves residues such as −4e−14,
 * which is why the add-in does not compute this way. */
import {
  effectNames,
  parseBridgeMethod,
  type BridgeEffectName,
  type BridgeMethod,
} from "../../src/domain/bridge/bridgeMethod";
import { DomainError } from "../../src/domain/errors/DomainError";
import { readNumbers, readOptionalNumber, readOptionalText } from "../../src/functions/excelValues";
import { runFunction, toCellValue } from "../../src/functions/runFunction";

type Terms = Record<BridgeEffectName, number>;
type FloatBridge = {
  readonly method: BridgeMethod;
  readonly start: number;
  readonly end: number;
  readonly effects: Terms;
  readonly segments: readonly Terms[];
};

const LABELS = { mix: "Mix", rate: "Rate", interaction: "Interaction" } as const;

/** Orders and revenue into weights and rates (ratesFromTotals in floats, with the same refusals). */
function ratesFromTotals(
  counts: readonly number[],
  amounts: readonly number[],
  countsName: string,
  amountsName: string
): { weights: number[]; rates: (number | null)[] } {
  if (amounts.length !== counts.length) {
    throw new DomainError("length-mismatch", amountsName, {
      value: String(amounts.length),
      other: countsName,
      limit: String(counts.length),
    });
  }
  const rates: (number | null)[] = [];
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i] as number;
    const amount = amounts[i] as number;
    if (count < 0)
      throw new DomainError("negative", countsName, { item: i + 1, value: `${count}` });
    if (amount < 0) {
      throw new DomainError("negative", amountsName, { item: i + 1, value: `${amount}` });
    }
    if (count === 0) {
      if (amount !== 0) {
        throw new DomainError("orphan-rate", amountsName, {
          item: i + 1,
          value: `${amount}`,
          other: "orders",
        });
      }
      rates[i] = null;
    } else {
      rates[i] = amount / count;
    }
  }
  return { weights: [...counts], rates };
}

/** computeBridge's algorithm in floats: shares, zero-weight rule, centred mix, closing rate term. */
function floatBridge(
  w0: readonly number[],
  given0: readonly (number | null)[],
  w1: readonly number[],
  given1: readonly (number | null)[],
  method: BridgeMethod
): FloatBridge {
  const n = w0.length;
  if (w1.length !== n) {
    throw new DomainError("length-mismatch", "current_orders", {
      value: String(w1.length),
      other: "base_orders",
      limit: String(n),
    });
  }
  let total0 = 0;
  let total1 = 0;
  for (let i = 0; i < n; i += 1) {
    total0 += w0[i] as number;
    total1 += w1[i] as number;
  }
  if (total0 === 0) throw new DomainError("all-zero-weights", "base_orders");
  if (total1 === 0) throw new DomainError("all-zero-weights", "current_orders");
  const r0: number[] = [];
  const r1: number[] = [];
  const shift: number[] = [];
  let average0 = 0;
  let average1 = 0;
  const p0: number[] = [];
  const p1: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const zero0 = w0[i] === 0;
    const zero1 = w1[i] === 0;
    const rate0 = zero0 ? (zero1 ? 0 : (given1[i] as number)) : (given0[i] as number);
    const rate1 = zero1 ? rate0 : (given1[i] as number);
    r0[i] = rate0;
    r1[i] = rate1;
    const share0 = (w0[i] as number) / total0;
    const share1 = (w1[i] as number) / total1;
    shift[i] = share1 - share0;
    p0[i] = share0 * rate0;
    p1[i] = share1 * rate1;
    average0 += p0[i] as number;
    average1 += p1[i] as number;
  }
  const centre =
    method === "midpoint"
      ? (average0 + average1) / 2
      : method === "rate-first"
        ? average1
        : average0;
  const segments: Terms[] = [];
  let mixTotal = 0;
  let interactionTotal = 0;
  let centringTotal = 0;
  for (let i = 0; i < n; i += 1) {
    const rate0 = r0[i] as number;
    const rate1 = r1[i] as number;
    const d = shift[i] as number;
    const valuedAt =
      method === "midpoint" ? (rate0 + rate1) / 2 : method === "rate-first" ? rate1 : rate0;
    const mix = d * valuedAt;
    const centring = d * centre;
    const interaction = method === "three-way" ? d * (rate1 - rate0) : 0;
    const rate = (p1[i] as number) - (p0[i] as number) - mix - interaction;
    segments[i] = { mix: mix - centring, rate, interaction };
    mixTotal += mix - centring;
    interactionTotal += interaction;
    centringTotal += centring;
  }
  const rateTotal = average1 - average0 - (mixTotal + centringTotal) - interactionTotal;
  return {
    method,
    start: average0 + centringTotal / 2,
    end: average1 - centringTotal / 2,
    effects: { mix: mixTotal, rate: rateTotal, interaction: interactionTotal },
    segments,
  };
}

/**
 * LUX.AOVBRIDGE in plain floats, for the benchmark's like-for-like ratio; `decimals` is refused
 * (the benchmark never passes it).
 */
export function floatAovBridgeFunction(
  base_orders: unknown[][],
  base_revenue: unknown[][],
  current_orders: unknown[][],
  current_revenue: unknown[][],
  method?: string,
  decimals?: unknown
): unknown[][] {
  return runFunction(() => {
    if (readOptionalNumber(decimals, "decimals") !== undefined) {
      throw new Error("the float baseline does not round");
    }
    const base = ratesFromTotals(
      readNumbers(base_orders, "base_orders"),
      readNumbers(base_revenue, "base_revenue"),
      "base_orders",
      "base_revenue"
    );
    const current = ratesFromTotals(
      readNumbers(current_orders, "current_orders"),
      readNumbers(current_revenue, "current_revenue"),
      "current_orders",
      "current_revenue"
    );
    const bridge = floatBridge(
      base.weights,
      base.rates,
      current.weights,
      current.rates,
      parseBridgeMethod(readOptionalText(method, "method"))
    );
    const rows: (string | number)[][] = [["Start", toCellValue(bridge.start, "Start")]];
    for (const name of effectNames(bridge.method)) {
      rows.push([LABELS[name], toCellValue(bridge.effects[name], LABELS[name])]);
    }
    rows.push(["End", toCellValue(bridge.end, "End")]);
    return rows;
  });
}

/** The least a float AOV bridge can do: read the cells, shares and rates, two sums. */
export function bareFloatAovBridge(
  o0: unknown[][],
  v0: unknown[][],
  o1: unknown[][],
  v1: unknown[][]
): (string | number)[][] {
  const read = (range: unknown[][]): number[] =>
    range.map((cells) => {
      const cell = cells[0];
      if (cell === null || cell === "") return 0;
      if (typeof cell !== "number" || !Number.isFinite(cell) || cell < 0) {
        throw new Error("bad cell");
      }
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
