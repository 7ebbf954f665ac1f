import { rangeA1, type RangeBox } from "../domain/sheet/a1";
import { packRequests, sliceRect } from "./requestPacking";

/**
 * How much one read asks Excel to send back. Excel on the web refuses a response over 5 MB; a read
 * stays under 1 MB by estimate, so a sheet whose cells run five times longer than the estimate below
 * still reads. The check of every drill reads one or two such syncs; Prepare for sharing scans a
 * 10,000-row data sheet in a handful.
 */
export const READ_BUDGET_BYTES = 1_000_000;

/**
 * Bytes one cell is counted for in one grid (values, formulas or valueTypes) of a response: a
 * number with 17 digits, a type name, a typical formula of the drills and the JSON around them fit
 * well inside; the drills' data rows average under 30 bytes per cell in all three grids together.
 */
export const CELL_BYTES_ESTIMATE = 64;

/** A rectangle to read on one sheet, and the response bytes it is estimated at. */
export type ReadSlice = { sheet: string; box: RangeBox; bytes: number };

/** The grids a read asks for, as `Range.load` takes them. */
export type ReadGrids = readonly ("values" | "formulas" | "valueTypes")[];

/**
 * Cuts a rectangle into row blocks whose estimated response stays under `budget` (a row wider than
 * the budget is a block of its own).
 *
 * @example
 * sliceForReading("D1 Data", { top: 1, left: 1, bottom: 10205, right: 18 }, ["formulas"]).length //=> 12
 */
export function sliceForReading(
  sheet: string,
  box: RangeBox,
  grids: ReadGrids,
  budget = READ_BUDGET_BYTES
): ReadSlice[] {
  const cellBytes = CELL_BYTES_ESTIMATE * grids.length;
  const rect = {
    row: box.top,
    column: box.left,
    rows: box.bottom - box.top + 1,
    columns: box.right - box.left + 1,
    key: "",
  };
  return sliceRect(rect, budget, cellBytes).map((slice) => ({
    sheet,
    box: {
      top: slice.row,
      left: slice.column,
      bottom: slice.row + slice.rows - 1,
      right: slice.column + slice.columns - 1,
    },
    bytes: slice.rows * slice.columns * cellBytes,
  }));
}

/** A slice and the range proxy its grids were loaded on. */
export type LoadedSlice = { slice: ReadSlice; range: Excel.Range };

/**
 * Loads the grids of every slice, as many slices per `context.sync()` as the budget allows: the
 * syncs are at most the slices, and each response stays under the budget by estimate.
 */
export async function loadSlices(
  context: Excel.RequestContext,
  slices: readonly ReadSlice[],
  grids: ReadGrids,
  budget = READ_BUDGET_BYTES
): Promise<{ loaded: LoadedSlice[]; syncs: number }> {
  const loaded: LoadedSlice[] = [];
  const requests = packRequests(slices, budget);
  for (const request of requests) {
    for (const slice of request) {
      const range = context.workbook.worksheets.getItem(slice.sheet).getRange(rangeA1(slice.box));
      // The grids are named by each caller (values/formulas/valueTypes, or formulas alone).
      // eslint-disable-next-line office-addins/no-empty-load
      range.load([...grids]);
      loaded.push({ slice, range });
    }
    // One sync per budgeted group of blocks: splitting the read is what keeps each response small.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return { loaded, syncs: requests.length };
}

/** The overlap of two rectangles, if any. */
export function intersect(a: RangeBox, b: RangeBox): RangeBox | undefined {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : undefined;
}
