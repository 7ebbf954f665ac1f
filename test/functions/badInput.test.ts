import fc from "fast-check";
import "../support/customFunctionsStub";
import * as lux from "../../src/functions/functions";
import { catchCustomFunctionsError, isDisplayable } from "../support/expectCustomFunctionsError";

/* Generated bad input for every LUX function: each category of bad value, put where it does not
 * belong, must give a CustomFunctions.Error (#VALUE! or #DIV/0!) with a message — never a raw
 * exception, NaN, Infinity or undefined. */

type Kind =
  | "counts" // a range of non-negative counts or amounts
  | "rates" // a range of any numbers
  | "months" // a range of month numbers, any length
  | "seasonality" // a 12-cell range of non-negative weights
  | "count" // a non-negative number
  | "number" // any number
  | "positive" // a number above 0
  | "method"
  | "shape"
  | "decimals";

type Spec = {
  id: string;
  call: (...args: unknown[]) => unknown;
  kinds: Kind[];
  valid: unknown[];
  /** Argument positions where blanks (all cells) must be refused. */
  blanksFail: number[];
  /** Ranges that must have the same length. */
  sameLength?: number[];
  /** [sold, received] argument positions with the same shape. */
  soldReceived?: [number, number][];
};

const col = (...values: unknown[]) => values.map((value) => [value]);
const fn = (f: unknown) => f as (...args: unknown[]) => unknown;

const specs: Spec[] = [
  {
    id: "MIXBRIDGE",
    call: fn(lux.mixBridge),
    kinds: ["counts", "rates", "counts", "rates", "method", "decimals"],
    valid: [col(60, 40), col(100, 300), col(40, 60), col(110, 300), "midpoint", 2],
    blanksFail: [0, 2],
    sameLength: [0, 1, 2, 3],
  },
  {
    id: "AOVBRIDGE",
    call: fn(lux.aovBridgeFunction),
    kinds: ["counts", "counts", "counts", "counts", "method", "decimals"],
    valid: [col(800, 200), col(400000, 300000), col(700, 300), col(357000, 459000), null, null],
    blanksFail: [0, 2],
    sameLength: [0, 1, 2, 3],
  },
  {
    id: "STBRIDGE",
    call: fn(lux.sellThroughBridgeFunction),
    kinds: ["counts", "counts", "counts", "counts", "method", "decimals"],
    valid: [col(100, 100), col(60, 40), col(150, 50), col(90, 25), "three-way", 4],
    blanksFail: [0, 2],
    sameLength: [0, 1, 2, 3],
    soldReceived: [
      [1, 0],
      [3, 2],
    ],
  },
  {
    id: "BRIDGESEGMENTS",
    call: fn(lux.bridgeSegments),
    kinds: ["counts", "rates", "counts", "rates", "method"],
    valid: [col(60, 40), col(100, 300), col(40, 60), col(110, 300), null],
    blanksFail: [0, 2],
    sameLength: [0, 1, 2, 3],
  },
  {
    id: "MIXAOV",
    call: fn(lux.mixAov),
    kinds: ["counts", "counts", "counts"],
    valid: [col(800, 200), col(700, 300), col(357000, 459000)],
    blanksFail: [0],
    sameLength: [0, 1, 2],
  },
  {
    id: "RAMP",
    call: fn(lux.ramp),
    kinds: ["months", "number", "positive", "number", "shape"],
    valid: [[[1, 2, 3, 4]], 2, 3, 0.6, "s-curve"],
    blanksFail: [2],
  },
  {
    id: "SEASONAL",
    call: fn(lux.seasonal),
    kinds: ["number", "seasonality", "decimals"],
    valid: [1200, [Array(12).fill(1)], 0],
    blanksFail: [1],
  },
  {
    id: "SAFESHARE",
    call: fn(lux.safeShareFunction),
    kinds: ["count", "count"],
    valid: [45, 250],
    blanksFail: [],
  },
  {
    id: "CONVERSIONRATE",
    call: fn(lux.conversionRateFunction),
    kinds: ["count", "count"],
    valid: [36, 1200],
    blanksFail: [1],
  },
  { id: "AOV", call: fn(lux.aov), kinds: ["count", "count"], valid: [125000, 50], blanksFail: [1] },
  {
    id: "CARTABANDONMENT",
    call: fn(lux.cartAbandonment),
    kinds: ["count", "count"],
    valid: [500, 150],
    blanksFail: [0],
  },
  {
    id: "BOUNCERATE",
    call: fn(lux.bounceRateFunction),
    kinds: ["count", "count"],
    valid: [420, 1200],
    blanksFail: [1],
  },
  {
    id: "SESSIONDURATION",
    call: fn(lux.sessionDuration),
    kinds: ["count", "count"],
    valid: [360000, 1200],
    blanksFail: [1],
  },
  {
    id: "ROAS",
    call: fn(lux.roas),
    kinds: ["count", "count"],
    valid: [48000, 12000],
    blanksFail: [1],
  },
  {
    id: "CLV",
    call: fn(lux.clv),
    kinds: ["count", "count", "count", "count"],
    valid: [2500, 3, 6, 0.7],
    blanksFail: [],
  },
  {
    id: "RETENTIONRATE",
    call: fn(lux.retentionRateFunction),
    kinds: ["count", "count", "count"],
    valid: [1100, 200, 1000],
    blanksFail: [2],
  },
  {
    id: "EMAILOPENRATE",
    call: fn(lux.emailOpenRateFunction),
    kinds: ["count", "count"],
    valid: [1800, 4000],
    blanksFail: [1],
  },
  {
    id: "EMAILCTR",
    call: fn(lux.emailCtr),
    kinds: ["count", "count"],
    valid: [240, 4000],
    blanksFail: [1],
  },
  { id: "CSAT", call: fn(lux.csat), kinds: ["count", "count"], valid: [172, 200], blanksFail: [1] },
  {
    id: "INVENTORYTURNOVER",
    call: fn(lux.inventoryTurnoverFunction),
    kinds: ["count", "count"],
    valid: [900000, 300000],
    blanksFail: [1],
  },
  {
    id: "SELLTHROUGH",
    call: fn(lux.sellThroughFunction),
    kinds: ["count", "count"],
    valid: [65, 100],
    blanksFail: [1],
    soldReceived: [[0, 1]],
  },
  {
    id: "FULFILMENTTIME",
    call: fn(lux.fulfilmentTime),
    kinds: ["count", "count"],
    valid: [1440, 60],
    blanksFail: [1],
  },
  {
    id: "ENGAGEMENTRATE",
    call: fn(lux.engagementRateFunction),
    kinds: ["count", "count"],
    valid: [540, 12000],
    blanksFail: [1],
  },
];

