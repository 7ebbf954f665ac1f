import {
  byteLength,
  chunkRows,
  packRequests,
  rectangles,
  sliceRect,
} from "../../src/excel/requestPacking";
import type { PlanCell } from "../../src/domain/plan/workbookPlan";

const piece = (id: number, bytes: number) => ({ id, bytes });

describe("packRequests", () => {
  it("never lets a request exceed the byte budget, and keeps the pieces in order", () => {
    const pieces = [300, 500, 200, 900, 100, 100, 600].map((bytes, id) => piece(id, bytes));
    const requests = packRequests(pieces, 1000);

    expect(requests.map((r) => r.map((p) => p.id))).toEqual([
      [0, 1, 2],
      [3, 4],
      [5, 6],
    ]);
    for (const request of requests)
      expect(request.reduce((sum, p) => sum + p.bytes, 0)).toBeLessThanOrEqual(1000);
    expect(requests.flat()).toEqual(pieces);
  });

  it("gives a piece larger than the budget a request of its own", () => {
    const requests = packRequests([piece(0, 10), piece(1, 5000), piece(2, 10)], 1000);
    expect(requests.map((r) => r.map((p) => p.id))).toEqual([[0], [1], [2]]);
  });

  it("packs nothing into no request", () => {
    expect(packRequests([], 1000)).toEqual([]);
  });
});

describe("chunkRows", () => {
  const matrix = Array.from({ length: 1000 }, (_, r) => [`row ${r}`, r, r % 2 === 0]);

  it("splits a large block into row chunks under the limit, every row once and in order", () => {
    const chunks = chunkRows(matrix, 4000);

    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(chunk.bytes).toBeLessThanOrEqual(4000);
      // The estimate is the JSON the request carries.
      expect(chunk.bytes).toBeGreaterThanOrEqual(byteLength(chunk.rows));
    }
    expect(chunks.flatMap((chunk) => chunk.rows)).toEqual(matrix);
    chunks.forEach((chunk, i) =>
      expect(chunk.start).toBe(
        i === 0 ? 0 : (chunks[i - 1]?.start ?? 0) + (chunks[i - 1]?.rows.length ?? 0)
      )
    );
  });

  it("keeps a small block in one chunk", () => {
    expect(chunkRows(matrix.slice(0, 3), 4000)).toHaveLength(1);
  });
});

describe("sliceRect", () => {
  it("cuts a tall rectangle into row slices whose matrices fit the limit", () => {
    const rect = { row: 2, column: 3, rows: 10_001, columns: 4, key: "$#,##0.00" };
    const cellBytes = JSON.stringify(rect.key).length + 1;
    const slices = sliceRect(rect, 20_000, cellBytes);

    expect(slices.length).toBeGreaterThan(1);
    for (const slice of slices)
      expect(slice.rows * slice.columns * cellBytes).toBeLessThanOrEqual(20_000);
    expect(slices.reduce((sum, slice) => sum + slice.rows, 0)).toBe(rect.rows);
    expect(slices[0]?.row).toBe(2);
    expect(slices.at(-1)?.row).toBe(2 + rect.rows - (slices.at(-1)?.rows ?? 0));
  });
});

describe("rectangles", () => {
  it("merges a repeated run down into one 1-based rectangle placed at the block's origin", () => {
    const fmt = (numberFormat?: string): PlanCell => (numberFormat ? { numberFormat } : {});
    const rows = [
      [fmt("@"), fmt("0%"), fmt("0%")],
      [fmt("@"), fmt("0%"), fmt("0%")],
      [fmt("@"), fmt(), fmt("0%")],
    ];
    const found = rectangles(rows, { row: 5, column: 2 }, (cell) => cell.numberFormat);

    expect(found).toEqual(
      expect.arrayContaining([
        { row: 5, column: 2, rows: 3, columns: 1, key: "@" },
        { row: 5, column: 3, rows: 2, columns: 2, key: "0%" },
        { row: 7, column: 4, rows: 1, columns: 1, key: "0%" },
      ])
    );
    expect(found).toHaveLength(3);
  });
});
