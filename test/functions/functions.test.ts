import "../support/customFunctionsStub";
import * as lux from "../../src/functions/functions";
import { catchCustomFunctionsError } from "../support/expectCustomFunctionsError";

// Excel passes a column range as rows of one cell.
const column = (...values: unknown[]) => values.map((value) => [value]);
const row = (...values: unknown[]) => [values];

describe("LUX bridge functions with ranges as Excel passes them", () => {
  const orders0 = column(800, 200);
  const revenue0 = column(400000, 300000);
  const orders1 = column(700, 300);
  const revenue1 = column(357000, 459000);

  it("AOVBRIDGE spills Start, Mix, Rate, End", () => {
    expect(lux.aovBridgeFunction(orders0, revenue0, orders1, revenue1)).toEqual([
      ["Start", 700],
      ["Mix", 101],
      ["Rate", 15],
      ["End", 816],
    ]);
  });

  it("AOVBRIDGE accepts rows as well as columns, optional arguments as null, and any case of method", () => {
    const asRows = lux.aovBridgeFunction(
      row(800, 200),
      row(400000, 300000),
      row(700, 300),
      row(357000, 459000),
      null as unknown as string,
      null
    );
    expect(asRows).toEqual(lux.aovBridgeFunction(orders0, revenue0, orders1, revenue1));
    const threeWay = lux.aovBridgeFunction(orders0, revenue0, orders1, revenue1, "Three-Way");
    expect(threeWay.map((r) => r[0])).toEqual(["Start", "Mix", "Rate", "Interaction", "End"]);
  });

  it("MIXBRIDGE rounds with decimals and still closes", () => {
    const result = lux.mixBridge(
      column(1, 1, 1),
      column(100, 200, 301),
      column(1, 2, 4),
      column(110, 300, 333),
      "midpoint",
      2
    ) as [string, number][];
    expect(result).toEqual([
      ["Start", 200.33],
      ["Mix", 43.57],
      ["Rate", 47.81],
      ["End", 291.71],
    ]);
    const [start, mix, rate, end] = result.map((r) => Math.round(r[1] * 100));
    expect(start! + mix! + rate!).toBe(end);
  });

  it("treats blank cells as 0 (0 on desktop, null on the web): a new segment", () => {
    const desktop = lux.mixBridge(
      column(50, 50, 0),
      column(100, 200, 0),
      column(40, 40, 20),
      column(100, 220, 500)
    );
    const web = lux.mixBridge(
      column(50, 50, null),
      column(100, 200, null),
      column(40, 40, 20),
      column(100, 220, 500)
    );
    expect(web).toEqual(desktop);
    expect(desktop).toEqual([
      ["Start", 150],
      ["Mix", 69],
      ["Rate", 9],
      ["End", 228],
    ]);
  });

  it("STBRIDGE bridges sell-through", () => {
    const result = lux.sellThroughBridgeFunction(
      column(100, 100),
      column(60, 40),
      column(150, 50),
      column(90, 25),
      "mix-first",
      4
    );
    expect(result[0]).toEqual(["Start", 0.5]);
    expect(result[3]).toEqual(["End", 0.575]);
  });

  it("BRIDGESEGMENTS gives one row per segment, columns summing to the MIXBRIDGE totals", () => {
    const args = [column(60, 40), column(100, 300), column(40, 60), column(110, 300)] as const;
    expect(lux.bridgeSegments(...args)).toEqual([
      [19.4, 5],
      [19.6, 0],
    ]);
    expect(lux.bridgeSegments(...args, "three-way")).toEqual([
      [16, 6, -2],
      [24, 0, 0],
    ]);
  });

  it("never changes the ranges it is given", () => {
    const freeze = (range: unknown[][]) =>
      Object.freeze(range.map((r) => Object.freeze(r.slice())));
    const args = [orders0, revenue0, orders1, revenue1].map(freeze) as unknown as unknown[][][];
    const before = JSON.stringify(args);
    lux.aovBridgeFunction(args[0]!, args[1]!, args[2]!, args[3]!, "three-way", 2);
    lux.bridgeSegments(args[0]!, args[1]!, args[2]!, args[3]!);
    expect(JSON.stringify(args)).toBe(before);
  });

  it("MIXAOV values current AOVs at the base mix", () => {
    expect(lux.mixAov(orders0, orders1, revenue1)).toBe(714);
  });
});

