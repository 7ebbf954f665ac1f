import { createRandom } from "../../src/domain/random/createRandom";

describe("createRandom", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.int(0, 1_000_000));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("keeps ints and floats inside their bounds", () => {
    const random = createRandom(1);
    for (let i = 0; i < 1000; i += 1) {
      const n = random.int(-3, 3);
      expect(n).toBeGreaterThanOrEqual(-3);
      expect(n).toBeLessThanOrEqual(3);
      const f = random.float(0.2, 0.4);
      expect(f).toBeGreaterThanOrEqual(0.2);
      expect(f).toBeLessThan(0.4);
    }
  });

  it("forks independent, stable streams by label", () => {
    const a = createRandom(5).fork("orders").int(0, 1e9);
    const b = createRandom(5).fork("orders").int(0, 1e9);
    const c = createRandom(5).fork("inventory").int(0, 1e9);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("rejects a non-integer seed and an empty pick", () => {
    expect(() => createRandom(1.5)).toThrow(/seed must be an integer/);
    expect(() => createRandom(1).pick([])).toThrow(/at least one item/);
  });
});