const RANGE_KINDS: Kind[] = ["counts", "rates", "months", "seasonality"];
const NUMERIC_KINDS: Kind[] = [...RANGE_KINDS, "count", "number", "positive", "decimals"];
const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "");
const nanLike = fc.constantFrom("NaN", "Infinity", "-Infinity", "1e999", "−1", "12,5", " ");

/** Replaces one cell of a range (or the scalar) with `bad`, at or after entry `from`. */
function corrupt(value: unknown, bad: unknown, at: number, from = 0): unknown {
  if (!Array.isArray(value)) return bad;
  const rows = (value as unknown[][]).map((row) => row.slice());
  const cells = rows.length === 1 ? rows[0]! : rows.map((row) => row);
  const index = from + (at % (cells.length - from));
  if (rows.length === 1) rows[0]![index] = bad;
  else rows[index]![0] = bad;
  return rows;
}

function withArgument(spec: Spec, index: number, value: unknown): unknown[] {
  const args = spec.valid.slice();
  args[index] = value;
  return args;
}

function positions(spec: Spec, kinds: Kind[]): number[] {
  return spec.kinds.flatMap((kind, i) => (kinds.includes(kind) ? [i] : []));
}

/** A generated case: a spec, the corrupted arguments, and what category it exercises. */
type BadCase = { spec: Spec; args: unknown[]; category: string };

const specArb = fc.constantFrom(...specs);

function category(
  name: string,
  build: (spec: Spec) => fc.Arbitrary<unknown[]> | null
): fc.Arbitrary<BadCase> {
  const applicable = specs.filter((spec) => build(spec) !== null);
  return fc
    .constantFrom(...applicable)
    .chain((spec) =>
      (build(spec) as fc.Arbitrary<unknown[]>).map((args) => ({ spec, args, category: name }))
    );
}

/* Text first in every range argument of a call is a header, not bad input: in a function with one
 * range (RAMP, SEASONAL) text is put after the first entry. */
const inNumeric =
  (bad: fc.Arbitrary<unknown>, kinds: Kind[] = NUMERIC_KINDS, text = false) =>
  (spec: Spec) => {
    const where = positions(spec, kinds);
    if (where.length === 0) return null;
    const from = text && positions(spec, RANGE_KINDS).length === 1 ? 1 : 0;
    return fc
      .tuple(fc.constantFrom(...where), bad, fc.nat(20))
      .map(([index, value, at]) =>
        withArgument(spec, index, corrupt(spec.valid[index], value, at, from))
      );
  };

function categoryName(arb: fc.Arbitrary<BadCase>): string {
  return fc.sample(arb, { numRuns: 1, seed: 1 })[0]!.category;
}

