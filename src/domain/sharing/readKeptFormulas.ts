import { cellA1, parseCell, rangeA1 } from "../sheet/a1";
import type { ModelSheet, ModelValue, WorkbookModel } from "../model/workbookModel";
import type { CellValue } from "../plan/workbookPlan";
import {
  KEPT_FORMULAS_TITLE,
  KEPT_HEADER_ROW,
  KEPT_HEADERS,
  type KeptCell,
  type KeptFormula,
  type KeptValueKind,
} from "./keptFormulasSheet";

const KINDS: readonly KeptValueKind[] = ["number", "text", "boolean", "empty", "not-computed"];

/**
 * Whether a sheet is one of the hidden kept-formulas sheets: "Kept formulas" in A1 and the record
 * headers on row 5 (the sheet may have been renamed, e.g. "Kept formulas (2)").
 *
 * @example
 * isKeptFormulasSheet(model.sheets[2]) //=> true
 */
export function isKeptFormulasSheet(sheet: ModelSheet): boolean {
  if (sheet.cells.get("A1")?.value !== KEPT_FORMULAS_TITLE) return false;
  return KEPT_HEADERS.every(
    (header, i) =>
      sheet.cells.get(cellA1({ row: KEPT_HEADER_ROW, column: i + 1 }))?.value === header
  );
}

/**
 * Every `LUX.*` formula kept by earlier "Prepare for sharing" runs, read back from the kept-formulas
 * sheets, in sheet order (an older sharing first). Rows that do not make a whole record (a missing
 * formula, an unknown kind, a cell outside the grid) are left out, never guessed.
 *
 * @example
 * readKeptFormulas(model)[0]
 * //=> { sheet: "D3 Model", anchor: "C66", range: "C66:N66", formula: "=LUX.RAMP(…)", cells: […], … }
 */
export function readKeptFormulas(model: WorkbookModel): KeptFormula[] {
  return model.sheets.filter(isKeptFormulasSheet).flatMap(readSheet);
}

type Row = { sheet: string; cell: string; anchor: string; formula?: string; kept: KeptCell };

function readSheet(sheet: ModelSheet): KeptFormula[] {
  const at = (row: number, column: number): ModelValue | undefined =>
    sheet.cells.get(cellA1({ row, column }))?.value;
  const preparedAt = textOf(at(3, 2)) ?? "";
  const rows: Row[] = [];
  for (let row = KEPT_HEADER_ROW + 1; ; row += 1) {
    const sheetName = textOf(at(row, 1));
    if (sheetName === undefined) break;
    const cell = textOf(at(row, 2))?.toUpperCase();
    const anchor = textOf(at(row, 3))?.toUpperCase();
    const kind = textOf(at(row, 6)) as KeptValueKind | undefined;
    if (!cell || !anchor || !parseCell(cell) || !parseCell(anchor)) continue;
    if (kind === undefined || !KINDS.includes(kind)) continue;
    const formulaText = textOf(at(row, 4));
    const shownBefore = textOf(at(row, 7));
    rows.push({
      sheet: sheetName,
      cell,
      anchor,
      ...(formulaText === undefined ? {} : { formula: `=${formulaText.replace(/^=/, "")}` }),
      kept: {
        cell,
        value: keptValue(at(row, 5), kind),
        kind,
        ...(shownBefore === undefined ? {} : { shownBefore }),
      },
    });
  }
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.sheet.toUpperCase()}!${row.anchor}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const kept: KeptFormula[] = [];
  for (const group of groups.values()) {
    const anchorRow = group.find((row) => row.cell === row.anchor && row.formula !== undefined);
    if (!anchorRow?.formula) continue;
    const positions = group.map((row) => parseCell(row.cell)).filter((p) => p !== undefined);
    const range = rangeA1({
      top: Math.min(...positions.map((p) => p.row)),
      left: Math.min(...positions.map((p) => p.column)),
      bottom: Math.max(...positions.map((p) => p.row)),
      right: Math.max(...positions.map((p) => p.column)),
    });
    kept.push({
      sheet: anchorRow.sheet,
      anchor: anchorRow.anchor,
      range,
      formula: anchorRow.formula,
      cells: [anchorRow, ...group.filter((row) => row !== anchorRow)].map((row) => row.kept),
      preparedAt,
      keptSheet: sheet.name,
    });
  }
  return kept;
}

function textOf(value: ModelValue | undefined): string | undefined {
  if (value === undefined || value === null || typeof value === "object") return undefined;
  const text = String(value).trim();
  return text === "" ? undefined : String(value);
}

function keptValue(value: ModelValue | undefined, kind: KeptValueKind): CellValue {
  if (kind === "empty" || value === undefined || value === null) return null;
  if (typeof value === "object") return value.error;
  if (kind === "number" && typeof value === "string" && value.trim() !== "") {
    const number = Number(value);
    return Number.isFinite(number) ? number : value;
  }
  if (kind === "text") return String(value);
  return value;
}