describe("LUX forecast helpers", () => {
  it("RAMP returns the shape it was given", () => {
    expect(lux.ramp(row(1, 2, 3, 4, 5, 6), 3, 2, 0.6)).toEqual([[0, 0, 0.3, 0.6, 0.6, 0.6]]);
    expect(lux.ramp(column(1, 2, 3), 1, 2, 1, "s-curve")).toEqual([[0.5], [1], [1]]);
    expect(lux.ramp([[4]], 3, 4, 1)).toEqual([[0.5]]);
  });

  it("SEASONAL spills 12 months that sum to the annual figure", () => {
    const result = lux.seasonal(100, row(...Array(12).fill(1)), 2) as number[][];
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(12);
    expect(Math.round(result[0]!.reduce((a, b) => a + b, 0) * 100)).toBe(10000);
    expect(lux.seasonal(1200, column(...Array(12).fill(5)))).toEqual([Array(12).fill(100)]);
  });

  it("SEASONAL refuses an annual figure too large to split to the unit (it once looped)", () => {
    const error = catchCustomFunctionsError(() =>
      lux.seasonal(1.7976931348623157e308, row(...Array(12).fill(1)))
    );
    expect(error.message).toMatch(/^annual_total/);
  });

  it("SAFESHARE gives 0 for a zero total", () => {
    expect(lux.safeShareFunction(45, 250)).toBe(0.18);
    expect(lux.safeShareFunction(10, 0)).toBe(0);
    expect(lux.safeShareFunction(10, null)).toBe(0);
  });
});

describe("LUX KPI functions", () => {
  it.each([
    ["CONVERSIONRATE", () => lux.conversionRateFunction(36, 1200), 0.03],
    ["AOV", () => lux.aov(125000, 50), 2500],
    ["CARTABANDONMENT", () => lux.cartAbandonment(500, 150), 0.7],
    ["BOUNCERATE", () => lux.bounceRateFunction(420, 1200), 0.35],
    ["SESSIONDURATION", () => lux.sessionDuration(360000, 1200), 300],
    ["ROAS", () => lux.roas(48000, 12000), 4],
    ["CLV", () => lux.clv(2500, 3, 6, 0.7), 31500],
    ["CLV without margin", () => lux.clv(2500, 3, 6, null), 45000],
    ["RETENTIONRATE", () => lux.retentionRateFunction(1100, 200, 1000), 0.9],
    ["EMAILOPENRATE", () => lux.emailOpenRateFunction(1800, 4000), 0.45],
    ["EMAILCTR", () => lux.emailCtr(240, 4000), 0.06],
    ["CSAT", () => lux.csat(172, 200), 0.86],
    ["INVENTORYTURNOVER", () => lux.inventoryTurnoverFunction(900000, 300000), 3],
    ["SELLTHROUGH", () => lux.sellThroughFunction(65, 100), 0.65],
    ["FULFILMENTTIME", () => lux.fulfilmentTime(1440, 60), 24],
    ["ENGAGEMENTRATE", () => lux.engagementRateFunction(540, 12000), 0.045],
  ] as const)("%s", (_id, call, expected) => {
    expect(call()).toBe(expected);
  });

  it("a zero denominator is #DIV/0! with a message naming the argument", () => {
    const error = catchCustomFunctionsError(() => lux.conversionRateFunction(3, 0));
    expect(error.code).toBe("#DIV/0!");
    expect(error.message).toMatch(/^sessions:/);
  });
});

describe("errors become CustomFunctions.Error naming the argument", () => {
  const ok = [column(1, 2), column(10, 20), column(2, 1), column(11, 21)] as const;
  it.each([
    [
      "2-D range",
      () =>
        lux.mixBridge(
          [
            [1, 2],
            [3, 4],
          ],
          ok[1],
          ok[2],
          ok[3]
        ),
      /^base_weights: is a 2-row by 2-column block/,
    ],
    [
      "text in a range",
      () => lux.mixBridge(ok[0], column(10, "ten"), ok[2], ok[3]),
      /^base_rates \(item 2\): the text "ten" is not a number/,
    ],
    [
      "a boolean",
      () => lux.mixBridge(ok[0], ok[1], column(true, 1), ok[3]),
      /^current_weights \(item 1\): TRUE is not a number/,
    ],
    [
      "unknown method",
      () => lux.mixBridge(...ok, "shapley"),
      /^method: "shapley" is not a bridge method/,
    ],
    [
      "unequal lengths",
      () =>
        lux.mixBridge(
          ...(ok.slice(0, 3) as [unknown[][], unknown[][], unknown[][]]),
          column(1, 2, 3)
        ),
      /^current_rates: has 3 entries but base_weights has 2/,
    ],
    ["bad decimals", () => lux.mixBridge(...ok, "midpoint", 2.5), /^decimals: 2.5 is out of range/],
    [
      "decimals as text",
      () => lux.mixBridge(...ok, "midpoint", "two"),
      /^decimals: the text "two" is not a number/,
    ],
  ] as const)("%s", (_name, call, message) => {
    const error = catchCustomFunctionsError(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });

  it("an unexpected failure is still a #VALUE! with a message, not a raw exception", () => {
    const hostile = [
      [
        {
          valueOf: () => {
            throw new Error("boom");
          },
        },
      ],
    ];
    const error = catchCustomFunctionsError(() => lux.mixBridge(hostile, ok[1], ok[2], ok[3]));
    expect(error.code).toBe("#VALUE!");
  });
});
