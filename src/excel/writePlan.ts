import type { PlanCell, PlanSheet, WorkbookPlan } from "../domain/plan/workbookPlan";
import { placePlan } from "../domain/plan/placePlan";
import { uniqueSheetName } from "../domain/plan/uniqueSheetName";
import type { PopulateResult, Progress } from "../domain/workbookHost";
import { cellAddress, parseCell, rectAddress, splitSheetAddress, type CellRef } from "./a1";
import { bridgeChartData } from "./bridgeChartData";
import { CELL_STYLES, PALETTE, styleBorders } from "./cellStyles";
import { PopulateError } from "./populateError";
import { officeSupports, type SupportsProbe } from "./officeSupports";

export type WritePlanOptions = {
  /** Requirement-set probe; defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: SupportsProbe;
  /** Largest request we send (Excel on the web refuses requests over 5 MB). Default 4,000,000. */
  maxRequestBytes?: number;
  onProgress?: (progress: Progress) => void;
};

export type WritePlanResult = PopulateResult & {
  /** `context.sync()` calls made: 1 read + 1 per write request. */
  syncs: number;
  /** Estimated size of each write request, in bytes. */
  requestBytes: number[];
  /** What the host could not do (e.g. cell notes before ExcelApi 1.18). */
  warnings: string[];
};

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** One queued piece of work, with the size it adds to a request. */
type Op = { bytes: number; label: string; apply: (state: ApplyState) => void };
type ApplyState = { workbook: Excel.Workbook; sheets: Map<string, Excel.Worksheet> };
type Rect = { row: number; column: number; rows: number; columns: number; key: string };

const OP_OVERHEAD = 200;
const encoder = new TextEncoder();

