import fc from "fast-check";
import { Decimal } from "../../../src/domain/decimal";
import { adoptionRamp } from "../../../src/domain/forecast/adoptionRamp";
import { parseRampShape } from "../../../src/domain/forecast/rampShape";
import { safeShare } from "../../../src/domain/forecast/safeShare";
import { seasonalSplit } from "../../../src/domain/forecast/seasonalSplit";
import { DomainError } from "../../../src/domain/errors/DomainError";

const months = Array.from({ length: 12 }, (_, i) => i + 1);
const numbers = (values: Decimal[]) => values.map((v) => v.toNumber());

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return "no error";
}

describe("adoptionRamp", () => {
  it("is 0 before the start, reaches 1/ramp of the ceiling in the start month, then holds the ceiling", () => {
    const ramp = adoptionRamp(months, { startMonth: 3, rampMonths: 4, ceiling: 0.6 });
    expect(numbers(ramp)).toEqual([0, 0, 0.15, 0.3, 0.45, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6]);
  });

  it("s-curve is smoothstep of the same progress: slow, fast, slow, and equal at the ends", () => {
    const ramp = numbers(
      adoptionRamp([1, 2, 3, 4, 5], { startMonth: 1, rampMonths: 4, ceiling: 1, shape: "s-curve" })
    );
    // x = 0.25, 0.5, 0.75, 1: 3x² − 2x³
    expect(ramp).toEqual([0.15625, 0.5, 0.84375, 1, 1]);
  });

  it("a one-month ramp jumps to the ceiling in the start month", () => {
    expect(
      numbers(adoptionRamp([4, 5, 6], { startMonth: 5, rampMonths: 1, ceiling: 0.3 }))
    ).toEqual([0, 0.3, 0.3]);
  });

  it("never leaves [0, ceiling] and never decreases (1000 runs)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 14 }),
        fc.integer({ min: 1, max: 24 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom("linear" as const, "s-curve" as const),
        (start, length, ceiling, shape) => {
          const ramp = adoptionRamp(months, {
            startMonth: start,
            rampMonths: length,
            ceiling,
            shape,
          });
          ramp.forEach((value, i) => {
            expect(value.gte(0) && value.lte(ceiling)).toBe(true);
            if (i > 0) expect(value.gte(ramp[i - 1]!)).toBe(true);
          });
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("refuses a ramp of zero months, non-numbers and unknown shapes", () => {
    expect(codeOf(() => adoptionRamp(months, { startMonth: 1, rampMonths: 0, ceiling: 1 }))).toBe(
      "out-of-range"
    );
    expect(codeOf(() => adoptionRamp([1, "x"], { startMonth: 1, rampMonths: 2, ceiling: 1 }))).toBe(
      "not-a-number"
    );
    expect(codeOf(() => parseRampShape("exponential"))).toBe("unknown-shape");
    expect(parseRampShape(" S-Curve ")).toBe("s-curve");
    expect(parseRampShape("")).toBe("linear");
  });
});

describe("seasonalSplit", () => {
  it("splits in proportion and sums exactly to the annual figure", () => {
    const weights = [8, 7, 8, 8, 8, 7, 7, 6, 8, 9, 11, 13];
    const split = seasonalSplit(1_000_000, weights);
    expect(split.reduce((a, b) => a.plus(b), new Decimal(0)).eq(1_000_000)).toBe(true);
    expect(split[0]!.toNumber()).toBeCloseTo(80_000, 6);
    expect(split[11]!.toNumber()).toBeCloseTo(130_000, 6);
  });

  it("with decimals, rounds by largest remainder and still sums to the rounded annual figure (1000 runs)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (annual, weights, decimals) => {
          const split = seasonalSplit(annual, weights, decimals);
          const total = split.reduce((a, b) => a.plus(b), new Decimal(0));
          if (decimals === undefined) expect(total.eq(annual)).toBe(true);
          else expect(total.eq(new Decimal(annual).toDecimalPlaces(decimals))).toBe(true);
          const asNumbers = split.reduce((a, b) => a + b.toNumber(), 0);
          expect(Math.abs(asNumbers - annual)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, annual) + (decimals === undefined ? 0 : 10 ** -decimals)
          );
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("refuses a row that is not 12 months, negative or all-zero weights", () => {
    expect(codeOf(() => seasonalSplit(100, [1, 2, 3]))).toBe("wrong-length");
    expect(codeOf(() => seasonalSplit(100, [...Array(11).fill(1), -1]))).toBe("negative");
    expect(codeOf(() => seasonalSplit(100, Array(12).fill(0)))).toBe("all-zero-weights");
    expect(codeOf(() => seasonalSplit(100, Array(12).fill(1), 1.5))).toBe("out-of-range");
    expect(codeOf(() => seasonalSplit(1.7e308, Array(12).fill(1)))).toBe("out-of-range");
  });
});

describe("safeShare", () => {
  it("divides, and gives 0 for a zero total", () => {
    expect(safeShare(45, 250).toNumber()).toBe(0.18);
    expect(safeShare(0, 0).toNumber()).toBe(0);
    expect(safeShare(5, 0).toNumber()).toBe(0);
  });

  it("refuses negatives and text", () => {
    expect(codeOf(() => safeShare(-1, 5))).toBe("negative");
    expect(codeOf(() => safeShare(1, "abc"))).toBe("not-a-number");
  });
});
