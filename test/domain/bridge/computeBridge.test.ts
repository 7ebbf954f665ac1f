import { Decimal } from "../../../src/domain/decimal";
import { computeBridge, type BridgeResult } from "../../../src/domain/bridge/computeBridge";
import { BRIDGE_METHODS, type BridgeMethod } from "../../../src/domain/bridge/bridgeMethod";
import { DomainError } from "../../../src/domain/errors/DomainError";
import { referenceBridge } from "./bridgeReference";

type Case = {
  name: string;
  w0: number[];
  r0: number[];
  w1: number[];
  r1: number[];
  method: BridgeMethod;
  start: number;
  mix: number;
  rate: number;
  interaction?: number;
  end: number;
  segments?: number[][];
};

const two = { w0: [60, 40], r0: [100, 300], w1: [40, 60], r1: [110, 300] };
// A segment that is new this period: its base rate is taken from the current period.
const launch = { w0: [50, 50, 0], r0: [100, 200, 999], w1: [40, 40, 20], r1: [100, 220, 500] };
// The same segment discontinued: the periods of `launch` swapped.
const discontinued = { w0: launch.w1, r0: launch.r1, w1: launch.w0, r1: launch.r0 };
const single = { w0: [7], r0: [100], w1: [3], r1: [130] };

const cases: Case[] = [
  {
    name: "two segments",
    ...two,
    method: "midpoint",
    start: 180,
    mix: 39,
    rate: 5,
    end: 224,
    segments: [
      [19.4, 5],
      [19.6, 0],
    ],
  },
  {
    name: "two segments",
    ...two,
    method: "mix-first",
    start: 180,
    mix: 40,
    rate: 4,
    end: 224,
    segments: [
      [16, 4],
      [24, 0],
    ],
  },
  {
    name: "two segments",
    ...two,
    method: "rate-first",
    start: 180,
    mix: 38,
    rate: 6,
    end: 224,
    segments: [
      [22.8, 6],
      [15.2, 0],
    ],
  },
  {
    name: "two segments",
    ...two,
    method: "three-way",
    start: 180,
    mix: 40,
    rate: 6,
    interaction: -2,
    end: 224,
    segments: [
      [16, 6, -2],
      [24, 0, 0],
    ],
  },
  {
    name: "new segment",
    ...launch,
    method: "midpoint",
    start: 150,
    mix: 69,
    rate: 9,
    end: 228,
    segments: [
      [8.9, 0],
      [-2.1, 9],
      [62.2, 0],
    ],
  },
  { name: "new segment", ...launch, method: "mix-first", start: 150, mix: 70, rate: 8, end: 228 },
  { name: "new segment", ...launch, method: "rate-first", start: 150, mix: 68, rate: 10, end: 228 },
  {
    name: "new segment",
    ...launch,
    method: "three-way",
    start: 150,
    mix: 70,
    rate: 10,
    interaction: -2,
    end: 228,
  },
  {
    name: "discontinued segment",
    ...discontinued,
    method: "midpoint",
    start: 228,
    mix: -69,
    rate: -9,
    end: 150,
    segments: [
      [-8.9, 0],
      [2.1, -9],
      [-62.2, 0],
    ],
  },
  {
    name: "discontinued segment",
    ...discontinued,
    method: "mix-first",
    start: 228,
    mix: -68,
    rate: -10,
    end: 150,
  },
  {
    name: "discontinued segment",
    ...discontinued,
    method: "rate-first",
    start: 228,
    mix: -70,
    rate: -8,
    end: 150,
  },
  {
    name: "discontinued segment",
    ...discontinued,
    method: "three-way",
    start: 228,
    mix: -68,
    rate: -8,
    interaction: -2,
    end: 150,
  },
  ...BRIDGE_METHODS.map((method): Case => ({
    name: "single segment",
    ...single,
    method,
    start: 100,
    mix: 0,
    rate: 30,
    interaction: 0,
    end: 130,
    segments: [method === "three-way" ? [0, 30, 0] : [0, 30]],
  })),
];

function segmentNumbers(bridge: BridgeResult): number[][] {
  return bridge.segments.map((s) =>
    bridge.method === "three-way"
      ? [s.mix.toNumber(), s.rate.toNumber(), s.interaction.toNumber()]
      : [s.mix.toNumber(), s.rate.toNumber()]
  );
}

function closes(bridge: BridgeResult): boolean {
  const { mix, rate, interaction } = bridge.effects;
  return bridge.start.plus(mix).plus(rate).plus(interaction).eq(bridge.end);
}

