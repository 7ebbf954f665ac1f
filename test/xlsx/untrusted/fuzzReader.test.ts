import fc from "fast-check";
import { readXlsxCounted, XlsxReadError } from "../../../src/xlsx/readXlsx";
import { ZIP_LIMITS } from "../../../src/xlsx/untrustedZip";
import { writeXlsx } from "../../../src/xlsx/writeXlsx";
import { sampleDrillPlan } from "../../support/samplePlans";

/**
 * Mutated workbooks of our own writer (bytes flipped, cut short, a stretch copied over another):
 * the reader either reads them or refuses with an XlsxReadError and a plain reason, never another
 * exception, and never inflates past its limits.
 */
describe("the untrusted reader on mutated real workbooks", () => {
  let original: Buffer;
  beforeAll(async () => {
    original = await writeXlsx([sampleDrillPlan(0)]);
  });

  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant("flip" as const),
      at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
      byte: fc.integer({ min: 0, max: 255 }),
    }),
    fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant("copy" as const),
      from: fc.nat(),
      to: fc.nat(),
      length: fc.integer({ min: 1, max: 4096 }),
    })
  );

  function mutate(
    buffer: Buffer,
    change:
      | { kind: "flip"; at: number[]; byte: number }
      | { kind: "truncate"; at: number }
      | { kind: "copy"; from: number; to: number; length: number }
  ): Buffer {
    const bytes = Buffer.from(buffer);
    if (change.kind === "flip") {
      for (const at of change.at) bytes[at % bytes.length] = change.byte;
      return bytes;
    }
    if (change.kind === "truncate") return bytes.subarray(0, change.at % bytes.length);
    const from = change.from % bytes.length;
    bytes.copy(bytes, change.to % bytes.length, from, Math.min(bytes.length, from + change.length));
    return bytes;
  }

  it("reads or refuses plainly, within its limits, 300 mutations", async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (change) => {
        const bytes = mutate(original, change);
        try {
          const { counters } = await readXlsxCounted(bytes);
          expect(counters.inflatedBytes).toBeLessThanOrEqual(ZIP_LIMITS.maxTotalBytes);
        } catch (error) {
          expect(error).toBeInstanceOf(XlsxReadError);
          const readError = error as XlsxReadError;
          expect(readError.message).toMatch(/^not a readable \.xlsx workbook \(.+\)$/);
          expect(readError.message).not.toMatch(/\n|internal|Error:/);
          expect(readError.counters?.inflatedBytes ?? 0).toBeLessThanOrEqual(
            ZIP_LIMITS.maxTotalBytes
          );
        }
      }),
      { numRuns: 300, seed: 12 }
    );
  });
});
