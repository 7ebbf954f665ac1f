import type { Finding, WorkbookModel } from "../../model/workbookModel";
import { anchorCell } from "../anchorCell";
import { nameProblemFinding } from "../nameProblemFinding";
import { type BlockShape, type RangeCell, readNamedBlock } from "../readNamedBlock";
import type { Drill3Context } from "./drill3Context";
import { nameShape } from "../../drills/contract/drillContract";
import { DRILL3_CONTRACT } from "../../drills/drill3/drill3Contract";
import {
  D3_LABELS,
  D3_MONTH_ROWS,
  D3_NOTES,
  D3_OTHER_LEVERS,
  D3_OPTIONAL_SCALARS,
  D3_OTHER_LEVER_LABELS,
  D3_SCALARS,
  type D3RowName,
  type D3ScalarName,
} from "./drill3Names";

const ONE_CELL: BlockShape = { rows: 1, columns: 1 };

/**
 * Reads every drill-3 name of PRODUCT.md section 3 from a workbook model. Names that cannot be read
 * become `missing-range` findings; the rest are ready for the rules. Never throws.
 *
 * @example
 * readDrill3Context(model).rows.D3_TCDigitalShare?.[11]?.address //=> "'D3 Model'!N52"
 */
export function readDrill3Context(model: WorkbookModel): Drill3Context {
  const anchor = anchorCell(model, "D3_");
  const problems: Finding[] = [];
  /** A contract name's cells in the shape the contract gives it, or undefined (and a finding). */
  const read = (name: keyof typeof D3_LABELS) => {
    const label = D3_LABELS[name];
    const shape: BlockShape = nameShape(DRILL3_CONTRACT, name);
    const result = readNamedBlock(model, name, shape);
    if (result.ok) return result.block.rows;
    problems.push(nameProblemFinding(result.problem, label, shape, anchor));
    return undefined;
  };

  const scalars: Partial<Record<D3ScalarName, RangeCell>> = {};
  for (const name of D3_SCALARS) {
    const cell = read(name)?.[0]?.[0];
    if (cell) scalars[name] = cell;
  }
  for (const name of D3_OPTIONAL_SCALARS) {
    if (!model.names.has(name.toUpperCase())) continue;
    const cell = read(name)?.[0]?.[0];
    if (cell) scalars[name] = cell;
  }
  const rows: Partial<Record<D3RowName, readonly RangeCell[]>> = {};
  for (const name of D3_MONTH_ROWS) {
    const row = read(name)?.[0];
    if (row) rows[name] = row;
  }
  const labels = read(D3_OTHER_LEVER_LABELS);
  const otherLevers = read(D3_OTHER_LEVERS);
  const notesBlock = readNotes(model);

  const context: Drill3Context = {
    anchor,
    scalars,
    rows,
    notes: notesBlock,
    readProblems: problems,
  };
  if (labels) context.otherLeverLabels = labels.map((r) => r[0]).filter((c) => c !== undefined);
  if (otherLevers) context.otherLevers = otherLevers;
  return context;
}

/** Notes beyond this many cells are not scanned (a name pointing at a whole sheet, say). */
const MAX_NOTE_CELLS = 400;

/** D3_Notes is optional and of any shape: read whatever rectangle it names; a bad one is skipped. */
function readNotes(model: WorkbookModel): RangeCell[] {
  if (!model.names.has(D3_NOTES.toUpperCase())) return [];
  const first = readNamedBlock(model, D3_NOTES, ONE_CELL);
  if (first.ok) return first.block.rows.flat();
  const { problem } = first;
  if (problem.reason !== "wrong-shape" || problem.rows * problem.columns > MAX_NOTE_CELLS)
    return [];
  const again = readNamedBlock(model, D3_NOTES, { rows: problem.rows, columns: problem.columns });
  return again.ok ? again.block.rows.flat() : [];
}