describe("computeBridge known cases", () => {
  it.each(cases)("$name, $method", (c) => {
    const bridge = computeBridge({
      baseWeights: c.w0,
      baseRates: c.r0,
      currentWeights: c.w1,
      currentRates: c.r1,
      method: c.method,
    });
    expect(bridge.start.toNumber()).toBeCloseTo(c.start, 12);
    expect(bridge.effects.mix.toNumber()).toBeCloseTo(c.mix, 12);
    expect(bridge.effects.rate.toNumber()).toBeCloseTo(c.rate, 12);
    expect(bridge.effects.interaction.toNumber()).toBeCloseTo(c.interaction ?? 0, 12);
    expect(bridge.end.toNumber()).toBeCloseTo(c.end, 12);
    expect(closes(bridge)).toBe(true);
    if (c.segments) {
      const actual = segmentNumbers(bridge);
      c.segments.forEach((row, i) =>
        row.forEach((value, j) => expect(actual[i]![j]).toBeCloseTo(value, 12))
      );
    }
  });

  describe("50 segments", () => {
    const w0 = Array.from({ length: 50 }, (_, i) => i + 1);
    const r0 = w0.map((i) => 10 * i);
    const w1 = w0.map((i) => 51 - i);
    const r1 = w0.map((i) => 10 * i + 1);

    it.each(BRIDGE_METHODS)("%s matches the formulas as stated, to 1e-25", (method) => {
      const bridge = computeBridge({
        baseWeights: w0,
        baseRates: r0,
        currentWeights: w1,
        currentRates: r1,
        method,
      });
      const reference = referenceBridge(w0, r0, w1, r1, method);
      const near = (a: Decimal, b: Decimal) => expect(a.minus(b).abs().lt("1e-25")).toBe(true);
      near(bridge.start, reference.start);
      near(bridge.end, reference.end);
      near(bridge.effects.mix, reference.mix);
      near(bridge.effects.rate, reference.rate);
      near(bridge.effects.interaction, reference.interaction);
      bridge.segments.forEach((segment, i) => {
        near(segment.mix, reference.segments[i]!.mix);
        near(segment.rate, reference.segments[i]!.rate);
        near(segment.interaction, reference.segments[i]!.interaction);
      });
      expect(closes(bridge)).toBe(true);
    });

    it("midpoint: every rate rose by exactly 1, so Rate is 1 and Start is 10·Σi²/Σi", () => {
      const bridge = computeBridge({
        baseWeights: w0,
        baseRates: r0,
        currentWeights: w1,
        currentRates: r1,
      });
      expect(bridge.effects.rate.minus(1).abs().lt("1e-30")).toBe(true);
      expect(bridge.start.minus(new Decimal(429250).div(1275)).abs().lt("1e-30")).toBe(true);
    });
  });

  it("normalises weights: counts and the same mix as percentages give the same bridge", () => {
    const counts = computeBridge({
      baseWeights: [300, 700],
      baseRates: [10, 20],
      currentWeights: [450, 550],
      currentRates: [12, 19],
    });
    const percents = computeBridge({
      baseWeights: [30, 70],
      baseRates: [10, 20],
      currentWeights: [45, 55],
      currentRates: [12, 19],
    });
    expect(percents.start.eq(counts.start)).toBe(true);
    expect(percents.effects.mix.eq(counts.effects.mix)).toBe(true);
    expect(percents.effects.rate.eq(counts.effects.rate)).toBe(true);
    expect(percents.end.eq(counts.end)).toBe(true);
  });

  it("ignores the rate given for a period where the segment has no weight", () => {
    const a = computeBridge({
      ...{ baseWeights: launch.w0, baseRates: launch.r0 },
      currentWeights: launch.w1,
      currentRates: launch.r1,
    });
    const b = computeBridge({
      baseWeights: launch.w0,
      baseRates: [100, 200, 0],
      currentWeights: launch.w1,
      currentRates: launch.r1,
    });
    expect(a.effects.mix.eq(b.effects.mix)).toBe(true);
    expect(a.effects.rate.eq(b.effects.rate)).toBe(true);
  });

  it("keeps the precision of very small rates (the places follow the largest rate)", () => {
    const tiny = computeBridge({
      baseWeights: [1, 1],
      baseRates: [1e-20, 3e-20],
      currentWeights: [1, 3],
      currentRates: [1e-20, 3e-20],
    });
    expect(tiny.start.toNumber()).toBe(2e-20);
    expect(tiny.end.toNumber()).toBe(2.5e-20);
    expect(tiny.effects.mix.toNumber()).toBe(5e-21);
  });

  it("never mutates its inputs", () => {
    const input = {
      baseWeights: Object.freeze([1, 2]),
      baseRates: Object.freeze([3, 4]),
      currentWeights: Object.freeze([2, 1]),
      currentRates: Object.freeze([5, 6]),
    };
    const copy = JSON.stringify(input);
    computeBridge(input);
    expect(JSON.stringify(input)).toBe(copy);
  });
});

describe("computeBridge refusals", () => {
  const valid = {
    baseWeights: [1, 2],
    baseRates: [3, 4],
    currentWeights: [2, 1],
    currentRates: [5, 6],
  };
  const refusals: [string, Parameters<typeof computeBridge>[0], string, string][] = [
    ["unequal lengths", { ...valid, currentRates: [5] }, "length-mismatch", "current_rates"],
    [
      "no segments",
      { baseWeights: [], baseRates: [], currentWeights: [], currentRates: [] },
      "empty",
      "base_weights",
    ],
    ["a negative weight", { ...valid, currentWeights: [2, -1] }, "negative", "current_weights"],
    ["NaN", { ...valid, baseRates: [Number.NaN, 4] }, "not-a-number", "base_rates"],
    ["Infinity", { ...valid, baseWeights: [Infinity, 1] }, "not-a-number", "base_weights"],
    ["text", { ...valid, baseRates: ["abc", 4] }, "not-a-number", "base_rates"],
    [
      "all-zero base weights",
      { ...valid, baseWeights: [0, 0] },
      "all-zero-weights",
      "base_weights",
    ],
    [
      "all-zero current weights",
      { ...valid, currentWeights: [0, 0] },
      "all-zero-weights",
      "current_weights",
    ],
    [
      "a missing rate on a weighted segment",
      { ...valid, baseRates: [null, 4] },
      "missing-rate",
      "base_rates",
    ],
    [
      "rates too large to bridge exactly",
      { ...valid, baseRates: [1e30, 4] },
      "out-of-range",
      "base_rates",
    ],
  ];
  it.each(refusals)("%s", (_name, input, code, argument) => {
    let caught: unknown;
    try {
      computeBridge(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(code);
    expect((caught as DomainError).argument).toBe(argument);
    expect((caught as DomainError).message).toMatch(new RegExp(`^${argument}`));
  });
});
