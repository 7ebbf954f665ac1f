import fc from "fast-check";
import { Decimal } from "../../../src/domain/decimal";
import { largestRemainder } from "../../../src/domain/bridge/largestRemainder";

describe("largestRemainder", () => {
  it("splits 100 in thirds as 33.34, 33.33, 33.33", () => {
    const third = new Decimal(100).div(3);
    expect(
      largestRemainder([third, third, third], new Decimal(100), 2).map((d) => d.toNumber())
    ).toEqual([33.34, 33.33, 33.33]);
  });

  it("gives units to the largest remainders first", () => {
    const values = ["1.004", "1.009", "1.006"].map((v) => new Decimal(v));
    expect(largestRemainder(values, new Decimal("3.02"), 2).map((d) => d.toNumber())).toEqual([
      1, 1.01, 1.01,
    ]);
  });

  it("spreads a far-away target evenly in time proportional to the values, not to the gap", () => {
    const values = [new Decimal(1), new Decimal(2)];
    const rounded = largestRemainder(values, new Decimal("1e30"), 0);
    expect(rounded.reduce((a, b) => a.plus(b), new Decimal(0)).eq("1e30")).toBe(true);
    const below = largestRemainder(values, new Decimal(-7), 0);
    expect(below.reduce((a, b) => a.plus(b), new Decimal(0)).eq(-7)).toBe(true);
  });

  it("always hits the target when it is the rounded exact sum (1000 runs)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 6 }),
        (numbers, decimals) => {
          const values = numbers.map((n) => new Decimal(n));
          const target = values
            .reduce((a, b) => a.plus(b), new Decimal(0))
            .toDecimalPlaces(decimals);
          const rounded = largestRemainder(values, target, decimals);
          expect(rounded.reduce((a, b) => a.plus(b), new Decimal(0)).eq(target)).toBe(true);
          rounded.forEach((r, i) =>
            expect(r.minus(values[i]!).abs().lt(new Decimal(10).pow(-decimals))).toBe(true)
          );
        }
      ),
      { numRuns: 1000 }
    );
  });
});
