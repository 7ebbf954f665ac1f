import { rangeA1, type RangeBox } from "../domain/sheet/a1";

/**
 * How much one read asks Excel to send back. Excel on the web refuses a response over 5 MB; a read
 * stays under 1 MB by estimate (first by `CELL_BYTES_ESTIMATE`, then by what the sheet's blocks
 * measured, with a margin), so cells five times longer than the estimate still read. The check of
 * every drill reads one or two such syncs; Prepare for sharing scans a 10,000-row data sheet in a
 * handful.
 */
export const READ_BUDGET_BYTES = 1_000_000;

/**
 * Bytes one cell is counted for in one grid (values, formulas or valueTypes) of a response before
 * anything of its sheet was read: a number with 17 digits, a type name, a typical formula of the
 * drills and the JSON around them fit well inside; the drills' data rows average under 30 bytes per
 * cell in all three grids together.
 */
export const CELL_BYTES_ESTIMATE = 64;

/** One block read on one sheet, and the response bytes it was estimated at. */
export type ReadSlice = { sheet: string; box: RangeBox; bytes: number };

/** The grids a read asks for, as `Range.load` takes them. */
export type ReadGrids = readonly ("values" | "formulas" | "valueTypes")[];

/** A slice and the range proxy its grids were loaded on. */
export type LoadedSlice = { slice: ReadSlice; range: Excel.Range };

/** A rectangle to read on one sheet, before it is cut into blocks. */
export type ReadRegion = { sheet: string; box: RangeBox };

/** Never count a cell below this, whatever a sheet of short numbers measured. */
const MIN_CELL_BYTES = 8;
/** A block is sized at this many times the bytes per cell measured so far on its sheet. */
const MEASURED_MARGIN = 2;
/** A sheet's next block has at most this many times the rows of its last, however short its cells. */
const GROWTH = 4;
/** Excel's refusal of a response over its limit (Excel on the web: 5 MB). */
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/**
 * Loads the grids of every region in row blocks, as many blocks per `context.sync()` as the budget
 * allows, and learns as it reads: a sheet's first block is sized by `CELL_BYTES_ESTIMATE`, and each
 * later block by twice the bytes per cell its sheet's blocks measured so far (the UTF-8 length of the
 * JSON Excel sent), never below `MIN_CELL_BYTES`. A data sheet of short numbers is thus read in a few
 * syncs instead of one per conservative block, and a sheet of long texts in smaller blocks; a block
 * grows at most fourfold from the last, so a sheet that turns from numbers to long texts is met
 * with blocks of a known size. No estimate knows a cell before it is read: should a response still
 * pass Excel's limit, the blocks of that sync are read again at a quarter of their size (a read
 * changes nothing, so a retry is safe), down to a single row.
 *
 * @example
 * const { loaded, syncs } = await loadRegions(context, [{ sheet: "D1 Data", box }], ["formulas"]);
 */
export async function loadRegions(
  context: Excel.RequestContext,
  regions: readonly ReadRegion[],
  grids: ReadGrids,
  budget = READ_BUDGET_BYTES
): Promise<{ loaded: LoadedSlice[]; syncs: number }> {
  // `maxRows`: the most rows the region's next block may have, fourfold its last block or a quarter
  // of a refused one (a sheet that turns from numbers to long texts is met with blocks of known size).
  const pending = regions.map((region) => ({
    ...region,
    next: region.box.top,
    maxRows: Number.POSITIVE_INFINITY,
  }));
  const cellBytes = new Map<string, number>();
  const bytesOf = (sheet: string): number =>
    cellBytes.get(sheet) ?? CELL_BYTES_ESTIMATE * grids.length;
  const loaded: LoadedSlice[] = [];
  let syncs = 0;
  while (pending.some((region) => region.next <= region.box.bottom)) {
    const request: (LoadedSlice & { region: (typeof pending)[number] })[] = [];
    let room = budget;
    // At most one block per region in a sync (consecutive blocks of one region are one block).
    for (const region of pending) {
      if (region.next > region.box.bottom) continue;
      const columns = region.box.right - region.box.left + 1;
      const rowBytes = columns * bytesOf(region.sheet);
      const left = region.box.bottom - region.next + 1;
      // A row wider than the whole budget is a block of its own.
      const rows =
        Math.min(left, Math.floor(room / rowBytes), region.maxRows) || (request.length ? 0 : 1);
      if (rows === 0) break;
      const box = { ...region.box, top: region.next, bottom: region.next + rows - 1 };
      const slice = { sheet: region.sheet, box, bytes: rows * rowBytes };
      const range = context.workbook.worksheets.getItem(region.sheet).getRange(rangeA1(box));
      // The grids are named by each caller (values/formulas/valueTypes, or formulas alone).
      // eslint-disable-next-line office-addins/no-empty-load
      range.load([...grids]);
      request.push({ slice, range, region });
      region.maxRows = GROWTH * rows;
      region.next += rows;
      room -= slice.bytes;
    }
    syncs += 1;
    try {
      // One sync per budgeted group of blocks: splitting the read is what keeps each response small.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if ((error as { code?: unknown }).code !== RESPONSE_TOO_LARGE) throw error;
      if (request.every(({ slice }) => slice.box.top === slice.box.bottom)) throw error;
      // Read them again at a quarter of the size, in bytes per cell and in rows alike.
      const sheets = new Set<string>();
      for (const { slice, region } of request) {
        const rows = slice.box.bottom - slice.box.top + 1;
        region.next = slice.box.top; // one block per region in a sync: back to its top
        region.maxRows = Math.max(1, Math.floor(rows / 4));
        sheets.add(slice.sheet);
      }
      for (const sheet of sheets) cellBytes.set(sheet, bytesOf(sheet) * 4);
      continue;
    }
    const measuredBytes = new Map<string, number>();
    for (const { slice, range } of request) {
      const measured = utf8Length(JSON.stringify(grids.map((grid) => range[grid])));
      const cells = (slice.box.bottom - slice.box.top + 1) * (slice.box.right - slice.box.left + 1);
      const perCell = Math.max(MIN_CELL_BYTES, (MEASURED_MARGIN * measured) / cells);
      measuredBytes.set(slice.sheet, Math.max(perCell, measuredBytes.get(slice.sheet) ?? 0));
      loaded.push({ slice, range });
    }
    for (const [sheet, perCell] of measuredBytes) cellBytes.set(sheet, perCell);
  }
  return { loaded, syncs };
}

const encoder = new TextEncoder();
const utf8Length = (text: string): number => encoder.encode(text).length;

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
