/* The BigInt fast path must give exactly the values of the decimal.js path, the engine of record.
 * Inputs given as Decimals always take the decimal path, the same inputs as numbers the fast path,
 * so comparing the two proves the equality on every generated case (value equality, Decimal.eq). */
import fc from "fast-check";
import { aovBridge } from "../../../src/domain/bridge/aovBridge";
import { BRIDGE_METHODS } from "../../../src/domain/bridge/bridgeMethod";
import { computeBridge, type BridgeResult } from "../../../src/domain/bridge/computeBridge";
import {
  bridgeNumbers,
  scaledBridge,
  scaledRatioBridge,
} from "../../../src/domain/bridge/scaledBridge";
import {
  round40,
  scaled,
  scaledDivide,
  scaledFromNumber,
  scaledFromText,
  scaledMinus,
  scaledPlus,
  scaledTimes,
  scaledTimesToPlaces,
  scaledToPlaces,
  type Scaled,
} from "../../../src/domain/bridge/scaledDecimal";
import { sellThroughBridge } from "../../../src/domain/bridge/sellThroughBridge";
import { Decimal } from "../../../src/domain/decimal";
import { segmentsArbitrary } from "./bridgeArbitraries";

const RUNS = { numRuns: 1000 };
const method = fc.constantFrom(...BRIDGE_METHODS);
const decimals = (values: number[]) => values.map((value) => new Decimal(value));
/** The value c·10^e of a scaled number, as a Decimal. */
const valueOf = (s: { c: bigint; e: number }) => new Decimal(`${s.c.toString()}e${s.e}`);
/** The digits of |c| counted on its text: what every scaled value's `d` must say (0 for zero). */
const digitsByText = (c: bigint) => (c === BigInt(0) ? 0 : c.toString().replace("-", "").length);

/** Every value of two bridges, as text, in one list (Decimal.eq would hide nothing more). */
function values(bridge: BridgeResult): Decimal[] {
  return [
    bridge.start,
    bridge.end,
    bridge.effects.mix,
    bridge.effects.rate,
    bridge.effects.interaction,
    ...bridge.segments.flatMap((s) => [s.mix, s.rate, s.interaction]),
  ];
}

function expectSame(fast: BridgeResult | undefined, slow: BridgeResult): void {
  expect(fast).toBeDefined();
  const a = values(fast as BridgeResult);
  const b = values(slow);
  expect(a.length).toBe(b.length);
  const differing = a.flatMap((value, i) =>
    value.eq(b[i] as Decimal)
      ? []
      : [`${i}: ${value.toString()} vs ${(b[i] as Decimal).toString()}`]
  );
  expect(differing).toEqual([]);
  // The numbers for the cells, read from the exact units, are the Decimals' own toNumber().
  const zeroless = (x: number) => (x === 0 ? 0 : x);
  const numbers = bridgeNumbers(fast as BridgeResult);
  expect([numbers.start, numbers.end, numbers.mix, numbers.rate, numbers.interaction]).toEqual(
    [slow.start, slow.end, slow.effects.mix, slow.effects.rate, slow.effects.interaction].map((d) =>
      zeroless(d.toNumber())
    )
  );
}

/** Orders and money with at most two decimals, the common AOV case, plus zeros. */
const count = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 200_000 }) }
);
const money = fc.integer({ min: 0, max: 2_000_000_000 }).map((cents) => cents / 100);
const tiers = fc.array(fc.record({ o0: count, v0: money, o1: count, v1: money }), {
  minLength: 1,
  maxLength: 20,
});

