import { CELL_LOOKS, LINK_FONT, rowHeightFor } from "../domain/plan/planLooks";
import type { CellStyle, PlanCell, PlanSheet } from "../domain/plan/workbookPlan";
import { boxAt, cellA1, mustParseCell, rangeA1 } from "../domain/sheet/a1";
import { applyFont, applyLook } from "./applyLook";
import type { SupportsProbe } from "./officeSupports";
import { byteLength, chunkRows, rectangles, sliceRect, type Rect } from "./requestPacking";
import { addSheet, OP_OVERHEAD, sheetOf, type WriteOp } from "./writeOp";

/** What one sheet's cells ask for beyond their contents, gathered in one pass over its blocks. */
type SheetCells = {
  numberFormats: Rect[];
  styles: Rect[];
  links: { address: string; link: string }[];
  notes: { address: string; note: string }[];
  rowStyles: Map<number, CellStyle[]>;
};

/**
 * Queues every write of one sheet, in the order Excel needs them: the sheet, number formats before
 * values (so text-formatted cells keep "00123" as typed), looks, tables, notes, then hiding it.
 * What the host cannot do is left out and said in `warnings`.
 */
export function sheetOps(
  sheet: PlanSheet,
  maxBytes: number,
  supports: SupportsProbe,
  warnings: string[]
): WriteOp[] {
  // Tab colours, freeze panes and in-workbook links need ExcelApi 1.7.
  const api17 = supports("ExcelApi", "1.7");
  const cells = scanCells(sheet);
  const ops = [
    addSheetOp(sheet, api17),
    ...numberFormatOps(sheet.name, cells.numberFormats, maxBytes),
    ...valueOps(sheet, maxBytes),
    lookOp(sheet, cells, api17),
    ...tableOps(sheet),
  ];
  if (!supports("ExcelApi", "1.8") && sheet.validations?.length) {
    warnings.push(
      `${sheet.validations.length} drop-down or range checks on ${sheet.name} need ExcelApi 1.8 and were left out.`
    );
  }
  if (!api17 && (cells.links.length > 0 || sheet.freeze)) {
    warnings.push(`Freeze panes and links on ${sheet.name} need ExcelApi 1.7 and were left out.`);
  }
  if (cells.notes.length > 0 && !supports("ExcelApi", "1.18")) {
    warnings.push(
      `${cells.notes.length} cell notes on ${sheet.name} need ExcelApi 1.18 and were left out.`
    );
  } else if (cells.notes.length > 0) ops.push(noteOp(sheet.name, cells.notes));
  if (sheet.hidden) ops.push(hideOp(sheet.name));
  return ops;
}

function scanCells(sheet: PlanSheet): SheetCells {
  const cells: SheetCells = {
    numberFormats: [],
    styles: [],
    links: [],
    notes: [],
    rowStyles: new Map(),
  };
  for (const block of sheet.blocks) {
    const origin = mustParseCell(block.at);
    cells.numberFormats.push(...rectangles(block.rows, origin, (cell) => cell.numberFormat));
    cells.styles.push(...rectangles(block.rows, origin, (cell) => cell.style));
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = cellA1({ row: origin.row + r, column: origin.column + c });
        if (cell.link) cells.links.push({ address, link: cell.link });
        if (cell.note) cells.notes.push({ address, note: cell.note });
        if (cell.style) {
          const styles = cells.rowStyles.get(origin.row + r) ?? [];
          cells.rowStyles.set(origin.row + r, [...styles, cell.style]);
        }
      })
    );
  }
  return cells;
}

/** The first op of a sheet adds it; ops in later requests reuse the proxy. */
function addSheetOp(sheet: PlanSheet, api17: boolean): WriteOp {
  return {
    bytes: OP_OVERHEAD,
    label: `Writing ${sheet.name}`,
    apply: (state) => {
      const ws = state.sheets.get(sheet.name) ?? addSheet(state, sheet.name);
      if (sheet.tabColor && api17) ws.tabColor = sheet.tabColor;
    },
  };
}

/** One op per number-format rectangle, sliced by rows so each stays under half a request. */
function numberFormatOps(name: string, numberFormats: Rect[], maxBytes: number): WriteOp[] {
  return numberFormats.flatMap((rect) =>
    sliceRect(rect, maxBytes / 2, JSON.stringify(rect.key).length + 1).map((slice) => {
      const matrix = Array.from({ length: slice.rows }, () =>
        Array<string>(slice.columns).fill(slice.key)
      );
      return {
        bytes: OP_OVERHEAD + byteLength(matrix),
        label: `Writing ${name}`,
        apply: (state) => {
          sheetOf(state, name).getRange(rectA1(slice)).numberFormat = matrix;
        },
      };
    })
  );
}

