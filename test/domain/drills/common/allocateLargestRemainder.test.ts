import fc from "fast-check";
import { allocateLargestRemainder } from "../../../../src/domain/drills/common/allocateLargestRemainder";

describe("allocateLargestRemainder", () => {
  it("splits a whole total into whole parts that sum to it exactly", () => {
    expect(allocateLargestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateLargestRemainder(10, [1, 0], 2)).toEqual([8, 2]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 100 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 100_000 }),
        (weights, minimum, extra) => {
          const total = minimum * weights.length + extra;
          const before = [...weights];
          const parts = allocateLargestRemainder(total, weights, minimum);
          expect(weights).toEqual(before);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((part, i) => {
            expect(Number.isInteger(part) && part >= minimum).toBe(true);
            const exact =
              minimum + (extra * (weights[i] as number)) / weights.reduce((a, b) => a + b, 0);
            expect(Math.abs(part - exact)).toBeLessThan(1);
          });
        }
      ),
      { numRuns: 100 }
    );
  });

  it("rejects totals and weights it cannot split", () => {
    expect(() => allocateLargestRemainder(1.5, [1])).toThrow(/whole number/);
    expect(() => allocateLargestRemainder(5, [])).toThrow(/must not be empty/);
    expect(() => allocateLargestRemainder(5, [1, -1])).toThrow(/finite and ≥ 0/);
    expect(() => allocateLargestRemainder(5, [0, 0])).toThrow(/not all be zero/);
    expect(() => allocateLargestRemainder(5, [1, 1], 3)).toThrow(/cannot give 2 parts at least 3/);
  });
});
