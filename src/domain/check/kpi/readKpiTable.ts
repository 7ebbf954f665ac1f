import { KPI_COLUMNS, type KpiWeekField } from "../../drills/kpi/kpiDefinitions";
import type { ModelSheet, WorkbookModel } from "../../model/workbookModel";
import { cellA1, parseCell } from "../../sheet/a1";
import { qualify } from "../../sheet/sheetRef";
import { isBlank } from "../cellNumber";
import type { RangeCell } from "../readNamedBlock";

/** The weekly table of KPI Data as the workbook holds it now. */
export type KpiTable = {
  sheet: string;
  /** Sheet-qualified header row, for findings about the table as a whole. */
  headerAddress: string;
  /** Cells of each weekly column, top to bottom (one per week). */
  columns: Record<KpiWeekField, RangeCell[]>;
  weeks: number;
};

export type KpiTableResult =
  | { kind: "found"; table: KpiTable }
  /** No header row at all, or one that lacks some columns (their headers listed). */
  | { kind: "missing"; sheet?: string; headerAddress?: string; missingHeaders: string[] };

/** More weeks than this is not the drill's table. */
const MAX_WEEKS = 1000;

const FIELD_COLUMNS = KPI_COLUMNS.filter(
  (c): c is { key: KpiWeekField; header: string; format: string } =>
    c.key !== "week" && c.key !== "weekStart"
);

const norm = (value: unknown): string =>
  typeof value === "string" ? value.trim().toLowerCase().replace(/\s+/g, " ") : "";

/**
 * Finds the weekly table of the KPI drill by its header row (the drill does not name its columns; a
 * table's headers are what survives a candidate's sorting and renaming of sheets), and reads each
 * column down to the first empty row. The sheet `preferred` (where the period facts are) is searched
 * first. A sheet read only in part (`coverage.cells`, as the Office.js check reads a data sheet no
 * KPI name points at) is not searched: its unread cells are unknown, not empty. Never throws.
 *
 * @example
 * const found = readKpiTable(model, "KPI Data");
 * found.kind === "found" && found.table.columns.sessions.length //=> 26
 */
export function readKpiTable(model: WorkbookModel, preferred?: string): KpiTableResult {
  const read = model.sheets.filter((s) => s.coverage?.cells === undefined);
  const sheets = [
    ...read.filter((s) => s.name === preferred),
    ...read.filter((s) => s.name !== preferred),
  ];
  let partial: Extract<KpiTableResult, { kind: "missing" }> | undefined;
  for (const sheet of sheets) {
    // One pass finds the rows with a "Sessions" cell, one more collects those rows' cells: linear in
    // the sheet, however many "Sessions" cells a file holds.
    const headerRows = new Map<number, Array<{ column: number; text: string }>>();
    for (const [a1, cell] of sheet.cells) {
      if (norm(cell.value) !== "sessions") continue;
      const at = parseCell(a1);
      if (at) headerRows.set(at.row, []);
    }
    if (headerRows.size === 0) continue;
    for (const [a1, cell] of sheet.cells) {
      const text = norm(cell.value);
      if (text === "") continue;
      const at = parseCell(a1);
      if (at) headerRows.get(at.row)?.push({ column: at.column, text });
    }
    const byOrder = [...headerRows].sort(([a], [b]) => a - b);
    for (const [row, headers] of byOrder) {
      const result = readFrom(sheet, row, headers);
      if (result.kind === "found") return result;
      if (!partial || result.missingHeaders.length < partial.missingHeaders.length) {
        partial = result;
      }
    }
  }
  return partial ?? { kind: "missing", missingHeaders: FIELD_COLUMNS.map((c) => c.header) };
}

function readFrom(
  sheet: ModelSheet,
  headerRow: number,
  headers: ReadonlyArray<{ column: number; text: string }>
): KpiTableResult {
  // Header texts of this row, by column (the leftmost when a text repeats).
  const byHeader = new Map<string, number>();
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  for (const { column, text } of headers) {
    const known = byHeader.get(text);
    if (known === undefined || column < known) byHeader.set(text, column);
    left = Math.min(left, column);
    right = Math.max(right, column);
  }
  const headerAddress = qualify(
    sheet.name,
    `${cellA1({ row: headerRow, column: left })}:${cellA1({ row: headerRow, column: right })}`
  );
  const missingHeaders = FIELD_COLUMNS.filter((c) => !byHeader.has(norm(c.header))).map(
    (c) => c.header
  );
  if (missingHeaders.length > 0) {
    return { kind: "missing", sheet: sheet.name, headerAddress, missingHeaders };
  }
  const columnOf = (key: KpiWeekField): number =>
    byHeader.get(norm(FIELD_COLUMNS.find((c) => c.key === key)?.header)) as number;
  const weekColumn = byHeader.get("week");
  const fieldColumns = FIELD_COLUMNS.map((c) => columnOf(c.key));
  let weeks = 0;
  for (let row = headerRow + 1; row <= headerRow + MAX_WEEKS; row += 1) {
    const label =
      weekColumn === undefined ? undefined : sheet.cells.get(cellA1({ row, column: weekColumn }));
    if (norm(label?.value) === "total") break;
    const empty = fieldColumns.every((column) => {
      const cell = sheet.cells.get(cellA1({ row, column }));
      return !cell || isBlank({ address: "", a1: "", value: cell.value });
    });
    if (empty) break;
    weeks += 1;
  }
  const columns = {} as Record<KpiWeekField, RangeCell[]>;
  for (const { key } of FIELD_COLUMNS) {
    const column = columnOf(key);
    const cells: RangeCell[] = [];
    for (let i = 1; i <= weeks; i += 1) {
      const a1 = cellA1({ row: headerRow + i, column });
      const cell = sheet.cells.get(a1);
      const read: RangeCell = { address: qualify(sheet.name, a1), a1, value: cell?.value ?? null };
      if (cell?.formula !== undefined) read.formula = cell.formula;
      cells.push(read);
    }
    columns[key] = cells;
  }
  return { kind: "found", table: { sheet: sheet.name, headerAddress, columns, weeks } };
}