/** Each block's values (or formulas, if it has any) in row chunks under half a request. */
function valueOps(sheet: PlanSheet, maxBytes: number): WriteOp[] {
  return sheet.blocks.flatMap((block) => {
    const origin = mustParseCell(block.at);
    const width = Math.max(0, ...block.rows.map((row) => row.length));
    if (width === 0) return [];
    const matrix = block.rows.map((row) =>
      Array.from({ length: width }, (_, c) => cellContent(row[c]))
    );
    const hasFormula = block.rows.some((row) => row.some((cell) => cell.formula !== undefined));
    return chunkRows(matrix, maxBytes / 2).map((chunk) => ({
      bytes: OP_OVERHEAD + chunk.bytes,
      label: `Writing ${sheet.name}`,
      apply: (state) => {
        const box = boxAt(
          { row: origin.row + chunk.start, column: origin.column },
          chunk.rows.length,
          width
        );
        const range = sheetOf(state, sheet.name).getRange(rangeA1(box));
        if (hasFormula) range.formulas = chunk.rows;
        else range.values = chunk.rows;
      },
    }));
  });
}

/** Styles, row heights, links, column widths and freeze panes: one op, after the values. */
function lookOp(sheet: PlanSheet, cells: SheetCells, api17: boolean): WriteOp {
  const { styles, links } = cells;
  const rowHeights = rowHeightsOf(cells.rowStyles);
  const columnWidths = Object.entries(sheet.columnWidths ?? {});
  return {
    bytes:
      OP_OVERHEAD * (styles.length + links.length + rowHeights.length + 4) +
      100 * columnWidths.length,
    label: `Writing ${sheet.name}`,
    apply: (state) => {
      const ws = sheetOf(state, sheet.name);
      for (const rect of styles)
        applyLook(ws.getRange(rectA1(rect)), CELL_LOOKS[rect.key as CellStyle]);
      for (const { row, height } of rowHeights)
        ws.getRange(`${row}:${row}`).format.rowHeight = height;
      for (const { address, link } of api17 ? links : []) {
        const range = ws.getRange(address);
        range.hyperlink = { documentReference: link.replace(/^#/, "") };
        applyFont(range, LINK_FONT, true);
      }
      for (const [column, width] of columnWidths) {
        ws.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
      }
      freezePanes(ws, api17 ? sheet.freeze : undefined);
    },
  };
}

function rowHeightsOf(rowStyles: Map<number, CellStyle[]>): { row: number; height: number }[] {
  return [...rowStyles].flatMap(([row, rowStyle]) => {
    const height = rowHeightFor(rowStyle);
    return height === undefined ? [] : [{ row, height }];
  });
}

function freezePanes(ws: Excel.Worksheet, freeze: PlanSheet["freeze"]): void {
  if (freeze && freeze.rows > 0 && freeze.columns > 0) {
    ws.freezePanes.freezeAt(
      ws.getRange(rangeA1(boxAt({ row: 1, column: 1 }, freeze.rows, freeze.columns)))
    );
  } else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.columns > 0) ws.freezePanes.freezeColumns(freeze.columns);
}

function tableOps(sheet: PlanSheet): WriteOp[] {
  return (sheet.tables ?? []).map((table) => ({
    bytes: OP_OVERHEAD,
    label: `Writing ${sheet.name}`,
    apply: (state) => {
      const added = sheetOf(state, sheet.name).tables.add(table.range, true);
      added.name = table.name;
      if (table.style) added.style = table.style;
      added.showTotals = table.totalsRow ?? false;
    },
  }));
}

function noteOp(name: string, notes: SheetCells["notes"]): WriteOp {
  return {
    bytes: OP_OVERHEAD * notes.length + byteLength(notes),
    label: `Writing ${name}`,
    apply: (state) => {
      const ws = sheetOf(state, name);
      for (const { address, note } of notes) ws.notes.add(address, note);
    },
  };
}

function hideOp(name: string): WriteOp {
  return {
    bytes: OP_OVERHEAD,
    label: `Writing ${name}`,
    apply: (state) => (sheetOf(state, name).visibility = "Hidden"),
  };
}

function cellContent(cell: PlanCell | undefined): string | number | boolean | null {
  if (!cell) return null;
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value ?? null;
  // A text that starts with "=" would become a formula; the apostrophe keeps it text.
  return typeof value === "string" && value.startsWith("=") ? `'${value}` : value;
}

function rectA1(rect: Rect): string {
  return rangeA1(boxAt(rect, rect.rows, rect.columns));
}

/** Excel column width in characters to Range.format.columnWidth points (7 px per char + 5 px padding). */
function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
