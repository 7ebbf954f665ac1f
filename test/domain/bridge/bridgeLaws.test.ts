import fc from "fast-check";
import { Decimal } from "../../../src/domain/decimal";
import { BRIDGE_METHODS, type BridgeMethod } from "../../../src/domain/bridge/bridgeMethod";
import { computeBridge, type BridgeResult } from "../../../src/domain/bridge/computeBridge";
import { roundBridge } from "../../../src/domain/bridge/roundBridge";
import { segmentsArbitrary, type Segments } from "./bridgeArbitraries";

const RUNS = { numRuns: 1000 };
const method = fc.constantFrom(...BRIDGE_METHODS);

function bridge(s: Segments, m: BridgeMethod): BridgeResult {
  return computeBridge({
    baseWeights: s.w0,
    baseRates: s.r0,
    currentWeights: s.w1,
    currentRates: s.r1,
    method: m,
  });
}

function swapped(s: Segments): Segments {
  return { w0: s.w1, r0: s.r1, w1: s.w0, r1: s.r0 };
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  return a.eq(b);
}

function sameBridge(
  a: BridgeResult,
  b: BridgeResult,
  order: number[] = a.segments.map((_, i) => i)
): boolean {
  return (
    sameDecimal(a.start, b.start) &&
    sameDecimal(a.end, b.end) &&
    sameDecimal(a.effects.mix, b.effects.mix) &&
    sameDecimal(a.effects.rate, b.effects.rate) &&
    sameDecimal(a.effects.interaction, b.effects.interaction) &&
    order.every((from, to) => {
      const x = a.segments[from]!;
      const y = b.segments[to]!;
      return (
        sameDecimal(x.mix, y.mix) &&
        sameDecimal(x.rate, y.rate) &&
        sameDecimal(x.interaction, y.interaction)
      );
    })
  );
}

