import type { CellPosition } from "../domain/sheet/a1";
import type { PlanCell } from "../domain/plan/workbookPlan";

/**
 * The pure half of the Office.js writer: how a sheet's writes are cut into pieces and packed into
 * requests under Excel on the web's 5 MB payload limit. No Office types here, so each rule is tested
 * on plain data; `writePlan` only turns the pieces into Office.js calls.
 */

/** A rectangle of cells sharing one key (a number format, a style): 1-based top-left and size. */
export type Rect = CellPosition & { rows: number; columns: number; key: string };

/** A run of whole rows of a matrix, from row index `start` (0-based in the matrix), and its JSON size. */
export type Chunk = { start: number; rows: unknown[][]; bytes: number };

const encoder = new TextEncoder();

/**
 * UTF-8 bytes of a value's JSON: what it adds to a request.
 *
 * @example
 * byteLength(["é"]) //=> 6
 */
export function byteLength(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Greedy packing in order: a request closes when the next piece would push it over `maxBytes`. A
 * piece larger than the limit still gets a request of its own (it was cut as small as it goes).
 *
 * @example
 * packRequests([{ bytes: 3 }, { bytes: 3 }, { bytes: 3 }], 6).map((r) => r.length) //=> [2, 1]
 */
export function packRequests<T extends { bytes: number }>(
  pieces: readonly T[],
  maxBytes: number
): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (current.length > 0 && size + piece.bytes > maxBytes) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(piece);
    size += piece.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/**
 * Splits a matrix by rows so no chunk's JSON exceeds `limit` bytes (a single row larger than the
 * limit is a chunk of its own).
 *
 * @example
 * chunkRows([[1], [2], [3]], 9).map((c) => c.start) //=> [0, 2]
 */
export function chunkRows(matrix: readonly unknown[][], limit: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { start: 0, rows: [], bytes: 2 };
  matrix.forEach((row, index) => {
    const bytes = byteLength(row) + 1;
    if (current.rows.length > 0 && current.bytes + bytes > limit) {
      chunks.push(current);
      current = { start: index, rows: [], bytes: 2 };
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  if (current.rows.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Cuts a rectangle into row slices whose matrix of `cellBytes`-sized entries stays under `limit`.
 *
 * @example
 * sliceRect({ row: 1, column: 1, rows: 10, columns: 2, key: "@" }, 40, 4).map((r) => r.rows)
 * //=> [5, 5]
 */
export function sliceRect(rect: Rect, limit: number, cellBytes: number): Rect[] {
  const rowsPerSlice = Math.max(1, Math.floor(limit / Math.max(1, rect.columns * cellBytes)));
  const slices: Rect[] = [];
  for (let start = 0; start < rect.rows; start += rowsPerSlice) {
    slices.push({
      ...rect,
      row: rect.row + start,
      rows: Math.min(rowsPerSlice, rect.rows - start),
    });
  }
  return slices;
}

/**
 * Groups equal keys of a block into rectangles placed at `origin`: runs along each row, merged down
 * while the same run repeats. A formatted table column of 10,000 rows becomes one rectangle.
 *
 * @example
 * rectangles([[{ style: "header" }, { style: "header" }]], { row: 3, column: 2 }, (c) => c.style)
 * //=> [{ row: 3, column: 2, rows: 1, columns: 2, key: "header" }]
 */
export function rectangles(
  rows: readonly PlanCell[][],
  origin: CellPosition,
  keyOf: (cell: PlanCell) => string | undefined
): Rect[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  rows.forEach((row, r) => {
    const next = new Map<string, Rect>();
    let c = 0;
    while (c < width) {
      const cell = row[c];
      const key = cell ? keyOf(cell) : undefined;
      let end = c + 1;
      while (
        end < width &&
        key !== undefined &&
        row[end] !== undefined &&
        keyOf(row[end] as PlanCell) === key
      )
        end += 1;
      if (key !== undefined) {
        const id = `${c}:${end}:${key}`;
        const rect = open.get(id);
        if (rect) {
          rect.rows += 1;
          open.delete(id);
          next.set(id, rect);
        } else {
          next.set(id, {
            row: origin.row + r,
            column: origin.column + c,
            rows: 1,
            columns: end - c,
            key,
          });
        }
      }
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}
