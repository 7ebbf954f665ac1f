import type { ModelValue, WorkbookModel } from "../model/workbookModel";
import { cellA1, parseRange } from "../sheet/a1";
import { qualify, unquoteSheet } from "../sheet/sheetRef";
import { resolveNameTarget } from "./resolveNameTarget";

/** One cell of a named range, with everything a rule and a finding need. */
export type RangeCell = {
  /** Sheet-qualified address for findings: "'D3 Model'!E14". */
  address: string;
  /** A1 on its own sheet: "E14". */
  a1: string;
  /** null when the cell is empty. */
  value: ModelValue;
  formula?: string;
};

export type NamedBlock = {
  name: string;
  sheet: string;
  /** Sheet-qualified range: "'D3 Model'!C14:N14". */
  address: string;
  /** rows[r][c], exactly the requested shape. */
  rows: RangeCell[][];
};

/** Why a name could not be read; `found` is the sheet-qualified range when the shape was wrong. */
export type NameProblem =
  | { reason: "missing"; name: string }
  | { reason: "broken"; name: string; refersTo: string }
  | { reason: "sheet-missing"; name: string; refersTo: string }
  | { reason: "not-a-range"; name: string; refersTo: string }
  | { reason: "wrong-shape"; name: string; found: string; rows: number; columns: number };

export type BlockShape = { rows: number; columns: number };

export type ReadBlockResult = { ok: true; block: NamedBlock } | { ok: false; problem: NameProblem };

function whyUnresolved(name: string, refersTo: string, model: WorkbookModel): NameProblem {
  if (/#REF!/i.test(refersTo)) return { reason: "broken", name, refersTo };
  const prefix = /^=?\s*('(?:[^']|'')+'|[^'!]+)!/.exec(refersTo)?.[1];
  if (prefix !== undefined) {
    const sheet = unquoteSheet(prefix).toUpperCase();
    if (!model.sheets.some((s) => s.name.toUpperCase() === sheet)) {
      return { reason: "sheet-missing", name, refersTo };
    }
  }
  return { reason: "not-a-range", name, refersTo };
}

/**
 * Reads a workbook name as a block of the given shape (1×12 for a month row, 1×1 for a given,
 * 2×12 for the extra lever rows), or says precisely why it cannot: missing, pointing at #REF!, on a
 * sheet that no longer exists, not a range, or the wrong shape. Never throws.
 *
 * @example
 * readNamedBlock(model, "D3_CartValue", { rows: 1, columns: 12 })
 * //=> { ok: true, block: { name: "D3_CartValue", sheet: "D3 Model", address: "'D3 Model'!C16:N16", rows: [[…12 cells]] } }
 */
export function readNamedBlock(
  model: WorkbookModel,
  name: string,
  shape: BlockShape
): ReadBlockResult {
  const entry = model.names.get(name.toUpperCase());
  if (!entry) return { ok: false, problem: { reason: "missing", name } };
  const sheetNames = model.sheets.map((s) => s.name);
  const target =
    entry.target && sheetNames.includes(entry.target.sheet)
      ? entry.target
      : resolveNameTarget(entry.refersTo, sheetNames);
  const box = target ? parseRange(target.range) : undefined;
  const sheet = target ? model.sheets.find((s) => s.name === target.sheet) : undefined;
  if (!target || !box || !sheet) {
    return { ok: false, problem: whyUnresolved(name, entry.refersTo, model) };
  }
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  const address = qualify(sheet.name, target.range.replace(/\$/g, ""));
  if (rows !== shape.rows || columns !== shape.columns) {
    return { ok: false, problem: { reason: "wrong-shape", name, found: address, rows, columns } };
  }
  const cells: RangeCell[][] = [];
  for (let r = box.top; r <= box.bottom; r += 1) {
    const row: RangeCell[] = [];
    for (let c = box.left; c <= box.right; c += 1) {
      const a1 = cellA1({ row: r, column: c });
      const cell = sheet.cells.get(a1);
      const read: RangeCell = { address: qualify(sheet.name, a1), a1, value: cell?.value ?? null };
      if (cell?.formula !== undefined) read.formula = cell.formula;
      row.push(read);
    }
    cells.push(row);
  }
  return { ok: true, block: { name, sheet: sheet.name, address, rows: cells } };
}