/**
 * Renders a workbook plan into the open workbook with Office.js.
 *
 * Requests: one read (existing sheets, names, tables), then the writes packed into as few requests as
 * the size limit allows — one for every drill except a very large dataset, which is split by rows. A
 * drill therefore costs 2 `context.sync()` calls (3 when its data needs two requests).
 * Existing sheets are never touched: a plan sheet whose name is taken becomes "D1 Data (2)" and every
 * formula, name and chart follows the rename. Workbook names that already exist are re-pointed at the
 * newest copy (so after a second populate, `D3_SAs` and friends refer to "D3 Work (2)").
 * Native waterfall charts need ExcelApi 1.9; elsewhere a stacked-column bridge reads helper rows on a
 * hidden "… Chart data" sheet. Office.js cannot mark a waterfall point as a total, so the native chart
 * plots Start and the effects and leaves End as the level the last bar reaches.
 * If a write fails, the sheets and names this call started are removed or restored, and a
 * `PopulateError` says what is left.
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: WritePlanOptions = {}
): Promise<WritePlanResult> {
  const supports = options.isSetSupported ?? officeSupports;
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const workbook = context.workbook;
  let syncs = 0;

  options.onProgress?.({ done: 0, total: 1, label: "Reading the workbook" });
  const existingSheets = workbook.worksheets.load("items/name");
  const existingNames = workbook.names.load("items/name,items/formula,items/comment");
  const existingTables = workbook.tables.load("items/name");
  try {
    syncs += 1;
    await context.sync();
  } catch (cause) {
    throw new PopulateError({
      code: "read-failed",
      reason: reasonOf(cause),
      sheetsLeft: [],
      rolledBack: true,
      cause,
    });
  }

  const placed = placePlan(plan, {
    sheets: existingSheets.items.map((sheet) => sheet.name),
    tables: existingTables.items.map((table) => table.name),
  });
  const renamed = placed.plan;
  const taken = [...placed.occupied.sheets];

  const warnings: string[] = [];
  const nativeWaterfall = supports("ExcelApi", "1.9");
  const sheets = [...renamed.sheets];
  const chartSources = new Map<string, string>();
  const charts = sheets.flatMap((sheet) =>
    (sheet.charts ?? []).map((chart) => ({ sheet: sheet.name, chart }))
  );
  if (charts.length > 0 && !nativeWaterfall) {
    const helperName = uniqueSheetName(taken, `${sheetPrefix(renamed)} Chart data`);
    taken.push(helperName);
    const helper: PlanSheet = { name: helperName, hidden: true, blocks: [] };
    let top = 1;
    for (const { chart } of charts) {
      const data = bridgeChartData(chart.source, top);
      helper.blocks.push(data.block);
      chartSources.set(chart.source, `'${helperName.replaceAll("'", "''")}'!${data.range}`);
      top += data.rows + 1;
    }
    sheets.push(helper);
  }

  const ops: Op[] = [];
  for (const sheet of sheets) ops.push(...sheetOps(sheet, maxBytes, supports, warnings));
  for (const { sheet, chart } of charts) {
    ops.push({
      bytes: OP_OVERHEAD * 4,
      label: `Drawing ${chart.title}`,
      apply: (state) => {
        const ws = sheetOf(state, sheet);
        const source = chartSources.get(chart.source) ?? chart.source;
        const { sheet: sourceSheet, address } = splitSheetAddress(source);
        const range = sheetOf(state, sourceSheet).getRange(
          nativeWaterfall ? withoutLastRow(address) : address
        );
        const added = ws.charts.add(
          nativeWaterfall ? "Waterfall" : "ColumnStacked",
          range,
          "Columns"
        );
        added.title.text = chart.title;
        added.legend.visible = false;
        const topLeft = parseCell(chart.at);
        added.setPosition(
          cellAddress(topLeft),
          cellAddress({
            row: topLeft.row + chart.heightCells - 1,
            column: topLeft.column + chart.widthCells - 1,
          })
        );
        if (!nativeWaterfall) styleBridgeSeries(added);
      },
    });
  }

  const existingByName = new Map(
    existingNames.items.map((item) => [item.name.toUpperCase(), item])
  );
  const restoreNames: { name: string; formula: string }[] = [];
  const addedNames: string[] = [];
  for (const name of renamed.names) {
    const existing = existingByName.get(name.name.toUpperCase());
    if (existing) restoreNames.push({ name: existing.name, formula: existing.formula });
    else addedNames.push(name.name);
  }
  const canRepoint = supports("ExcelApi", "1.7");
  ops.push({
    bytes: OP_OVERHEAD * renamed.names.length,
    label: "Naming the ranges",
    apply: () => {
      for (const name of renamed.names) {
        const existing = existingByName.get(name.name.toUpperCase());
        if (existing && canRepoint) {
          existing.formula = `=${name.refersTo}`;
          if (name.comment !== undefined) existing.comment = name.comment;
        } else if (existing) {
          // Before ExcelApi 1.7 a name's formula is read-only: replace the name instead.
          existing.delete();
          workbook.names.add(name.name, `=${name.refersTo}`, name.comment);
        } else {
          workbook.names.add(name.name, `=${name.refersTo}`, name.comment);
        }
      }
      const first = renamed.sheets.find((sheet) => !sheet.hidden);
      if (first) workbook.worksheets.getItem(first.name).activate();
    },
  });

  const requests = packRequests(ops, maxBytes);
  const total = requests.length + 1;
  const state: ApplyState = { workbook, sheets: new Map() };
  for (const [index, request] of requests.entries()) {
    options.onProgress?.({ done: index + 1, total, label: request[0]?.label ?? "Writing" });
    try {
      for (const op of request) op.apply(state);
      syncs += 1;
      // Each request is a separate sync by design: requests are split only to stay under the host's
      // payload limit, so this loop runs once for every drill but the largest datasets.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (cause) {
      throw await rollBack(context, {
        reason: reasonOf(cause),
        cause,
        created: [...state.sheets.keys()],
        addedNames,
        restoreNames,
      });
    }
  }
  options.onProgress?.({ done: total, total, label: "Done" });

  return {
    sheets: sheets.map((sheet) => sheet.name),
    names: renamed.names.map((name) => name.name),
    syncs,
    requestBytes: requests.map((request) => request.reduce((sum, op) => sum + op.bytes, 0)),
    warnings,
  };
}

/** Queues every write of one sheet, in the order Excel needs them (formats before values). */
function sheetOps(
  sheet: PlanSheet,
  maxBytes: number,
  supports: SupportsProbe,
  warnings: string[]
): Op[] {
  const name = sheet.name;
  const label = `Writing ${name}`;
  // Tab colours, freeze panes and in-workbook links need ExcelApi 1.7; validation needs 1.8.
  const api17 = supports("ExcelApi", "1.7");
  const api18 = supports("ExcelApi", "1.8");
  const ops: Op[] = [
    {
      bytes: OP_OVERHEAD,
      label,
      apply: (state) => {
        // The first op of a sheet adds it; later requests reuse the proxy.
        const ws = state.sheets.get(name) ?? addSheet(state, name);
        if (sheet.tabColor && api17) ws.tabColor = sheet.tabColor;
      },
    },
  ];
  const numberFormats: Rect[] = [];
  const styles: Rect[] = [];
  const links: { address: string; link: string }[] = [];
  const notes: { address: string; note: string }[] = [];
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    const width = Math.max(0, ...block.rows.map((row) => row.length));
    if (width === 0) continue;
    numberFormats.push(
      ...offset(
        rectangles(block.rows, width, (cell) => cell.numberFormat),
        origin
      )
    );
    styles.push(
      ...offset(
        rectangles(block.rows, width, (cell) => cell.style),
        origin
      )
    );
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = cellAddress({ row: origin.row + r, column: origin.column + c });
        if (cell.link) links.push({ address, link: cell.link });
        if (cell.note) notes.push({ address, note: cell.note });
      })
    );
  }
  // Number formats first, so text-formatted cells keep "00123" as typed.
  for (const rect of numberFormats) {
    for (const slice of sliceRect(rect, maxBytes / 2, JSON.stringify(rect.key).length + 1)) {
      const matrix = Array.from({ length: slice.rows }, () =>
        Array<string>(slice.columns).fill(slice.key)
      );
      ops.push({
        bytes: OP_OVERHEAD + byteLength(matrix),
        label,
        apply: (state) => {
          sheetOf(state, name).getRange(
            rectAddress(slice, slice.rows, slice.columns)
          ).numberFormat = matrix;
        },
      });
    }
  }
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    const width = Math.max(0, ...block.rows.map((row) => row.length));
    if (width === 0) continue;
    const matrix = block.rows.map((row) =>
      Array.from({ length: width }, (_, c) => cellContent(row[c]))
    );
    const hasFormula = block.rows.some((row) => row.some((cell) => cell.formula !== undefined));
    for (const chunk of chunkRows(matrix, maxBytes / 2)) {
      ops.push({
        bytes: OP_OVERHEAD + chunk.bytes,
        label,
        apply: (state) => {
          const range = sheetOf(state, name).getRange(
            rectAddress(
              { row: origin.row + chunk.start, column: origin.column },
              chunk.rows.length,
              width
            )
          );
          if (hasFormula) range.formulas = chunk.rows;
          else range.values = chunk.rows;
        },
      });
    }
  }
  ops.push({
    bytes:
      OP_OVERHEAD * (styles.length + links.length + 4) +
      100 * Object.keys(sheet.columnWidths ?? {}).length,
    label,
    apply: (state) => {
      const ws = sheetOf(state, name);
      for (const rect of styles)
        applyStyle(ws.getRange(rectAddress(rect, rect.rows, rect.columns)), rect.key);
      for (const { address, link } of api17 ? links : []) {
        ws.getRange(address).hyperlink = { documentReference: link.replace(/^#/, "") };
      }
      for (const [column, width] of Object.entries(sheet.columnWidths ?? {})) {
        ws.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
      }
      const freeze = api17 ? sheet.freeze : undefined;
      if (freeze && freeze.rows > 0 && freeze.columns > 0) {
        ws.freezePanes.freezeAt(
          ws.getRange(rectAddress({ row: 0, column: 0 }, freeze.rows, freeze.columns))
        );
      } else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
      else if (freeze && freeze.columns > 0) ws.freezePanes.freezeColumns(freeze.columns);
    },
  });
  for (const table of sheet.tables ?? []) {
    ops.push({
      bytes: OP_OVERHEAD,
      label,
      apply: (state) => {
        const added = sheetOf(state, name).tables.add(table.range, true);
        added.name = table.name;
        if (table.style) added.style = table.style;
        added.showTotals = table.totalsRow ?? false;
      },
    });
  }
  const validations = api18 ? (sheet.validations ?? []) : [];
  if (!api18 && sheet.validations?.length) {
    warnings.push(
      `${sheet.validations.length} drop-down or range checks on ${name} need ExcelApi 1.8 and were left out.`
    );
  }
  if (!api17 && (links.length > 0 || sheet.freeze)) {
    warnings.push(`Freeze panes and links on ${name} need ExcelApi 1.7 and were left out.`);
  }
  for (const validation of validations) {
    ops.push({
      bytes: OP_OVERHEAD + byteLength(validation),
      label,
      apply: (state) => {
        const range = sheetOf(state, name).getRange(validation.range);
        range.dataValidation.rule =
          validation.kind === "list"
            ? { list: { inCellDropDown: true, source: validation.values.join(",") } }
            : {
                [validation.kind]: {
                  formula1: validation.min,
                  formula2: validation.max,
                  operator: "Between",
                },
              };
        if (validation.prompt) {
          range.dataValidation.prompt = {
            showPrompt: true,
            title: "Maison Drills",
            message: validation.prompt,
          };
        }
      },
    });
  }
  if (notes.length > 0 && !supports("ExcelApi", "1.18")) {
    warnings.push(`${notes.length} cell notes on ${name} need ExcelApi 1.18 and were left out.`);
  } else if (notes.length > 0) {
    ops.push({
      bytes: OP_OVERHEAD * notes.length + byteLength(notes),
      label,
      apply: (state) => {
        const ws = sheetOf(state, name);
        for (const { address, note } of notes) ws.notes.add(address, note);
      },
    });
  }
  if (sheet.hidden) {
    ops.push({
      bytes: OP_OVERHEAD,
      label,
      apply: (state) => (sheetOf(state, name).visibility = "Hidden"),
    });
  }
  return ops;
}

function addSheet(state: ApplyState, name: string): Excel.Worksheet {
  const ws = state.workbook.worksheets.add(name);
  state.sheets.set(name, ws);
  return ws;
}

function sheetOf(state: ApplyState, name: string): Excel.Worksheet {
  const ws = state.sheets.get(name);
  if (!ws) throw new Error(`writePlan: sheet "${name}" was not added before it was written`);
  return ws;
}

/** Greedy packing in order: a request closes when the next op would push it over the limit. */
function packRequests(ops: Op[], maxBytes: number): Op[][] {
  const requests: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > maxBytes) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

type Chunk = { start: number; rows: unknown[][]; bytes: number };

/** Splits a matrix by rows so no chunk's JSON exceeds `limit` bytes. */
function chunkRows(matrix: unknown[][], limit: number): Chunk[] {
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

function sliceRect(rect: Rect, limit: number, cellBytes: number): Rect[] {
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
 * Groups equal keys into rectangles: runs along each row, merged down while the run repeats. A
 * formatted table column of 10,000 rows becomes one rectangle.
 */
function rectangles(
  rows: PlanCell[][],
  width: number,
  keyOf: (cell: PlanCell) => string | undefined
): Rect[] {
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
        } else next.set(id, { row: r, column: c, rows: 1, columns: end - c, key });
      }
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

function offset(rects: Rect[], origin: CellRef): Rect[] {
  return rects.map((rect) => ({
    ...rect,
    row: rect.row + origin.row,
    column: rect.column + origin.column,
  }));
}

function cellContent(cell: PlanCell | undefined): string | number | boolean | null {
  if (!cell) return null;
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value ?? null;
  // A text that starts with "=" would become a formula; the apostrophe keeps it text.
  return typeof value === "string" && value.startsWith("=") ? `'${value}` : value;
}

function applyStyle(range: Excel.Range, key: string): void {
  const spec = CELL_STYLES[key as keyof typeof CELL_STYLES];
  if (!spec) return;
  const font = range.format.font;
  font.color = spec.font.color;
  if (spec.font.bold) font.bold = true;
  if (spec.font.italic) font.italic = true;
  if (spec.font.size) font.size = spec.font.size;
  if (spec.font.name) font.name = spec.font.name;
  if (spec.fill) range.format.fill.color = spec.fill;
  for (const { edge, color, weight } of styleBorders(spec)) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = color;
    border.weight = weight;
  }
}

function styleBridgeSeries(chart: Excel.Chart): void {
  const base = chart.series.getItemAt(0);
  base.format.fill.clear();
  base.format.line.lineStyle = "None";
  chart.series.getItemAt(1).format.fill.setSolidColor(PALETTE.charcoal);
  chart.series.getItemAt(2).format.fill.setSolidColor(PALETTE.gold);
  chart.series.getItemAt(3).format.fill.setSolidColor(PALETTE.mist);
  chart.series.getItemAt(1).gapWidth = 60;
}

async function rollBack(
  context: Excel.RequestContext,
  failure: {
    reason: string;
    cause: unknown;
    created: string[];
    addedNames: string[];
    restoreNames: { name: string; formula: string }[];
  }
): Promise<PopulateError> {
  try {
    const workbook = context.workbook;
    for (const name of failure.addedNames) workbook.names.getItemOrNullObject(name).delete();
    for (const { name, formula } of failure.restoreNames) {
      workbook.names.getItemOrNullObject(name).formula = formula;
    }
    for (const sheet of failure.created) workbook.worksheets.getItemOrNullObject(sheet).delete();
    await context.sync();
    return new PopulateError({
      code: "write-failed",
      reason: failure.reason,
      sheetsLeft: [],
      rolledBack: true,
      cause: failure.cause,
    });
  } catch {
    return new PopulateError({
      code: "write-failed",
      reason: failure.reason,
      sheetsLeft: failure.created,
      rolledBack: false,
      cause: failure.cause,
    });
  }
}

function withoutLastRow(address: string): string {
  const [from = "", to = from] = address.split(":");
  const end = parseCell(to);
  return `${from}:${cellAddress({ row: end.row - 1, column: end.column })}`;
}

function sheetPrefix(plan: WorkbookPlan): string {
  return plan.sheets[0]?.name.split(" ")[0] ?? `D${plan.drill}`;
}

/** Excel column width in characters to Range.format.columnWidth points (7 px per char + 5 px padding). */
function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function byteLength(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

function reasonOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return String(cause);
}