const categories: fc.Arbitrary<BadCase>[] = [
  category("text", inNumeric(text, NUMERIC_KINDS, true)),
  category("boolean", inNumeric(fc.boolean())),
  category("NaN-like string", inNumeric(nanLike, NUMERIC_KINDS, true)),
  category("non-finite number", inNumeric(fc.constantFrom(Number.NaN, Infinity, -Infinity))),
  category("object", inNumeric(fc.constantFrom({}, new Date(0), () => 1, [[1, 2]]))),
  category(
    "negative count",
    inNumeric(
      fc.integer({ min: -1_000_000, max: -1 }).map((n) => n / 7),
      ["counts", "count", "seasonality", "positive", "decimals"]
    )
  ),
  category("2-D range", (spec) => {
    const where = positions(spec, RANGE_KINDS);
    if (where.length === 0) return null;
    return fc
      .tuple(
        fc.constantFrom(...where),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 2, max: 4 })
      )
      .map(([index, rows, cols]) =>
        withArgument(
          spec,
          index,
          Array.from({ length: rows }, () => Array(cols).fill(1))
        )
      );
  }),
  category("unequal lengths", (spec) => {
    if (!spec.sameLength) return null;
    return fc
      .tuple(fc.constantFrom(...spec.sameLength), fc.integer({ min: 1, max: 5 }))
      .map(([index, extra]) =>
        withArgument(spec, index, [
          ...(spec.valid[index] as unknown[][]),
          ...Array.from({ length: extra }, () => [1]),
        ])
      );
  }),
  category("wrong seasonality length", (spec) => {
    const where = positions(spec, ["seasonality"]);
    if (where.length === 0) return null;
    return fc
      .integer({ min: 1, max: 24 })
      .filter((n) => n !== 12)
      .map((n) => withArgument(spec, where[0]!, [Array(n).fill(1)]));
  }),
  category("blanks and nulls (all-zero weights, zero denominators)", (spec) => {
    if (spec.blanksFail.length === 0) return null;
    return fc
      .tuple(fc.constantFrom(...spec.blanksFail), fc.constantFrom(null, 0, "", undefined))
      .map(([index, blank]) => {
        const valid = spec.valid[index];
        const blanked = Array.isArray(valid)
          ? (valid as unknown[][]).map((row) => row.map(() => blank))
          : blank;
        return withArgument(spec, index, blanked);
      });
  }),
  category("sold > received", (spec) => {
    if (!spec.soldReceived) return null;
    return fc
      .tuple(fc.constantFrom(...spec.soldReceived), fc.integer({ min: 1, max: 1000 }), fc.nat(5))
      .map(([[sold, received], excess, at]) => {
        const receivedValue = spec.valid[received];
        const receivedCells = Array.isArray(receivedValue)
          ? (receivedValue as unknown[][]).flat()
          : [receivedValue];
        const index = at % receivedCells.length;
        return withArgument(
          spec,
          sold,
          corrupt(spec.valid[sold], (receivedCells[index] as number) + excess, index)
        );
      });
  }),
  category("unknown method or shape", (spec) => {
    const where = positions(spec, ["method", "shape"]);
    if (where.length === 0) return null;
    const known = ["midpoint", "mix-first", "rate-first", "three-way", "linear", "s-curve"];
    return fc
      .tuple(fc.constantFrom(...where), fc.oneof(text, fc.integer(), fc.boolean()))
      .filter(([, value]) => !known.includes(String(value).trim().toLowerCase()))
      .map(([index, value]) => withArgument(spec, index, value));
  }),
];

describe("generated bad input gives a CustomFunctions.Error with a message", () => {
  it("the valid argument sets are valid (so every failure below is caused by the corruption)", () => {
    for (const spec of specs) expect(isDisplayable(spec.call(...spec.valid))).toBe(true);
  });

  it.each(categories.map((arb) => [categoryName(arb), arb] as const))(
    "%s (1000 runs)",
    (_name, arb) => {
      fc.assert(
        fc.property(arb, ({ spec, args }) => {
          const error = catchCustomFunctionsError(() => spec.call(...args));
          expect(["#VALUE!", "#DIV/0!"]).toContain(error.code);
          expect(error.message.length).toBeGreaterThan(10);
          expect(error.message).not.toMatch(/undefined|\[object/);
        }),
        { numRuns: 1000 }
      );
    }
  );

  it("arbitrary junk in any argument gives a displayable result or a CustomFunctions.Error (1000 runs)", () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer(),
      text,
      nanLike,
      fc.boolean(),
      fc.constantFrom(null, undefined, "")
    );
    const junk = fc.oneof(
      cell,
      fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 })
    );
    fc.assert(
      fc.property(
        specArb,
        fc.array(junk, { minLength: 6, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (spec, values, replace) => {
          const args = spec.valid.map((valid, i) => (replace[i] ? values[i] : valid));
          let result: unknown;
          try {
            result = spec.call(...args);
          } catch {
            catchCustomFunctionsError(() => spec.call(...args));
            return;
          }
          expect(isDisplayable(result)).toBe(true);
        }
      ),
      { numRuns: 1000 }
    );
  });
});