describe("bridge laws (fast-check, 1000 runs each)", () => {
  it("every method closes exactly in decimal, and within 1e-9 relative as numbers", () => {
    fc.assert(
      fc.property(segmentsArbitrary, method, (s, m) => {
        const b = bridge(s, m);
        const { mix, rate, interaction } = b.effects;
        expect(b.start.plus(mix).plus(rate).plus(interaction).eq(b.end)).toBe(true);
        const asNumbers =
          b.start.toNumber() + mix.toNumber() + rate.toNumber() + interaction.toNumber();
        const scale = Math.max(1, Math.abs(b.start.toNumber()), Math.abs(b.end.toNumber()));
        expect(Math.abs(asNumbers - b.end.toNumber()) / scale).toBeLessThanOrEqual(1e-9);
      }),
      RUNS
    );
  });

  it("swapping the periods negates every effect (midpoint; mix-first mirrors rate-first; three-way keeps its interaction)", () => {
    fc.assert(
      fc.property(segmentsArbitrary, (s) => {
        const forward = bridge(s, "midpoint");
        const back = bridge(swapped(s), "midpoint");
        expect(back.start.eq(forward.end) && back.end.eq(forward.start)).toBe(true);
        expect(back.effects.mix.eq(forward.effects.mix.negated())).toBe(true);
        expect(back.effects.rate.eq(forward.effects.rate.negated())).toBe(true);
        forward.segments.forEach((segment, i) => {
          expect(back.segments[i]!.mix.eq(segment.mix.negated())).toBe(true);
          expect(back.segments[i]!.rate.eq(segment.rate.negated())).toBe(true);
        });
        const rateFirst = bridge(s, "rate-first");
        const mixFirstBack = bridge(swapped(s), "mix-first");
        expect(mixFirstBack.effects.mix.eq(rateFirst.effects.mix.negated())).toBe(true);
        expect(mixFirstBack.effects.rate.eq(rateFirst.effects.rate.negated())).toBe(true);
        expect(mixFirstBack.start.eq(rateFirst.end)).toBe(true);
        const threeWay = bridge(s, "three-way");
        const threeWayBack = bridge(swapped(s), "three-way");
        expect(threeWayBack.effects.interaction.eq(threeWay.effects.interaction)).toBe(true);
        // Start and End carry half of a centring residue (about 1e-34) that depends on the centre the
        // method uses, so for three-way the swapped change is the negated change to 1e-25, not exactly.
        const change = threeWay.end.minus(threeWay.start);
        expect(threeWayBack.end.minus(threeWayBack.start).plus(change).abs().lt("1e-25")).toBe(
          true
        );
      }),
      RUNS
    );
  });

  it("reordering the segments changes nothing (totals exactly, rows follow their segment)", () => {
    const permuted = segmentsArbitrary.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.shuffledSubarray(
          s.w0.map((_, i) => i),
          { minLength: s.w0.length, maxLength: s.w0.length }
        )
      )
    );
    fc.assert(
      fc.property(permuted, method, ([s, order], m) => {
        const pick = (values: number[]) => order.map((i) => values[i]!);
        const reordered = { w0: pick(s.w0), r0: pick(s.r0), w1: pick(s.w1), r1: pick(s.r1) };
        expect(sameBridge(bridge(s, m), bridge(reordered, m), order)).toBe(true);
      }),
      RUNS
    );
  });

  it("no change gives zero effects, for every segment", () => {
    const scaled = fc.tuple(segmentsArbitrary, fc.integer({ min: 1, max: 50 }));
    fc.assert(
      fc.property(scaled, method, ([s, factor], m) => {
        // Same rates, same mix (the current weights are the base weights times a factor).
        const b = bridge({ w0: s.w0, r0: s.r0, w1: s.w0.map((w) => w * factor), r1: s.r0 }, m);
        expect(b.start.eq(b.end)).toBe(true);
        for (const effect of [b.effects.mix, b.effects.rate, b.effects.interaction])
          expect(effect.isZero()).toBe(true);
        for (const segment of b.segments) {
          expect(
            segment.mix.isZero() && segment.rate.isZero() && segment.interaction.isZero()
          ).toBe(true);
        }
      }),
      RUNS
    );
  });

  it("per-segment columns sum exactly to the totals", () => {
    fc.assert(
      fc.property(segmentsArbitrary, method, (s, m) => {
        const b = bridge(s, m);
        const total = (name: "mix" | "rate" | "interaction") =>
          b.segments.reduce((sum, segment) => sum.plus(segment[name]), new Decimal(0));
        expect(total("mix").eq(b.effects.mix)).toBe(true);
        expect(total("rate").eq(b.effects.rate)).toBe(true);
        expect(total("interaction").eq(b.effects.interaction)).toBe(true);
      }),
      RUNS
    );
  });

  it("rounded effects sum exactly to round(End) − round(Start), each within one unit of its value", () => {
    fc.assert(
      fc.property(segmentsArbitrary, method, fc.integer({ min: 0, max: 6 }), (s, m, decimals) => {
        const exact = bridge(s, m);
        const rounded = roundBridge(exact, decimals);
        const { mix, rate, interaction } = rounded.effects;
        expect(rounded.start.eq(exact.start.toDecimalPlaces(decimals))).toBe(true);
        expect(rounded.end.eq(exact.end.toDecimalPlaces(decimals))).toBe(true);
        expect(mix.plus(rate).plus(interaction).eq(rounded.end.minus(rounded.start))).toBe(true);
        const unit = new Decimal(10).pow(-decimals);
        for (const name of ["mix", "rate", "interaction"] as const) {
          expect(rounded.effects[name].decimalPlaces()).toBeLessThanOrEqual(decimals);
          expect(rounded.effects[name].minus(exact.effects[name]).abs().lt(unit)).toBe(true);
        }
      }),
      RUNS
    );
  });

  it("weights given as counts or as shares give the same bridge", () => {
    fc.assert(
      fc.property(segmentsArbitrary, method, fc.integer({ min: 0, max: 6 }), (s, m, places) => {
        const counts = bridge(s, m);
        // Exact rescaling (counts as per-mille, percent, …): identical to the last digit.
        const scale = 10 ** places;
        const rescaled = bridge(
          { ...s, w0: s.w0.map((w) => w / scale), w1: s.w1.map((w) => w * 7) },
          m
        );
        expect(sameBridge(counts, rescaled)).toBe(true);
        // Shares as Excel would hold them (floats): the same bridge within 1e-9 relative.
        const share = (w: number[]) => {
          const total = w.reduce((a, b) => a + b, 0);
          return w.map((x) => x / total);
        };
        const shares = bridge({ ...s, w0: share(s.w0), w1: share(s.w1) }, m);
        const scaleOf = Math.max(
          1,
          Math.abs(counts.start.toNumber()),
          Math.abs(counts.end.toNumber())
        );
        for (const [a, b] of [
          [counts.start, shares.start],
          [counts.end, shares.end],
          [counts.effects.mix, shares.effects.mix],
          [counts.effects.rate, shares.effects.rate],
          [counts.effects.interaction, shares.effects.interaction],
        ] as const) {
          expect(Math.abs(a.toNumber() - b.toNumber()) / scaleOf).toBeLessThanOrEqual(1e-9);
        }
      }),
      RUNS
    );
  });
});
