import { memoBySeed } from "../../../src/domain/random/memoBySeed";

describe("memoBySeed", () => {
  it("computes a seed once while it is among the last few, and forgets the oldest", () => {
    const calls: number[] = [];
    const square = memoBySeed(2, (seed) => {
      calls.push(seed);
      return { seed, square: seed * seed };
    });
    expect(square(3)).toBe(square(3));
    square(4);
    square(5); // 3 is the oldest of three: forgotten
    square(4);
    square(3);
    expect(calls).toEqual([3, 4, 5, 3]);
  });
});
