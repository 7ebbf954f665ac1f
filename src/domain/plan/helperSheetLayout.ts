import { absoluteA1, boxAt, cellA1, columnLetters, mustParseRange, rangeA1 } from "../sheet/a1";
import { absoluteRef, qualify, splitSheetRef } from "../sheet/sheetRef";
import type { PlanBlock, PlanCell, PlanChart, PlanSheet } from "./workbookPlan";

/**
 * The hidden helper sheet both writers add when a plan needs one, laid out once here:
 * - a waterfall drawn as a stacked-column chart (a file, or an Excel without native waterfalls)
 *   reads helper formulas, one block per chart from column A down;
 * - a list validation too long or too awkward to write inline reads its values from a helper
 *   column, from column I rightwards.
 * The writers only choose the sheet's name and render the `PlanSheet` this produces like any other.
 */

/**
 * The helper columns of one waterfall. The four series the chart draws (Base, Down, Up, Total) sit
 * right of the labels, so "A:E" is the chart's whole source (Office.js plots a contiguous range);
 * Value and Level, which they are computed from, follow.
 */
export const BRIDGE_HELPER_HEADERS = [
  "Bridge",
  "Base",
  "Down",
  "Up",
  "Total",
  "Value",
  "Level",
] as const;

/** First column of the validation lists: one empty column right of the chart blocks. */
const FIRST_LIST_COLUMN = BRIDGE_HELPER_HEADERS.length + 2;

/** Excel's limit on an inline validation list ("a,b,c"), in characters. */
export const INLINE_LIST_LIMIT = 255;

/** Sheet-qualified absolute ranges of one waterfall's helper columns. */
export type BridgeSeries = {
  categories: string;
  base: string;
  down: string;
  up: string;
  total: string;
};

export type BridgeHelper = {
  block: PlanBlock;
  series: BridgeSeries;
  /** The labels and the four drawn series with their header row ("'Helpers'!$A$1:$E$6"). */
  chartRange: string;
  /** First row after the block, one empty row left before the next. */
  nextRow: number;
};

/**
 * Lays out the helper formulas of one waterfall at `startRow` of `helperSheet`. Each value is read
 * with `IFERROR(N(…),0)` so a candidate's error or text shows as a zero bar instead of breaking the
 * chart; each level is the previous level plus the step (linear, where re-summing every earlier
 * step is quadratic); labels are forced to text so numeric labels stay categories.
 * Throws when the source is not two columns (labels, values) of at least two rows on one sheet.
 *
 * @example
 * bridgeHelper({ kind: "waterfall", title: "AOV", source: "'D1 Work'!$B$20:$C$24", at: "E2",
 *   widthCells: 6, heightCells: 12 }, "Helpers", 1).series.base //=> "'Helpers'!$B$2:$B$6"
 */
export function bridgeHelper(
  chart: PlanChart,
  helperSheet: string,
  startRow: number
): BridgeHelper {
  const source = splitSheetRef(chart.source);
  if (!source) {
    throw new RangeError(
      `chart "${chart.title}": source "${chart.source}" is not one range on one sheet`
    );
  }
  const range = mustParseRange(source.range);
  const count = range.bottom - range.top + 1;
  if (range.right - range.left !== 1 || count < 2) {
    throw new RangeError(
      `chart "${chart.title}": source "${chart.source}" must be two columns (labels, values) with a Start and an End row`
    );
  }
  const header: PlanCell[] = BRIDGE_HELPER_HEADERS.map((value) => ({ value, style: "header" }));
  const body: PlanCell[][] = [];
  const first = startRow + 1;
  for (let i = 0; i < count; i += 1) {
    const row = first + i;
    const at = (column: number) =>
      absoluteRef(source.sheet, cellA1({ row: range.top + i, column }));
    const isEnd = i === 0 || i === count - 1;
    const zero: PlanCell = { value: 0 };
    body.push([
      { formula: `=""&${at(range.left)}` },
      isEnd ? zero : { formula: `=MIN(G${row - 1},G${row})` },
      isEnd ? zero : { formula: `=MAX(-F${row},0)` },
      isEnd ? zero : { formula: `=MAX(F${row},0)` },
      isEnd ? { formula: `=F${row}` } : zero,
      { formula: `=IFERROR(N(${at(range.right)}),0)` },
      { formula: isEnd ? `=F${row}` : `=G${row - 1}+F${row}` },
    ]);
  }
  const last = startRow + count;
  const column = (index: number): string =>
    absoluteRef(helperSheet, rangeA1(boxAt({ row: first, column: index }, count, 1)));
  return {
    block: { at: `A${startRow}`, rows: [header, ...body] },
    series: {
      categories: column(1),
      base: column(2),
      down: column(3),
      up: column(4),
      total: column(5),
    },
    chartRange: qualify(
      helperSheet,
      absoluteA1({ top: startRow, left: 1, bottom: last, right: 5 })
    ),
    nextRow: last + 2,
  };
}

/**
 * The one policy for a list validation: inline ("a,b,c") when it fits Excel's 255 characters and no
 * value holds a comma or a double quote (which an inline list cannot escape); otherwise the values
 * go to a helper column and the validation reads that range.
 *
 * @example
 * listPlacement(["midpoint", "mix-first"]) //=> "inline"
 * listPlacement(["Paris, France"]) //=> "helper"
 */
export function listPlacement(values: readonly string[]): "inline" | "helper" {
  const inline = values.join(",");
  const fits = inline.length <= INLINE_LIST_LIMIT && values.every((value) => !/[,"]/.test(value));
  return fits ? "inline" : "helper";
}

/**
 * The helper sheet of one writer run, filled as charts and lists ask for room: charts from A1 down,
 * lists one column each from column I. `sheet()` is the hidden `PlanSheet` to render (undefined
 * while nothing needs it).
 *
 * @example
 * const helpers = new HelperSheetLayout("Helpers");
 * helpers.addList(["a", "b"]) //=> "'Helpers'!$I$1:$I$2"
 */
export class HelperSheetLayout {
  private readonly blocks: PlanBlock[] = [];
  private nextRow = 1;
  private lists = 0;

  constructor(readonly name: string) {}

  /** Lays out one waterfall's helper block below the previous one. */
  addChart(chart: PlanChart): BridgeHelper {
    const laid = bridgeHelper(chart, this.name, this.nextRow);
    this.blocks.push(laid.block);
    this.nextRow = laid.nextRow;
    return laid;
  }

  /** Writes a list's values down the next helper column; returns the range a validation reads. */
  addList(values: readonly string[]): string {
    const column = FIRST_LIST_COLUMN + this.lists;
    this.lists += 1;
    this.blocks.push({
      at: `${columnLetters(column)}1`,
      rows: values.map((value) => [{ value }]),
    });
    return qualify(this.name, absoluteA1(boxAt({ row: 1, column }, values.length, 1)));
  }

  sheet(): PlanSheet | undefined {
    if (this.blocks.length === 0) return undefined;
    return { name: this.name, hidden: true, columnWidths: { A: 28 }, blocks: [...this.blocks] };
  }
}
