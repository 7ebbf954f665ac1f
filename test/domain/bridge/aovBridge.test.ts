import { aovBridge } from "../../../src/domain/bridge/aovBridge";
import { BRIDGE_METHODS } from "../../../src/domain/bridge/bridgeMethod";
import { computeBridge } from "../../../src/domain/bridge/computeBridge";
import { mixAdjustedAov } from "../../../src/domain/bridge/mixAdjustedAov";
import { roundBridge } from "../../../src/domain/bridge/roundBridge";
import { sellThroughBridge } from "../../../src/domain/bridge/sellThroughBridge";
import { Decimal } from "../../../src/domain/decimal";
import { DomainError } from "../../../src/domain/errors/DomainError";

const tiers = {
  baseOrders: [800, 200],
  baseRevenue: [400_000, 300_000],
  currentOrders: [700, 300],
  currentRevenue: [357_000, 459_000],
};

function refusal(call: () => unknown): DomainError {
  try {
    call();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("aovBridge", () => {
  it("bridges AOV 700 → 816: mix 101, rate 15 (midpoint)", () => {
    const bridge = aovBridge(tiers);
    expect(bridge.start.toNumber()).toBe(700);
    expect(bridge.effects.mix.toNumber()).toBe(101);
    expect(bridge.effects.rate.toNumber()).toBe(15);
    expect(bridge.end.toNumber()).toBe(816);
  });

  it.each(BRIDGE_METHODS)("equals the mix bridge of orders and revenue/orders (%s)", (method) => {
    const bridge = aovBridge({ ...tiers, method });
    const direct = computeBridge({
      baseWeights: tiers.baseOrders,
      baseRates: [500, 1500],
      currentWeights: tiers.currentOrders,
      currentRates: [510, 1530],
      method,
    });
    expect(bridge.effects.mix.eq(direct.effects.mix)).toBe(true);
    expect(bridge.effects.rate.eq(direct.effects.rate)).toBe(true);
    expect(bridge.effects.interaction.eq(direct.effects.interaction)).toBe(true);
  });

  it("starts at Σ revenue / Σ orders even when revenue/orders repeats (thirds)", () => {
    const bridge = aovBridge({
      baseOrders: [3, 7, 11],
      baseRevenue: [1000, 1000, 1000],
      currentOrders: [3, 0, 12],
      currentRevenue: [1001, 0, 1500],
    });
    expect(bridge.start.minus(new Decimal(3000).div(21)).abs().lt("1e-30")).toBe(true);
    expect(bridge.end.minus(new Decimal(2501).div(15)).abs().lt("1e-30")).toBe(true);
    const { mix, rate } = bridge.effects;
    expect(bridge.start.plus(mix).plus(rate).eq(bridge.end)).toBe(true);
  });

  it("refuses revenue on a segment with zero orders, naming the revenue argument", () => {
    const error = refusal(() => aovBridge({ ...tiers, currentOrders: [700, 0] }));
    expect(error.code).toBe("orphan-rate");
    expect(error.argument).toBe("current_revenue");
    expect(error.message).toContain("item 2");
  });

  it("names the orders argument when all orders of a period are zero", () => {
    const error = refusal(() => aovBridge({ ...tiers, baseOrders: [0, 0], baseRevenue: [0, 0] }));
    expect(error.code).toBe("all-zero-weights");
    expect(error.argument).toBe("base_orders");
  });

  it("refuses negative revenue and unequal lengths", () => {
    expect(refusal(() => aovBridge({ ...tiers, baseRevenue: [-1, 3] })).code).toBe("negative");
    const mismatch = refusal(() => aovBridge({ ...tiers, currentRevenue: [1, 2, 3] }));
    expect(mismatch.code).toBe("length-mismatch");
    expect(mismatch.argument).toBe("current_revenue");
  });
});

describe("sellThroughBridge", () => {
  it("bridges sell-through 50% → 57.5% and closes", () => {
    const bridge = sellThroughBridge({
      baseReceived: [100, 100],
      baseSold: [60, 40],
      currentReceived: [150, 50],
      currentSold: [90, 25],
    });
    expect(bridge.start.toNumber()).toBe(0.5);
    expect(bridge.end.toNumber()).toBe(0.575);
    // Midpoint: mix = (0.75−0.5)(0.6+0.6)/2 + (0.25−0.5)(0.4+0.5)/2 = 0.0375; rate = 0.0375.
    expect(bridge.effects.mix.toNumber()).toBeCloseTo(0.0375, 15);
    expect(bridge.effects.rate.toNumber()).toBeCloseTo(0.0375, 15);
    expect(bridge.start.plus(bridge.effects.mix).plus(bridge.effects.rate).eq(bridge.end)).toBe(
      true
    );
  });

  it("refuses sold above received, naming the sold argument and the segment", () => {
    const error = refusal(() =>
      sellThroughBridge({
        baseReceived: [10, 10],
        baseSold: [5, 11],
        currentReceived: [10, 10],
        currentSold: [1, 1],
      })
    );
    expect(error.code).toBe("sold-exceeds-received");
    expect(error.argument).toBe("base_sold");
    expect(error.message).toBe(
      "base_sold (item 2): 11 sold exceeds 10 received; sell-through cannot pass 100%."
    );
  });

  it("refuses units sold on a segment with nothing received", () => {
    const error = refusal(() =>
      sellThroughBridge({
        baseReceived: [10, 0],
        baseSold: [5, 3],
        currentReceived: [10, 10],
        currentSold: [1, 1],
      })
    );
    expect(error.code).toBe("orphan-rate");
  });
});

describe("mixAdjustedAov", () => {
  it("values current tier AOVs at the base mix: 0.8·510 + 0.2·1530 = 714", () => {
    expect(mixAdjustedAov(tiers).toNumber()).toBe(714);
  });

  it("equals Start + Rate of the rate-first bridge (mix held at the base)", () => {
    const bridge = aovBridge({
      ...tiers,
      baseOrders: [13, 29, 5],
      baseRevenue: [1300, 2900, 600],
      currentOrders: [17, 3, 9],
      currentRevenue: [1800, 330, 1000],
      method: "rate-first",
    });
    const adjusted = mixAdjustedAov({
      baseOrders: [13, 29, 5],
      currentOrders: [17, 3, 9],
      currentRevenue: [1800, 330, 1000],
    });
    expect(adjusted.minus(bridge.start.plus(bridge.effects.rate)).abs().lt("1e-30")).toBe(true);
  });

  it("refuses a tier with base orders but no current orders", () => {
    const error = refusal(() =>
      mixAdjustedAov({ ...tiers, currentOrders: [700, 0], currentRevenue: [357_000, 0] })
    );
    expect(error.code).toBe("missing-rate");
    expect(error.argument).toBe("current_orders");
  });
});

describe("roundBridge", () => {
  it("keeps a presenter's bridge closed where rounding each effect would not", () => {
    // Effects 0.335 + 0.335 = 0.67: rounding each gives 0.34 + 0.34 = 0.68.
    const bridge = computeBridge({
      baseWeights: [1, 1],
      baseRates: [0, 0],
      currentWeights: [1, 1],
      currentRates: [0.67, 0.67],
      method: "three-way",
    });
    const rounded = roundBridge(bridge, 2);
    const { mix, rate, interaction } = rounded.effects;
    expect(rounded.end.minus(rounded.start).toNumber()).toBe(0.67);
    expect(mix.plus(rate).plus(interaction).toNumber()).toBe(0.67);
  });

  it("gives the unit to the largest remainder", () => {
    const bridge = computeBridge({
      baseWeights: [1, 1],
      baseRates: [10, 0],
      currentWeights: [2, 1],
      currentRates: [10.006, 0.003],
    });
    const rounded = roundBridge(bridge, 2);
    const sum = rounded.effects.mix.plus(rounded.effects.rate);
    expect(sum.eq(rounded.end.minus(rounded.start))).toBe(true);
  });

  it("refuses decimals that are not whole numbers from 0 to 12", () => {
    const bridge = computeBridge({
      baseWeights: [1],
      baseRates: [1],
      currentWeights: [1],
      currentRates: [2],
    });
    expect(refusal(() => roundBridge(bridge, 2.5)).code).toBe("out-of-range");
    expect(refusal(() => roundBridge(bridge, -1)).code).toBe("out-of-range");
    expect(refusal(() => roundBridge(bridge, 13)).argument).toBe("decimals");
  });
});
