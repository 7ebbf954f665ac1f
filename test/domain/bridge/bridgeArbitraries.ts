/* fast-check generators for bridge inputs: 1–12 segments (sometimes up to 50), counts with zeros
 * (new and discontinued segments), money-like rates and rates with long decimals. Each period keeps
 * at least one non-zero weight, so the inputs are always valid. */
import fc from "fast-check";

export type Segments = { w0: number[]; r0: number[]; w1: number[]; r1: number[] };

const weight: fc.Arbitrary<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<number>(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 100_000 }) }
);
const rate = fc.oneof(
  fc.integer({ min: 0, max: 500_000 }).map((cents) => cents / 100),
  fc.double({ min: -1000, max: 10_000, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 1, noNaN: true })
);

const segment = fc.record({ w0: weight, r0: rate, w1: weight, r1: rate });

export const segmentsArbitrary: fc.Arbitrary<Segments> = fc
  .oneof(
    { weight: 9, arbitrary: fc.array(segment, { minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.array(segment, { minLength: 13, maxLength: 50 }) }
  )
  .map((rows) => {
    const w0: number[] = rows.map((r) => r.w0);
    const w1: number[] = rows.map((r) => r.w1);
    // Guarantee a non-zero total in each period without biasing the rest.
    if (!w0.some((w) => w > 0)) w0[0] = 1;
    if (!w1.some((w) => w > 0)) w1[w1.length - 1] = 1;
    return { w0, r0: rows.map((r) => r.r0), w1, r1: rows.map((r) => r.r1) };
  });