describe("the BigInt fast path equals the decimal path (fast-check, 1000 runs each)", () => {
  it("computeBridge: numbers (fast) and Decimals (decimal.js) give the same values", () => {
    let fastRuns = 0;
    fc.assert(
      fc.property(segmentsArbitrary, method, (s, m) => {
        const numbers = {
          baseWeights: s.w0,
          baseRates: s.r0,
          currentWeights: s.w1,
          currentRates: s.r1,
          method: m,
        };
        const slow = computeBridge({
          baseWeights: decimals(s.w0),
          baseRates: decimals(s.r0),
          currentWeights: decimals(s.w1),
          currentRates: decimals(s.r1),
          method: m,
        });
        // Rates hundreds of orders of magnitude apart (5e-324 beside 1e-165) are left to decimal.js.
        const fast = scaledBridge(numbers);
        if (fast !== undefined) fastRuns += 1;
        expectSame(fast ?? computeBridge(numbers), slow);
      }),
      RUNS
    );
    expect(fastRuns).toBeGreaterThan(900);
  });

  it("aovBridge: orders and revenue with cents give the same values on both paths", () => {
    fc.assert(
      fc.property(tiers, method, (rows, m) => {
        const o0 = rows.map((r) => r.o0);
        const o1 = rows.map((r) => r.o1);
        if (!o0.some((o) => o > 0)) o0[0] = 1;
        if (!o1.some((o) => o > 0)) o1[0] = 3;
        const v0 = rows.map((r, i) => (o0[i] === 0 ? 0 : r.v0));
        const v1 = rows.map((r, i) => (o1[i] === 0 ? 0 : r.v1));
        const fast = scaledRatioBridge(
          { counts: o0, amounts: v0 },
          { counts: o1, amounts: v1 },
          "none",
          m
        );
        const slow = aovBridge({
          baseOrders: decimals(o0),
          baseRevenue: decimals(v0),
          currentOrders: decimals(o1),
          currentRevenue: decimals(v1),
          method: m,
        });
        expectSame(fast, slow);
      }),
      RUNS
    );
  });

  it("sellThroughBridge: units received and sold give the same values on both paths", () => {
    const category = fc
      .integer({ min: 0, max: 50_000 })
      .chain((received) => fc.tuple(fc.constant(received), fc.integer({ min: 0, max: received })));
    const rows = fc.array(fc.tuple(category, category), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(rows, method, (pairs, m) => {
        const r0 = pairs.map(([a]) => a[0]);
        const s0 = pairs.map(([a]) => a[1]);
        const r1 = pairs.map(([, b]) => b[0]);
        const s1 = pairs.map(([, b]) => b[1]);
        if (!r0.some((r) => r > 0)) r0[0] = 10;
        if (!r1.some((r) => r > 0)) r1[0] = 10;
        const fast = scaledRatioBridge(
          { counts: r0, amounts: s0 },
          { counts: r1, amounts: s1 },
          "capped",
          m
        );
        const slow = sellThroughBridge({
          baseReceived: decimals(r0),
          baseSold: decimals(s0),
          currentReceived: decimals(r1),
          currentSold: decimals(s1),
          method: m,
        });
        expectSame(fast, slow);
      }),
      RUNS
    );
  });

  it("each scaled operation rounds like the Decimal clone (40 digits, half up)", () => {
    const anyNumber = fc.oneof(
      fc
        .double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
        .filter((x) => x === 0 || Math.abs(x) >= 1e-9),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.integer({ min: 1, max: 10_000_000 }).map((k) => 1 / k)
    );
    const toScaled = (x: number): [Scaled, Decimal] => {
      // Go through a 40-digit quotient sometimes, so operands have full precision.
      const d = new Decimal(x).div(7);
      return [scaledDivide(scaledFromNumber(x), scaledFromNumber(7)), d];
    };
    const same = (s: { c: bigint; e: number }, d: Decimal) => valueOf(s).eq(d);
    // Every result carries the digit count of its coefficient, which later products rely on.
    const counted = (s: Scaled) => s.d === digitsByText(s.c);
    fc.assert(
      fc.property(anyNumber, anyNumber, fc.integer({ min: 0, max: 40 }), (x, y, places) => {
        const [a, da] = toScaled(x);
        const [b, db] = toScaled(y);
        expect(same(a, da)).toBe(true);
        for (const result of [a, scaledTimes(a, b), scaledPlus(a, b), scaledMinus(a, b)]) {
          expect(counted(result)).toBe(true);
        }
        expect(same(scaledTimes(a, b), da.times(db))).toBe(true);
        expect(same(scaledPlus(a, b), da.plus(db))).toBe(true);
        expect(same(scaledMinus(a, b), da.minus(db))).toBe(true);
        if (y !== 0) expect(same(scaledDivide(a, b), da.div(db))).toBe(true);
        const product = scaledTimes(a, b);
        expect(same(round40(product.c, product.e), da.times(db))).toBe(true);
        expect(
          same(
            { c: scaledToPlaces(product, places), e: -places },
            da.times(db).toDecimalPlaces(places)
          )
        ).toBe(true);
        expect(
          same(
            { c: scaledTimesToPlaces(a, b, places), e: -places },
            da.times(db).toDecimalPlaces(places)
          )
        ).toBe(true);
      }),
      RUNS
    );
  });

  it("rounds products to places like decimal.js at and beside every half and whole unit", () => {
    // Coefficients of up to 85 digits put the 40-digit and the places roundings on both sides of a
    // half unit; the division by 10^cut there is a product and a shift, checked at its edges.
    const edge = fc.record({
      units: fc.bigInt({ min: BigInt(0), max: BigInt(10) ** BigInt(40) }),
      cut: fc.integer({ min: 1, max: 45 }),
      at: fc.constantFrom("whole", "half"),
      offset: fc.integer({ min: -2, max: 2 }),
      negative: fc.boolean(),
    });
    fc.assert(
      fc.property(edge, ({ units, cut, at, offset, negative }) => {
        const power = BigInt(10) ** BigInt(cut);
        const magnitude = units * power + (at === "half" ? power / BigInt(2) : BigInt(0));
        const c = negative ? -(magnitude + BigInt(offset)) : magnitude + BigInt(offset);
        const a = scaled(c, -cut);
        const one = scaled(BigInt(1), 0);
        const expected = new Decimal(`${c.toString()}e-${cut}`).times(1).toDecimalPlaces(0);
        expect(scaledTimesToPlaces(a, one, 0).toString()).toBe(expected.toFixed(0));
      }),
      RUNS
    );
  });

  it("divides like decimal.js where the quotient sits on a power of ten or just either side", () => {
    const edges: [string, string][] = [
      ["1", "1"],
      ["10", "1"],
      ["1", "10"],
      ["999999999999999", "1000000000000000"],
      ["1000000000000000", "999999999999999"],
      ["99999999999999999999999999999999999999995", "10"], // 41 digits, rounds up to 10^40
      ["9999999999999999999999999999999999999999", "9999999999999999999999999999999999999999"],
      // 0.99…9 (40 nines): rounded at the first guess of length it would read 1, one digit short.
      ["9999999999999999999999999999999999999999", "10000000000000000000000000000000000000000"],
      ["19999999999999999999999999999999999999999", "2"],
      ["1", "3"],
      ["2", "3"],
      ["-7", "7"],
      ["123.45", "-0.001"],
    ];
    const from = (text: string) => {
      const [whole, fraction = ""] = text.split(".");
      return scaled(BigInt(`${whole}${fraction}`), -fraction.length);
    };
    for (const [x, y] of edges) {
      const quotient = scaledDivide(from(x), from(y));
      const expected = new Decimal(x).div(y);
      expect(valueOf(quotient).toString()).toBe(expected.toString());
      expect(quotient.d).toBe(digitsByText(quotient.c));
    }
  });

  it("reads a number without its text to the value of its text (String(x), as decimal.js does)", () => {
    const agree = (x: number) => {
      const direct = scaledFromNumber(x);
      const text = scaledFromText(x);
      expect(valueOf(direct).eq(valueOf(text))).toBe(true);
      expect(valueOf(direct).eq(new Decimal(x))).toBe(true);
      expect(direct.d).toBe(digitsByText(direct.c));
    };
    const cents = fc
      .integer({ min: -2_000_000_000_000, max: 2_000_000_000_000 })
      .map((c) => c / 100);
    const places = fc
      .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 1, max: 22 }))
      .map(([m, k]) => m / 10 ** k);
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
    // Near the limit of the direct reading, where ten to the fifteen meets the last place of x.
    const nearLimit = fc
      .tuple(
        fc.integer({ min: 999_999_000_000_000, max: 1_000_000_999_999_999 }),
        fc.integer({ min: 1, max: 9 })
      )
      .map(([m, k]) => m / 10 ** k);
    fc.assert(fc.property(fc.oneof(cents, places, anyDouble, nearLimit), agree), {
      numRuns: 20_000,
    });
    for (const x of [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 5e-324, 1e-7, 123456789.123, -0.05, 1e21]) {
      agree(x);
    }
  });

  it("rounds twice like decimal.js: to 40 digits first, which can lift a value to exactly half", () => {
    // 0.4999…96 with 41 digits: 40 digits make it 0.5, so rounding to whole units gives 1, not 0.
    const text = `0.4${"9".repeat(39)}6`;
    for (const sign of [1, -1]) {
      const a = scaled(BigInt(sign) * BigInt(text.slice(2)), -41);
      const one = scaled(BigInt(1), 0);
      const expected = new Decimal(sign < 0 ? `-${text}` : text).times(1).toDecimalPlaces(0);
      expect(expected.toNumber()).toBe(sign);
      expect(scaledTimesToPlaces(a, one, 0)).toBe(BigInt(sign));
      expect(scaledToPlaces(scaledTimes(a, one), 0)).toBe(BigInt(sign));
    }
  });

  it("computeBridge and aovBridge on numbers return the fast path's result", () => {
    const input = { baseWeights: [60, 40], baseRates: [100, 300] };
    const current = { currentWeights: [40, 60], currentRates: [110, 300] };
    expectSame(scaledBridge({ ...input, ...current }), computeBridge({ ...input, ...current }));
    const bridge = aovBridge({
      baseOrders: [800, 200],
      baseRevenue: [400_000, 300_000],
      currentOrders: [700, 300],
      currentRevenue: [357_000, 459_000],
    });
    expect(bridge.effects.mix.toNumber()).toBe(101);
    expect(bridge.end.toNumber()).toBe(816);
  });

  it("leaves text, bad input and huge rates to the decimal path", () => {
    const valid = { baseWeights: [1, 2], baseRates: [3, 4], currentWeights: [2, 1] };
    expect(scaledBridge({ ...valid, currentRates: ["5", 6] })).toBeUndefined();
    expect(scaledBridge({ ...valid, currentRates: [Number.NaN, 6] })).toBeUndefined();
    expect(
      scaledBridge({ ...valid, currentWeights: [-1, 1], currentRates: [5, 6] })
    ).toBeUndefined();
    expect(
      scaledBridge({ ...valid, currentWeights: [0, 0], currentRates: [5, 6] })
    ).toBeUndefined();
    expect(scaledBridge({ ...valid, currentRates: [1e30, 6] })).toBeUndefined();
    expect(
      scaledRatioBridge({ counts: [0, 1], amounts: [5, 1] }, { counts: [1], amounts: [1] }, "none")
    ).toBeUndefined();
    expect(
      scaledRatioBridge({ counts: [2], amounts: [3] }, { counts: [2], amounts: [1] }, "capped")
    ).toBeUndefined();
  });
});
