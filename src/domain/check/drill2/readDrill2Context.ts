import { nameShape } from "../../drills/contract/drillContract";
import { DRILL2_CONTRACT } from "../../drills/drill2/drill2Contract";
import type { WorkbookModel } from "../../model/workbookModel";
import type { RangeCell } from "../readNamedBlock";
import { createNameReader, type NameReader } from "../drill1/createNameReader";
import type { D2Removal, D2Replacement, Drill2Context } from "./drill2Context";
import {
  D2_BASELINE_ROWS,
  D2_FORECAST_ROWS,
  D2_GUARDRAILS,
  D2_LABELS,
  D2_REMOVAL_COLUMNS,
  D2_REPLACEMENT_COLUMNS,
} from "./drill2Names";

/** More levers than this is not a lever table. */
const MAX_LEVERS = 50;

/**
 * Reads every drill-2 name the check needs (drill 2's contract says which, and their labels and
 * widths) from a workbook model. Names that cannot be read become `missing-range`
 * findings; a lever table is read only when all its columns are there with the same length.
 * Never throws.
 *
 * @example
 * readDrill2Context(model).removals?.[0]?.D2_RemovalLevers.value //=> "Abandoned-cart e-mail (10% off)"
 */
export function readDrill2Context(model: WorkbookModel): Drill2Context {
  const reader = createNameReader(model, DRILL2_CONTRACT.prefix);
  const guardrails: Drill2Context["guardrails"] = {};
  for (const name of D2_GUARDRAILS) {
    const cell = reader.cell(name, D2_LABELS[name]);
    if (cell) guardrails[name] = cell;
  }
  const rows: Drill2Context["rows"] = {};
  for (const name of [...D2_BASELINE_ROWS, ...D2_FORECAST_ROWS]) {
    const row = reader.row(name, D2_LABELS[name], nameShape(DRILL2_CONTRACT, name).columns);
    if (row) rows[name] = row;
  }
  const context: Drill2Context = {
    anchor: reader.anchor,
    guardrails,
    rows,
    readProblems: reader.problems,
  };
  const removals = readTable(reader, D2_REMOVAL_COLUMNS);
  if (removals) context.removals = removals as D2Removal[];
  const replacements = readTable(reader, D2_REPLACEMENT_COLUMNS);
  if (replacements) context.replacements = replacements as D2Replacement[];
  return context;
}

/** Reads a table's columns (the first sets the length); undefined when any column is unreadable. */
function readTable<Column extends keyof typeof D2_LABELS>(
  reader: NameReader,
  columns: readonly Column[]
): Record<Column, RangeCell>[] | undefined {
  const read = new Map<Column, RangeCell[]>();
  let length: number | undefined;
  for (const name of columns) {
    const column = reader.column(name, D2_LABELS[name], length, MAX_LEVERS);
    if (column) {
      read.set(name, column);
      length ??= column.length;
    }
  }
  if (length === undefined || read.size !== columns.length) return undefined;
  return Array.from({ length }, (_, i) => {
    const row = {} as Record<Column, RangeCell>;
    for (const name of columns) row[name] = read.get(name)?.[i] as RangeCell;
    return row;
  });
}
